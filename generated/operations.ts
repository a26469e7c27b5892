/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

import * as schemas from "./schemas.js";

/** A zod/mini schema, as far as validation needs it. */
export interface OperationValidator {
  safeParse(value: unknown): { success: boolean; error?: { issues: Array<{ code: string; path: PropertyKey[]; message: string; keys?: string[] }> } };
}

/** How a query value is written (`list`: comma-separated) and read back. */
export type QueryKind = "integer" | "number" | "boolean" | "list" | "string";

/** One operation of the spec, as the SDK method that calls it. */
export interface OperationEntry {
  /** The spec's operationId. */
  readonly operationId: string;
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The path template, version included (`/v2/api/conversations/items/{id}`). */
  readonly path: string;
  readonly version: 1 | 2;
  /** The scope the key needs; null for `GET /v2/api/me`. */
  readonly scope: string | null;
  readonly summary: string;
  /** `v1`: 0-indexed `page` in the query; `query`, `body`: 1-indexed `page` (v2) in the query or the body; null: not paginated. */
  readonly pagination: "v1" | "query" | "body" | null;
  /** Changes nothing (a GET, a search, analytics, a batch read). */
  readonly readOnly: boolean;
  /** Leaves the same state when sent twice (reads, PUT, DELETE): safe to retry after a timeout or a 5xx. */
  readonly idempotent: boolean;
  /** Allo accepts an `Idempotency-Key` here: retried with the same key, the write is done once. */
  readonly idempotencyKey: boolean;
  readonly pathParams: readonly string[];
  /** Query parameters and how each is written. */
  readonly query: Readonly<Record<string, QueryKind>>;
  /** `data`: the answer's `data`; `page`: `{ data, pagination, ... }`; `none`: no body. */
  readonly answer: "data" | "page" | "none";
  readonly validate: { readonly path?: OperationValidator; readonly query?: OperationValidator; readonly body?: OperationValidator };
}

/** Every operation of the spec, by SDK method name, in spec order. */
export const operations = {
  "me": { operationId: "getMe", method: "GET", path: "/v2/api/me", version: 2, scope: null, summary: "Describe the API key", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: {} },
  "users.list": { operationId: "listUsers", method: "GET", path: "/v2/api/users", version: 2, scope: "USERS_READ", summary: "List team members", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {"role":"string","status":"string"}, answer: "data", validate: { query: schemas.listUsersQuery } },
  "users.get": { operationId: "getUser", method: "GET", path: "/v2/api/users/{id}", version: 2, scope: "USERS_READ", summary: "Get a team member", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "data", validate: { path: schemas.getUserPath } },
  "tags.list": { operationId: "listTags", method: "GET", path: "/v2/api/tags", version: 2, scope: "TAGS_READ", summary: "List tags", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: {} },
  "tags.add": { operationId: "addTags", method: "POST", path: "/v2/api/conversations/items/{id}/tags", version: 2, scope: "TAGS_WRITE", summary: "Add tags to a call", pagination: null, readOnly: false, idempotent: false, idempotencyKey: true, pathParams: ["id"], query: {}, answer: "none", validate: { path: schemas.addTagsPath, body: schemas.addTagsBody } },
  "tags.remove": { operationId: "removeTag", method: "DELETE", path: "/v2/api/conversations/items/{id}/tags/{tag}", version: 2, scope: "TAGS_WRITE", summary: "Remove a tag from a call", pagination: null, readOnly: false, idempotent: true, idempotencyKey: true, pathParams: ["id","tag"], query: {}, answer: "none", validate: { path: schemas.removeTagPath } },
  "phoneNumbers.list": { operationId: "listPhoneNumbers", method: "GET", path: "/v2/api/numbers", version: 2, scope: "PHONE_NUMBERS_READ", summary: "List phone numbers and sender IDs", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: {} },
  "conversations.list": { operationId: "listConversations", method: "GET", path: "/v2/api/conversations", version: 2, scope: "CONVERSATIONS_READ", summary: "List conversations", pagination: "query", readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {"allo_number":"string","last_activity_since":"string","unread":"boolean","page":"integer","size":"integer","extend":"list"}, answer: "page", validate: { query: schemas.listConversationsQuery } },
  "conversations.act": { operationId: "executeConversationAction", method: "PUT", path: "/v2/api/conversations/{contact_number}/action", version: 2, scope: "CONVERSATIONS_WRITE", summary: "Mark a conversation read, unread, archived or unarchived", pagination: null, readOnly: false, idempotent: true, idempotencyKey: true, pathParams: ["contact_number"], query: {}, answer: "none", validate: { path: schemas.executeConversationActionPath, body: schemas.executeConversationActionBody } },
  "conversations.items.search": { operationId: "searchConversationItems", method: "POST", path: "/v2/api/conversations/items/search", version: 2, scope: "CONVERSATIONS_READ", summary: "Search calls and texts", pagination: "body", readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "page", validate: { body: schemas.searchConversationItemsBody } },
  "conversations.items.batchGet": { operationId: "batchGetConversationItems", method: "POST", path: "/v2/api/conversations/items/batch", version: 2, scope: "CONVERSATIONS_READ", summary: "Get up to 100 calls and texts by id", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {"extend":"list"}, answer: "data", validate: { query: schemas.batchGetConversationItemsQuery, body: schemas.batchGetConversationItemsBody } },
  "conversations.items.get": { operationId: "getConversationItem", method: "GET", path: "/v2/api/conversations/items/{id}", version: 2, scope: "CONVERSATIONS_READ", summary: "Get a call or a text", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: ["id"], query: {"extend":"list"}, answer: "data", validate: { path: schemas.getConversationItemPath, query: schemas.getConversationItemQuery } },
  "conversations.items.updateSummary": { operationId: "updateCallSummary", method: "PATCH", path: "/v2/api/conversations/items/{id}/summary", version: 2, scope: "CONVERSATIONS_WRITE", summary: "Replace a call's summary", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "data", validate: { path: schemas.updateCallSummaryPath, body: schemas.updateCallSummaryBody } },
  "analytics.overview": { operationId: "getAnalyticsOverview", method: "POST", path: "/v2/api/analytics/overview", version: 2, scope: "CONVERSATIONS_READ", summary: "Team metrics", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.getAnalyticsOverviewBody } },
  "analytics.outbound": { operationId: "getOutboundAnalytics", method: "POST", path: "/v2/api/analytics/outbound", version: 2, scope: "CONVERSATIONS_READ", summary: "Outbound metrics", pagination: "body", readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.getOutboundAnalyticsBody } },
  "crm.people.create": { operationId: "createPerson", method: "POST", path: "/v2/api/crm/people", version: 2, scope: "CRM_WRITE", summary: "Create a person", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.createPersonBody } },
  "crm.people.search": { operationId: "searchPeople", method: "POST", path: "/v2/api/crm/people/search", version: 2, scope: "CRM_READ", summary: "Search people", pagination: "body", readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "page", validate: { body: schemas.searchPeopleBody } },
  "crm.people.get": { operationId: "getPerson", method: "GET", path: "/v2/api/crm/people/{id}", version: 2, scope: "CRM_READ", summary: "Get a person", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "data", validate: { path: schemas.getPersonPath } },
  "crm.people.update": { operationId: "updatePerson", method: "PUT", path: "/v2/api/crm/people/{id}", version: 2, scope: "CRM_WRITE", summary: "Update a person", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "data", validate: { path: schemas.updatePersonPath, body: schemas.updatePersonBody } },
  "crm.companies.create": { operationId: "createCompany", method: "POST", path: "/v2/api/crm/companies", version: 2, scope: "CRM_WRITE", summary: "Create a company", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.createCompanyBody } },
  "crm.companies.search": { operationId: "searchCompanies", method: "POST", path: "/v2/api/crm/companies/search", version: 2, scope: "CRM_READ", summary: "Search companies", pagination: "body", readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "page", validate: { body: schemas.searchCompaniesBody } },
  "crm.companies.get": { operationId: "getCompany", method: "GET", path: "/v2/api/crm/companies/{id}", version: 2, scope: "CRM_READ", summary: "Get a company", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "data", validate: { path: schemas.getCompanyPath } },
  "crm.companies.update": { operationId: "updateCompany", method: "PUT", path: "/v2/api/crm/companies/{id}", version: 2, scope: "CRM_WRITE", summary: "Update a company", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "data", validate: { path: schemas.updateCompanyPath, body: schemas.updateCompanyBody } },
  "crm.deals.create": { operationId: "createDeal", method: "POST", path: "/v2/api/crm/deals", version: 2, scope: "CRM_WRITE", summary: "Create a deal", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.createDealBody } },
  "crm.deals.search": { operationId: "searchDeals", method: "POST", path: "/v2/api/crm/deals/search", version: 2, scope: "CRM_READ", summary: "Search deals", pagination: "body", readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "page", validate: { body: schemas.searchDealsBody } },
  "crm.deals.get": { operationId: "getDeal", method: "GET", path: "/v2/api/crm/deals/{id}", version: 2, scope: "CRM_READ", summary: "Get a deal", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "data", validate: { path: schemas.getDealPath } },
  "crm.deals.delete": { operationId: "deleteDeal", method: "DELETE", path: "/v2/api/crm/deals/{id}", version: 2, scope: "CRM_DELETE", summary: "Delete a deal", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "none", validate: { path: schemas.deleteDealPath } },
  "crm.deals.update": { operationId: "updateDeal", method: "PATCH", path: "/v2/api/crm/deals/{id}", version: 2, scope: "CRM_WRITE", summary: "Update a deal", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "data", validate: { path: schemas.updateDealPath, body: schemas.updateDealBody } },
  "webhookEndpoints.list": { operationId: "listWebhookEndpoints", method: "GET", path: "/v2/api/webhooks", version: 2, scope: "WEBHOOKS_READ_WRITE", summary: "List webhook endpoints", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: {} },
  "webhookEndpoints.create": { operationId: "createWebhookEndpoint", method: "POST", path: "/v2/api/webhooks", version: 2, scope: "WEBHOOKS_READ_WRITE", summary: "Create a webhook endpoint", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.createWebhookEndpointBody } },
  "webhookEndpoints.eventTypes": { operationId: "listWebhookEventTypes", method: "GET", path: "/v2/api/webhooks/event_types", version: 2, scope: "WEBHOOKS_READ_WRITE", summary: "List webhook topics", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: {} },
  "webhookEndpoints.get": { operationId: "getWebhookEndpoint", method: "GET", path: "/v2/api/webhooks/{webhook_id}", version: 2, scope: "WEBHOOKS_READ_WRITE", summary: "Get a webhook endpoint", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: ["webhook_id"], query: {}, answer: "data", validate: { path: schemas.getWebhookEndpointPath } },
  "webhookEndpoints.update": { operationId: "updateWebhookEndpoint", method: "PUT", path: "/v2/api/webhooks/{webhook_id}", version: 2, scope: "WEBHOOKS_READ_WRITE", summary: "Update a webhook endpoint", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, pathParams: ["webhook_id"], query: {}, answer: "data", validate: { path: schemas.updateWebhookEndpointPath, body: schemas.updateWebhookEndpointBody } },
  "webhookEndpoints.delete": { operationId: "deleteWebhookEndpoint", method: "DELETE", path: "/v2/api/webhooks/{webhook_id}", version: 2, scope: "WEBHOOKS_READ_WRITE", summary: "Delete a webhook endpoint", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, pathParams: ["webhook_id"], query: {}, answer: "none", validate: { path: schemas.deleteWebhookEndpointPath } },
  "summaryTemplates.list": { operationId: "listSummaryTemplates", method: "GET", path: "/v2/api/summary_templates", version: 2, scope: "SUMMARY_TEMPLATES_READ", summary: "List summary templates", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: {} },
  "summaryTemplates.create": { operationId: "createSummaryTemplate", method: "POST", path: "/v2/api/summary_templates", version: 2, scope: "SUMMARY_TEMPLATES_WRITE", summary: "Create a summary template", pagination: null, readOnly: false, idempotent: false, idempotencyKey: true, pathParams: [], query: {}, answer: "data", validate: { body: schemas.createSummaryTemplateBody } },
  "summaryTemplates.get": { operationId: "getSummaryTemplate", method: "GET", path: "/v2/api/summary_templates/{id}", version: 2, scope: "SUMMARY_TEMPLATES_READ", summary: "Get a summary template", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "data", validate: { path: schemas.getSummaryTemplatePath } },
  "summaryTemplates.update": { operationId: "updateSummaryTemplate", method: "PUT", path: "/v2/api/summary_templates/{id}", version: 2, scope: "SUMMARY_TEMPLATES_WRITE", summary: "Replace a summary template", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "data", validate: { path: schemas.updateSummaryTemplatePath, body: schemas.updateSummaryTemplateBody } },
  "summaryTemplates.delete": { operationId: "deleteSummaryTemplate", method: "DELETE", path: "/v2/api/summary_templates/{id}", version: 2, scope: "SUMMARY_TEMPLATES_WRITE", summary: "Delete a summary template", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "none", validate: { path: schemas.deleteSummaryTemplatePath } },
  "summaryTemplates.setNumberDefault": { operationId: "setNumberDefaultSummaryTemplate", method: "PUT", path: "/v2/api/numbers/{number}/default_summary_template", version: 2, scope: "SUMMARY_TEMPLATES_WRITE", summary: "Set a number's default summary template", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, pathParams: ["number"], query: {}, answer: "data", validate: { path: schemas.setNumberDefaultSummaryTemplatePath, body: schemas.setNumberDefaultSummaryTemplateBody } },
  "dialingQueue.get": { operationId: "getDialingQueue", method: "GET", path: "/v2/api/dialing-queues/current", version: 2, scope: "DIALING_QUEUE_READ_WRITE", summary: "Get the current queue", pagination: "query", readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {"user_id":"string","email":"string","page":"integer","size":"integer"}, answer: "page", validate: { query: schemas.getDialingQueueQuery } },
  "dialingQueue.reset": { operationId: "resetDialingQueue", method: "POST", path: "/v2/api/dialing-queues/current", version: 2, scope: "DIALING_QUEUE_READ_WRITE", summary: "Reset the current queue", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.resetDialingQueueBody } },
  "dialingQueue.update": { operationId: "updateDialingQueue", method: "PATCH", path: "/v2/api/dialing-queues/current", version: 2, scope: "DIALING_QUEUE_READ_WRITE", summary: "Update the current queue", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.updateDialingQueueBody } },
  "dialingQueue.appendNumbers": { operationId: "appendDialingQueueNumbers", method: "POST", path: "/v2/api/dialing-queues/current/numbers", version: 2, scope: "DIALING_QUEUE_READ_WRITE", summary: "Append numbers to the current queue", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.appendDialingQueueNumbersBody } },
  "dialingQueue.removeNumbers": { operationId: "removeDialingQueueNumbers", method: "DELETE", path: "/v2/api/dialing-queues/current/numbers", version: 2, scope: "DIALING_QUEUE_READ_WRITE", summary: "Remove numbers from the current queue", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, pathParams: [], query: {"number":"string","position":"integer","unassigned":"boolean","user_id":"string","email":"string"}, answer: "data", validate: { query: schemas.removeDialingQueueNumbersQuery } },
  "partner.accounts.create": { operationId: "createPartnerAccount", method: "POST", path: "/v2/api/partner/accounts", version: 2, scope: "PARTNER", summary: "Create a customer account", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.createPartnerAccountBody } },
  "partner.accounts.get": { operationId: "getPartnerAccount", method: "GET", path: "/v2/api/partner/accounts/{id}", version: 2, scope: "PARTNER", summary: "Get a customer account", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "data", validate: { path: schemas.getPartnerAccountPath } },
  "partner.accounts.delete": { operationId: "deletePartnerAccount", method: "DELETE", path: "/v2/api/partner/accounts/{id}", version: 2, scope: "PARTNER", summary: "Deactivate a customer account", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, pathParams: ["id"], query: {}, answer: "none", validate: { path: schemas.deletePartnerAccountPath } },
  "numbers.list": { operationId: "listNumbers", method: "GET", path: "/v1/api/numbers", version: 1, scope: "CONVERSATIONS_READ", summary: "List phone numbers", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: {} },
  "sms.send": { operationId: "sendSms", method: "POST", path: "/v1/api/sms", version: 1, scope: "SMS_SEND", summary: "Send an SMS", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.SendSmsInput } },
  "sms.sendFrance": { operationId: "sendSms", method: "POST", path: "/v1/api/sms", version: 1, scope: "SMS_SEND", summary: "Send an SMS", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.SendSmsFranceInput } },
  "calls.search": { operationId: "searchCalls", method: "GET", path: "/v1/api/calls", version: 1, scope: "CONVERSATIONS_READ", summary: "Search calls", pagination: "v1", readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {"allo_number":"string","contact_number":"string","page":"integer","size":"integer"}, answer: "data", validate: { query: schemas.searchCallsQuery } },
  "contacts.search": { operationId: "searchContacts", method: "GET", path: "/v1/api/contacts", version: 1, scope: "CONTACTS_READ", summary: "Search contacts", pagination: "v1", readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {"page":"integer","size":"integer"}, answer: "data", validate: { query: schemas.searchContactsQuery } },
  "contacts.create": { operationId: "createContact", method: "POST", path: "/v1/api/contacts", version: 1, scope: "CONTACTS_READ_WRITE", summary: "Create a contact", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.createContactBody } },
  "contacts.update": { operationId: "updateContact", method: "PUT", path: "/v1/api/contacts/{contact_id}", version: 1, scope: "CONTACTS_READ_WRITE", summary: "Update a contact", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, pathParams: ["contact_id"], query: {}, answer: "data", validate: { path: schemas.updateContactPath, body: schemas.updateContactBody } },
  "contacts.get": { operationId: "getContact", method: "GET", path: "/v1/api/contact/{contact_id}", version: 1, scope: "CONTACTS_READ", summary: "Get a contact", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: ["contact_id"], query: {"extend":"list"}, answer: "data", validate: { path: schemas.getContactPath, query: schemas.getContactQuery } },
  "contacts.conversation": { operationId: "getContactConversation", method: "GET", path: "/v1/api/contact/{contact_id}/conversation", version: 1, scope: "CONVERSATIONS_READ", summary: "Get a contact's conversation", pagination: "v1", readOnly: true, idempotent: true, idempotencyKey: false, pathParams: ["contact_id"], query: {"allo_number":"string","page":"integer","size":"integer"}, answer: "data", validate: { path: schemas.getContactConversationPath, query: schemas.getContactConversationQuery } },
  "webhooks.list": { operationId: "listWebhooks", method: "GET", path: "/v1/api/webhooks", version: 1, scope: "WEBHOOKS_READ_WRITE", summary: "List webhooks", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: {} },
  "webhooks.create": { operationId: "createWebhook", method: "POST", path: "/v1/api/webhooks", version: 1, scope: "WEBHOOKS_READ_WRITE", summary: "Create a webhook", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, pathParams: [], query: {}, answer: "data", validate: { body: schemas.createWebhookBody } },
  "webhooks.delete": { operationId: "deleteWebhook", method: "DELETE", path: "/v1/api/webhooks/{webhook_id}", version: 1, scope: "WEBHOOKS_READ_WRITE", summary: "Delete a webhook", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, pathParams: ["webhook_id"], query: {}, answer: "data", validate: { path: schemas.deleteWebhookPath } },
} as const satisfies Record<string, OperationEntry>;

/**
 * An SDK method name of the table (`conversations.items.search`, `sms.send`, ...). Spelled out
 * rather than `keyof typeof operations`, so published types that name an operation do not carry
 * the validators' (zod) types; the check below fails to compile if the two ever differ.
 */
export type OperationName =
  | "me"
  | "users.list"
  | "users.get"
  | "tags.list"
  | "tags.add"
  | "tags.remove"
  | "phoneNumbers.list"
  | "conversations.list"
  | "conversations.act"
  | "conversations.items.search"
  | "conversations.items.batchGet"
  | "conversations.items.get"
  | "conversations.items.updateSummary"
  | "analytics.overview"
  | "analytics.outbound"
  | "crm.people.create"
  | "crm.people.search"
  | "crm.people.get"
  | "crm.people.update"
  | "crm.companies.create"
  | "crm.companies.search"
  | "crm.companies.get"
  | "crm.companies.update"
  | "crm.deals.create"
  | "crm.deals.search"
  | "crm.deals.get"
  | "crm.deals.delete"
  | "crm.deals.update"
  | "webhookEndpoints.list"
  | "webhookEndpoints.create"
  | "webhookEndpoints.eventTypes"
  | "webhookEndpoints.get"
  | "webhookEndpoints.update"
  | "webhookEndpoints.delete"
  | "summaryTemplates.list"
  | "summaryTemplates.create"
  | "summaryTemplates.get"
  | "summaryTemplates.update"
  | "summaryTemplates.delete"
  | "summaryTemplates.setNumberDefault"
  | "dialingQueue.get"
  | "dialingQueue.reset"
  | "dialingQueue.update"
  | "dialingQueue.appendNumbers"
  | "dialingQueue.removeNumbers"
  | "partner.accounts.create"
  | "partner.accounts.get"
  | "partner.accounts.delete"
  | "numbers.list"
  | "sms.send"
  | "sms.sendFrance"
  | "calls.search"
  | "contacts.search"
  | "contacts.create"
  | "contacts.update"
  | "contacts.get"
  | "contacts.conversation"
  | "webhooks.list"
  | "webhooks.create"
  | "webhooks.delete";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type OperationNamesMatchTheTable = Assert<Same<OperationName, keyof typeof operations>>;

/** Every SDK method name, in spec order. */
export const operationNames = Object.keys(operations) as OperationName[];
