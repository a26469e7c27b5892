export { AlloClient } from "./client.js";
export { DEFAULTS, type AlloClientOptions, type RequestOptions } from "./options.js";
export {
  AlloApiError,
  AlloError,
  AlloNetworkError,
  AlloTimeoutError,
  AlloValidationError,
  type AlloErrorCode,
  type AlloErrorDetail,
  type AlloValidationIssue,
} from "./errors/index.js";
export type {
  Call,
  CallDirection,
  CallResult,
  CallSearchResult,
  Contact,
  ContactSearchResult,
  ConversationAllInput,
  ConversationEntry,
  ConversationInput,
  ConversationResult,
  CreateContactInput,
  CreateWebhookInput,
  E164Number,
  GetContactInput,
  PaginationMetadata,
  PhoneNumber,
  SearchAllCallsInput,
  SearchAllContactsInput,
  SearchCallsInput,
  SearchContactsInput,
  SendSmsFranceInput,
  SendSmsInput,
  SentSms,
  TranscriptLine,
  UpdateContactInput,
  Webhook,
  WebhookTopic,
} from "./types.js";
// Incoming-webhook types, as seed 001 exports them from the root (types only: no receiver code here;
// the receiver is allo-client/webhooks).
export type { CallReceivedPayload, ContactPayload, SmsPayload, WebhookEnvelope, WebhookEvent } from "./webhooks/index.js";
export type { NumbersResource } from "./resources/numbers.js";
export type { SmsResource } from "./resources/sms.js";
export type { CallsResource } from "./resources/calls.js";
export type { ContactsResource } from "./resources/contacts.js";
export type { WebhooksResource } from "./resources/webhooks.js";
export { VERSION } from "./version.js";
