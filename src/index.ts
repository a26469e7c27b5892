export { AlloClient } from "./client.js";
export { AlloPromise, type AlloResponse } from "./allo-promise.js";
export { DEFAULTS, type AlloClientOptions, type PagingOptions, type RateLimitOptions, type RequestOptions } from "./options.js";
export {
  MemoryRateLimitStore,
  MemorySmsKeyStore,
  createMemoryStores,
  type AlloStores,
  type ClientStores,
  type KeyClaim,
  type KeyHeld,
  type MemoryStoresOptions,
  type RateLimitStore,
  type SmsKeyStore,
} from "./stores/index.js";
export type { AlloLogEvent, AlloLogger, AlloLogLevel } from "./logger.js";
export {
  AlloApiError,
  AlloError,
  AlloIdempotencyError,
  AlloNetworkError,
  AlloTimeoutError,
  AlloValidationError,
  type AlloErrorCode,
  type AlloErrorDetail,
  type AlloValidationIssue,
  type IdempotencyRefusal,
} from "./errors/index.js";
export type {
  // v1
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
  // v2
  AllInput,
  AnalyticsOverview,
  AnalyticsOverviewInput,
  AppendQueueNumbersInput,
  AppendQueueNumbersResult,
  BodyOf,
  CallSummary,
  ConversationAction,
  ConversationActionInput,
  ConversationContact,
  ConversationItem,
  ConversationSummary,
  CreateCrmCompanyInput,
  CreateCrmDealInput,
  CreateCrmPersonInput,
  CreatePartnerAccountInput,
  CreateSummaryTemplateInput,
  CreateWebhookEndpointInput,
  CrmCompany,
  CrmDeal,
  CrmPerson,
  DataOf,
  DateRange,
  DialingQueue,
  DialingQueuePage,
  ExtendInput,
  GetDialingQueueInput,
  ItemOf,
  ListConversationsInput,
  ListUsersInput,
  Me,
  MetricValue,
  NumberDefaultSummaryTemplate,
  OutboundAnalytics,
  OutboundAnalyticsInput,
  PageOf,
  Pagination,
  PartnerAccount,
  QueryOf,
  QueueNumber,
  RemoveQueueNumbersInput,
  RemoveQueueNumbersResult,
  ResetDialingQueueInput,
  Scope,
  SearchConversationItemsInput,
  SearchCrmCompaniesInput,
  SearchCrmDealsInput,
  SearchCrmPeopleInput,
  SetNumberDefaultInput,
  SummaryTemplate,
  Tag,
  TeamPhoneNumber,
  UpdateCallSummaryInput,
  UpdateCrmCompanyInput,
  UpdateCrmDealInput,
  UpdateCrmPersonInput,
  UpdateDialingQueueInput,
  UpdateSummaryTemplateInput,
  UpdateWebhookEndpointInput,
  User,
  UserRef,
  WebhookEndpoint,
  WebhookEventTypeInfo,
} from "./types.js";
// Incoming-webhook types, exported from the root as the existing JS SDK documents them (types only: no receiver code here;
// the receiver is allo-client/webhooks).
export type { CallReceivedPayload, ContactPayload, SmsPayload, WebhookEnvelope, WebhookEvent } from "./webhooks/index.js";
export type { NumbersResource } from "./resources/numbers.js";
export type { SmsResource } from "./resources/sms.js";
export type { CallsResource } from "./resources/calls.js";
export type { ContactsResource } from "./resources/contacts.js";
export type { WebhooksResource } from "./resources/webhooks.js";
export type { AnalyticsResource } from "./resources/v2/analytics.js";
export type { ConversationItemsResource, ConversationsResource } from "./resources/v2/conversations.js";
export type { CrmDeals, CrmRecords, CrmResource } from "./resources/v2/crm.js";
export type { DialingQueueResource } from "./resources/v2/dialing-queue.js";
export type { PartnerAccountsResource, PartnerResource } from "./resources/v2/partner.js";
export type { PhoneNumbersResource } from "./resources/v2/phone-numbers.js";
export type { SummaryTemplatesResource } from "./resources/v2/summary-templates.js";
export type { TagsResource } from "./resources/v2/tags.js";
export type { UsersResource } from "./resources/v2/users.js";
export type { WebhookEndpointsResource } from "./resources/v2/webhook-endpoints.js";
export { VERSION } from "./version.js";
