// Public types, all derived from generated/allo.d.ts (the spec): no hand-written copy of a schema.
import type { components, operations } from "../generated/allo.js";

type Schemas = components["schemas"];
type Query<K extends keyof operations> = NonNullable<operations[K]["parameters"]["query"]>;

/** A phone number in E.164 format, such as `+33612345678`. */
export type E164Number = Schemas["E164Number"];
/** An Allo number of the account. */
export type PhoneNumber = Schemas["PhoneNumber"];
/** An SMS as sent. */
export type SentSms = Schemas["SentSms"];
/** A call, with recording, transcript and AI summary when available. */
export type Call = Schemas["Call"];
/** One line of a call's transcript. */
export type TranscriptLine = Schemas["TranscriptLine"];
/** A contact. */
export type Contact = Schemas["Contact"];
/** One call or SMS of a contact's conversation. */
export type ConversationEntry = Schemas["ConversationEntry"];
/** A webhook subscription (`allo_number` also on the answer of `webhooks.create`). */
export type Webhook = Schemas["Webhook"];
/** A topic to subscribe to: closed, so a typo fails to compile. */
export type WebhookTopic = Schemas["WebhookTopic"];
/** Direction of a call or text; open: values beyond INBOUND / OUTBOUND pass through. */
export type CallDirection = Schemas["CallDirection"];
/** How a call ended; open. */
export type CallResult = Schemas["CallResult"];
/** `metadata` of every page: `metadata.pagination.{ total_pages, current_page }`. */
export type PaginationMetadata = Schemas["PaginationMetadata"];

/** A page of calls, with the pagination nested as for contacts (the API sends it flat). */
export type CallSearchResult = Omit<Schemas["CallSearchResult"], "metadata"> & { metadata: PaginationMetadata };
/** A page of contacts. */
export type ContactSearchResult = Schemas["ContactSearchResult"];
/** A page of a contact's conversation. */
export type ConversationResult = Schemas["ConversationResult"];

/** Input of `sms.send`: US / international, from one of your Allo numbers. */
export type SendSmsInput = Schemas["SendSmsInput"];
/** Input of `sms.sendFrance`: from a pre-verified sender ID. */
export type SendSmsFranceInput = Schemas["SendSmsFranceInput"];
/** Input of `contacts.create`. */
export type CreateContactInput = Schemas["CreateContactInput"];
/** Input of `contacts.update`: `emails` and `numbers` replace the stored arrays. */
export type UpdateContactInput = Schemas["UpdateContactInput"];
/** Input of `webhooks.create`. */
export type CreateWebhookInput = Schemas["CreateWebhookInput"];
/** Input of `calls.search`. */
export type SearchCallsInput = Query<"searchCalls">;
/** Input of `contacts.search`. */
export type SearchContactsInput = Query<"searchContacts">;
/** Input of `contacts.get`. */
export type GetContactInput = Query<"getContact">;
/** Input of `contacts.conversation`. */
export type ConversationInput = Query<"getContactConversation">;
/** Input of `calls.searchAll`: every page, so no `page`. */
export type SearchAllCallsInput = Omit<SearchCallsInput, "page">;
/** Input of `contacts.searchAll`. */
export type SearchAllContactsInput = Omit<SearchContactsInput, "page">;
/** Input of `contacts.conversationAll`. */
export type ConversationAllInput = Omit<ConversationInput, "page">;

// ─── v2 ──────────────────────────────────────────────────────────────────────────────────────
// Inputs and answers of every v2 method, derived from its operation in the spec.

type Json<T> = T extends { content: { "application/json": infer B } } ? B : never;
type SuccessOf<K extends keyof operations> = operations[K]["responses"] extends infer R
  ? R extends { 200: infer S }
    ? S
    : R extends { 201: infer S }
      ? S
      : never
  : never;

/** The JSON body an operation takes. */
export type BodyOf<K extends keyof operations> = Json<NonNullable<operations[K]["requestBody"]>>;
/** The query parameters an operation takes. */
export type QueryOf<K extends keyof operations> = NonNullable<operations[K]["parameters"]["query"]>;
/** The `data` of an operation's answer. */
export type DataOf<K extends keyof operations> = Json<SuccessOf<K>> extends { data: infer D } ? D : never;
/** The items of a paginated operation's answer. */
export type ItemOf<K extends keyof operations> = DataOf<K> extends Array<infer I> ? I : never;

/** Where a v2 page sits: `page`, `size`, `total_count`, `total_pages`, `has_more`. */
export type Pagination = Schemas["Pagination"];
/** A v2 page: the items as `results` (as in the v1 searches), and `pagination` as Allo sends it. */
export type PageOf<T> = { results: T[]; pagination: Pagination };
/** Input of a `…All` method: every page, so no `page`. */
export type AllInput<T> = Omit<T, "page">;

/** The API key, its scopes, endpoints, team and rate limits (`allo.me()`). */
export type Me = Schemas["Me"];
/** A scope an API key carries; open. */
export type Scope = Schemas["Scope"];
/** A member of the team. */
export type User = Schemas["User"];
/** A team member as other objects refer to one. */
export type UserRef = Schemas["UserRef"];
/** A tag of the team. */
export type Tag = Schemas["Tag"];
/** A phone number or sender ID of the team, with capabilities and the members who use it (v2). */
export type TeamPhoneNumber = Schemas["TeamPhoneNumber"];
/** A conversation: every call and SMS with one external number. */
export type ConversationSummary = Schemas["ConversationSummary"];
/** A call or an SMS. */
export type ConversationItem = Schemas["ConversationItem"];
/** A contact as conversations embed it. */
export type ConversationContact = Schemas["ConversationContact"];
/** A call's summary after an edit. */
export type CallSummary = Schemas["CallSummary"];
/** A range of days, `YYYY-MM-DD` both ends. */
export type DateRange = Schemas["DateRange"];

/** Input of `users.list`. */
export type ListUsersInput = QueryOf<"listUsers">;
/** Input of `conversations.list`. */
export type ListConversationsInput = QueryOf<"listConversations">;
/** Input of `conversations.act` besides the number and the action. */
export type ConversationActionInput = Omit<BodyOf<"executeConversationAction">, "action">;
/** The action of `conversations.act`. */
export type ConversationAction = BodyOf<"executeConversationAction">["action"];
/** Input of `conversations.items.search`. */
export type SearchConversationItemsInput = NonNullable<BodyOf<"searchConversationItems">>;
/** Input of `conversations.items.get` and `batchGet`: `extend: ["transcript"]`. */
export type ExtendInput = QueryOf<"getConversationItem">;
/** Input of `conversations.items.updateSummary`. */
export type UpdateCallSummaryInput = BodyOf<"updateCallSummary">;

/** Input of `analytics.overview`. */
export type AnalyticsOverviewInput = BodyOf<"getAnalyticsOverview">;
/** Team KPIs and the per-user breakdown. */
export type AnalyticsOverview = Schemas["AnalyticsOverview"];
/** Input of `analytics.outbound`. */
export type OutboundAnalyticsInput = BodyOf<"getOutboundAnalytics">;
/** The outbound dial funnel, series, heatmap, leaderboard and time spent. */
export type OutboundAnalytics = Schemas["OutboundAnalytics"];
/** A figure with its previous value and the change. */
export type MetricValue = Schemas["MetricValue"];

/** A person of the Allo CRM. */
export type CrmPerson = Schemas["CrmPerson"];
/** A company of the Allo CRM. */
export type CrmCompany = Schemas["CrmCompany"];
/** A deal of the Allo CRM. */
export type CrmDeal = Schemas["CrmDeal"];
/** Input of `crm.people.create`. */
export type CreateCrmPersonInput = BodyOf<"createPerson">;
/** Input of `crm.people.update`: the fields to change. */
export type UpdateCrmPersonInput = BodyOf<"updatePerson">;
/** Input of `crm.people.search`. */
export type SearchCrmPeopleInput = NonNullable<BodyOf<"searchPeople">>;
/** Input of `crm.companies.create`. */
export type CreateCrmCompanyInput = BodyOf<"createCompany">;
/** Input of `crm.companies.update`. */
export type UpdateCrmCompanyInput = BodyOf<"updateCompany">;
/** Input of `crm.companies.search`. */
export type SearchCrmCompaniesInput = NonNullable<BodyOf<"searchCompanies">>;
/** Input of `crm.deals.create`. */
export type CreateCrmDealInput = BodyOf<"createDeal">;
/** Input of `crm.deals.update`. */
export type UpdateCrmDealInput = BodyOf<"updateDeal">;
/** Input of `crm.deals.search`. */
export type SearchCrmDealsInput = NonNullable<BodyOf<"searchDeals">>;

/** A v2 webhook endpoint (`signing_secret` only when created or fetched by id). */
export type WebhookEndpoint = DataOf<"getWebhookEndpoint">;
/** Input of `webhookEndpoints.create`. */
export type CreateWebhookEndpointInput = BodyOf<"createWebhookEndpoint">;
/** Input of `webhookEndpoints.update`: the fields to change. */
export type UpdateWebhookEndpointInput = BodyOf<"updateWebhookEndpoint">;
/** A topic an endpoint can subscribe to, and what it means. */
export type WebhookEventTypeInfo = ItemOf<"listWebhookEventTypes">;

/** A call summary template. */
export type SummaryTemplate = DataOf<"getSummaryTemplate">;
/** Input of `summaryTemplates.create`. */
export type CreateSummaryTemplateInput = BodyOf<"createSummaryTemplate">;
/** Input of `summaryTemplates.update`: the whole new state. */
export type UpdateSummaryTemplateInput = BodyOf<"updateSummaryTemplate">;
/** Input of `summaryTemplates.setNumberDefault`. */
export type SetNumberDefaultInput = BodyOf<"setNumberDefaultSummaryTemplate">;
/** A number and its default summary template. */
export type NumberDefaultSummaryTemplate = DataOf<"setNumberDefaultSummaryTemplate">;

/** Input of `dialingQueue.get`. */
export type GetDialingQueueInput = QueryOf<"getDialingQueue">;
/** One entry of the dialing queue. */
export type QueueNumber = ItemOf<"getDialingQueue">;
/** A page of the dialing queue: its numbers, `pagination`, and the queue when there is one. */
export type DialingQueuePage = PageOf<QueueNumber> & Omit<Json<SuccessOf<"getDialingQueue">>, "data" | "pagination">;
/** The dialing queue, with its numbers. */
export type DialingQueue = DataOf<"resetDialingQueue">;
/** Input of `dialingQueue.reset`. */
export type ResetDialingQueueInput = NonNullable<BodyOf<"resetDialingQueue">>;
/** Input of `dialingQueue.update`. */
export type UpdateDialingQueueInput = BodyOf<"updateDialingQueue">;
/** Input of `dialingQueue.appendNumbers`. */
export type AppendQueueNumbersInput = BodyOf<"appendDialingQueueNumbers">;
/** What `dialingQueue.appendNumbers` added and skipped. */
export type AppendQueueNumbersResult = DataOf<"appendDialingQueueNumbers">;
/** Input of `dialingQueue.removeNumbers`. */
export type RemoveQueueNumbersInput = QueryOf<"removeDialingQueueNumbers">;
/** How many entries `dialingQueue.removeNumbers` removed. */
export type RemoveQueueNumbersResult = DataOf<"removeDialingQueueNumbers">;

/** A customer account provisioned by a partner. */
export type PartnerAccount = DataOf<"getPartnerAccount">;
/** Input of `partner.accounts.create`. */
export type CreatePartnerAccountInput = BodyOf<"createPartnerAccount">;
