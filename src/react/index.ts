"use client";
// allo-client/react: a provider and hooks over the core client, which this entry imports (it never
// holds a copy of it, so `error instanceof AlloApiError` holds for the class from "allo-client").
// Nothing here touches a browser global at import time: the entry loads on a server too.
export { AlloProvider, useAlloClient, type AlloProviderProps } from "./provider.js";
export { alloKeys, type AlloQueryKey } from "./keys.js";
export type { AlloArgs, AlloData, AlloReadOperation } from "./table.js";
export { useAlloQuery, type AlloQueryOptions, type AlloQueryResult } from "./use-allo-query.js";
export type { AlloMutationOptions, AlloMutationResult } from "./use-allo-mutation.js";
export { useCalls, useContact, useContactConversation, useContacts, useConversation, useNumbers, useWebhooks } from "./queries.js";
export { useConversationItem, useConversationItems, useConversations, useMe } from "./queries-v2.js";
export {
  useCreateContact,
  useCreateWebhook,
  useDeleteWebhook,
  useSendSms,
  useSendSmsFrance,
  useUpdateContact,
  type UpdateContactVariables,
} from "./mutations.js";
export {
  useAddTags,
  useConversationAction,
  useRemoveTag,
  useUpdateCallSummary,
  type AddTagsVariables,
  type ConversationActionVariables,
  type RemoveTagVariables,
  type UpdateCallSummaryVariables,
} from "./mutations-v2.js";
