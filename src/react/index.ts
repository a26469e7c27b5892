'use client';
// allo-client/react: a provider and hooks over the core client, which this entry imports (it never
// holds a copy of it, so `error instanceof AlloApiError` holds for the class from "allo-client").
// Nothing here touches a browser global at import time: the entry loads on a server too.
export { AlloProvider, useAlloClient, type AlloProviderProps } from "./provider.js";
export { alloKeys } from "./keys.js";
export {
  useCalls,
  useContact,
  useContacts,
  useConversation,
  useNumbers,
  useWebhooks,
  type AlloQueryOptions,
  type AlloQueryResult,
} from "./queries.js";
export {
  useCreateContact,
  useCreateWebhook,
  useDeleteWebhook,
  useSendSms,
  useSendSmsFrance,
  useUpdateContact,
  type AlloMutationOptions,
  type AlloMutationResult,
  type UpdateContactVariables,
} from "./mutations.js";
