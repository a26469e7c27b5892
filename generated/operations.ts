/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

import type { OperationName, ReadOperationName } from "./operation-names.js";
import * as schemas from "./schemas.js";

/** A zod/mini schema, as far as validation needs it. */
export interface OperationValidator {
  safeParse(value: unknown): { success: boolean; error?: { issues: Array<{ code: string; path: PropertyKey[]; message: string; keys?: string[] }> } };
}

/** One operation of the spec, as the SDK method that calls it. */
export interface OperationEntry {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The path template, version included (`/v2/api/conversations/items/{id}`). */
  readonly path: string;
  /** `v1`: 0-indexed `page` in the query; `query`, `body`: 1-indexed `page` (v2) in the query or the body; null: not paginated. */
  readonly pagination: "v1" | "query" | "body" | null;
  /** Changes nothing (a GET, a search, analytics, a batch read). */
  readonly readOnly: boolean;
  /** Leaves the same state when sent twice (reads, PUT, DELETE): safe to retry after a timeout or a 5xx. */
  readonly idempotent: boolean;
  /** Allo accepts an `Idempotency-Key` here: retried with the same key, the write is done once. */
  readonly idempotencyKey: boolean;
  /** Allo does not deduplicate it: a caller's `idempotencyKey` is kept by the client, which sends at most once under it. */
  readonly atMostOnce: boolean;
  /** A list field of the body asked `size` items at a time and answered as one list, in the order given; or null. */
  readonly batch: { readonly field: string; readonly size: number } | null;
  /** `data`: the answer's `data`; `page`: `{ data, pagination, ... }`; `none`: no body. */
  readonly answer: "data" | "page" | "none";
  /** Which argument of the SDK method takes its per-call options (1 for the first): the rest of its signature is in generated/client.ts. */
  readonly optionsArgument: number;
  readonly validate: { readonly path?: OperationValidator; readonly query?: OperationValidator; readonly body?: OperationValidator };
}

/** Every operation of the spec, by SDK method name, in spec order. */
export const operations = {
  "me": { method: "GET", path: "/v2/api/me", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 1, validate: {} },
  "users.list": { method: "GET", path: "/v2/api/users", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { query: schemas.listUsersQuery } },
  "users.get": { method: "GET", path: "/v2/api/users/{id}", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { path: schemas.getUserPath } },
  "tags.list": { method: "GET", path: "/v2/api/tags", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 1, validate: {} },
  "tags.add": { method: "POST", path: "/v2/api/conversations/items/{id}/tags", pagination: null, readOnly: false, idempotent: false, idempotencyKey: true, atMostOnce: false, batch: null, answer: "none", optionsArgument: 3, validate: { path: schemas.addTagsPath, body: schemas.addTagsBody } },
  "tags.remove": { method: "DELETE", path: "/v2/api/conversations/items/{id}/tags/{tag}", pagination: null, readOnly: false, idempotent: true, idempotencyKey: true, atMostOnce: false, batch: null, answer: "none", optionsArgument: 3, validate: { path: schemas.removeTagPath } },
  "phoneNumbers.list": { method: "GET", path: "/v2/api/numbers", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 1, validate: {} },
  "conversations.list": { method: "GET", path: "/v2/api/conversations", pagination: "query", readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "page", optionsArgument: 2, validate: { query: schemas.listConversationsQuery } },
  "conversations.act": { method: "PUT", path: "/v2/api/conversations/{contact_number}/action", pagination: null, readOnly: false, idempotent: true, idempotencyKey: true, atMostOnce: false, batch: null, answer: "none", optionsArgument: 4, validate: { path: schemas.executeConversationActionPath, body: schemas.executeConversationActionBody } },
  "conversations.items.search": { method: "POST", path: "/v2/api/conversations/items/search", pagination: "body", readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "page", optionsArgument: 2, validate: { body: schemas.searchConversationItemsBody } },
  "conversations.items.batchGet": { method: "POST", path: "/v2/api/conversations/items/batch", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: {"field":"ids","size":100}, answer: "data", optionsArgument: 3, validate: { query: schemas.batchGetConversationItemsQuery, body: schemas.batchGetConversationItemsBody } },
  "conversations.items.get": { method: "GET", path: "/v2/api/conversations/items/{id}", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 3, validate: { path: schemas.getConversationItemPath, query: schemas.getConversationItemQuery } },
  "conversations.items.updateSummary": { method: "PATCH", path: "/v2/api/conversations/items/{id}/summary", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 3, validate: { path: schemas.updateCallSummaryPath, body: schemas.updateCallSummaryBody } },
  "analytics.overview": { method: "POST", path: "/v2/api/analytics/overview", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.getAnalyticsOverviewBody } },
  "analytics.outbound": { method: "POST", path: "/v2/api/analytics/outbound", pagination: "body", readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.getOutboundAnalyticsBody } },
  "crm.people.create": { method: "POST", path: "/v2/api/crm/people", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.createPersonBody } },
  "crm.people.search": { method: "POST", path: "/v2/api/crm/people/search", pagination: "body", readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "page", optionsArgument: 2, validate: { body: schemas.searchPeopleBody } },
  "crm.people.get": { method: "GET", path: "/v2/api/crm/people/{id}", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { path: schemas.getPersonPath } },
  "crm.people.update": { method: "PUT", path: "/v2/api/crm/people/{id}", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 3, validate: { path: schemas.updatePersonPath, body: schemas.updatePersonBody } },
  "crm.companies.create": { method: "POST", path: "/v2/api/crm/companies", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.createCompanyBody } },
  "crm.companies.search": { method: "POST", path: "/v2/api/crm/companies/search", pagination: "body", readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "page", optionsArgument: 2, validate: { body: schemas.searchCompaniesBody } },
  "crm.companies.get": { method: "GET", path: "/v2/api/crm/companies/{id}", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { path: schemas.getCompanyPath } },
  "crm.companies.update": { method: "PUT", path: "/v2/api/crm/companies/{id}", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 3, validate: { path: schemas.updateCompanyPath, body: schemas.updateCompanyBody } },
  "crm.deals.create": { method: "POST", path: "/v2/api/crm/deals", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.createDealBody } },
  "crm.deals.search": { method: "POST", path: "/v2/api/crm/deals/search", pagination: "body", readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "page", optionsArgument: 2, validate: { body: schemas.searchDealsBody } },
  "crm.deals.get": { method: "GET", path: "/v2/api/crm/deals/{id}", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { path: schemas.getDealPath } },
  "crm.deals.delete": { method: "DELETE", path: "/v2/api/crm/deals/{id}", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "none", optionsArgument: 2, validate: { path: schemas.deleteDealPath } },
  "crm.deals.update": { method: "PATCH", path: "/v2/api/crm/deals/{id}", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 3, validate: { path: schemas.updateDealPath, body: schemas.updateDealBody } },
  "webhookEndpoints.list": { method: "GET", path: "/v2/api/webhooks", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 1, validate: {} },
  "webhookEndpoints.create": { method: "POST", path: "/v2/api/webhooks", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.createWebhookEndpointBody } },
  "webhookEndpoints.eventTypes": { method: "GET", path: "/v2/api/webhooks/event_types", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 1, validate: {} },
  "webhookEndpoints.get": { method: "GET", path: "/v2/api/webhooks/{webhook_id}", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { path: schemas.getWebhookEndpointPath } },
  "webhookEndpoints.update": { method: "PUT", path: "/v2/api/webhooks/{webhook_id}", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 3, validate: { path: schemas.updateWebhookEndpointPath, body: schemas.updateWebhookEndpointBody } },
  "webhookEndpoints.delete": { method: "DELETE", path: "/v2/api/webhooks/{webhook_id}", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "none", optionsArgument: 2, validate: { path: schemas.deleteWebhookEndpointPath } },
  "summaryTemplates.list": { method: "GET", path: "/v2/api/summary_templates", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 1, validate: {} },
  "summaryTemplates.create": { method: "POST", path: "/v2/api/summary_templates", pagination: null, readOnly: false, idempotent: false, idempotencyKey: true, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.createSummaryTemplateBody } },
  "summaryTemplates.get": { method: "GET", path: "/v2/api/summary_templates/{id}", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { path: schemas.getSummaryTemplatePath } },
  "summaryTemplates.update": { method: "PUT", path: "/v2/api/summary_templates/{id}", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 3, validate: { path: schemas.updateSummaryTemplatePath, body: schemas.updateSummaryTemplateBody } },
  "summaryTemplates.delete": { method: "DELETE", path: "/v2/api/summary_templates/{id}", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "none", optionsArgument: 2, validate: { path: schemas.deleteSummaryTemplatePath } },
  "summaryTemplates.setNumberDefault": { method: "PUT", path: "/v2/api/numbers/{number}/default_summary_template", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 3, validate: { path: schemas.setNumberDefaultSummaryTemplatePath, body: schemas.setNumberDefaultSummaryTemplateBody } },
  "dialingQueue.get": { method: "GET", path: "/v2/api/dialing-queues/current", pagination: "query", readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "page", optionsArgument: 2, validate: { query: schemas.getDialingQueueQuery } },
  "dialingQueue.reset": { method: "POST", path: "/v2/api/dialing-queues/current", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.resetDialingQueueBody } },
  "dialingQueue.update": { method: "PATCH", path: "/v2/api/dialing-queues/current", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.updateDialingQueueBody } },
  "dialingQueue.appendNumbers": { method: "POST", path: "/v2/api/dialing-queues/current/numbers", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.appendDialingQueueNumbersBody } },
  "dialingQueue.removeNumbers": { method: "DELETE", path: "/v2/api/dialing-queues/current/numbers", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { query: schemas.removeDialingQueueNumbersQuery } },
  "partner.accounts.create": { method: "POST", path: "/v2/api/partner/accounts", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.createPartnerAccountBody } },
  "partner.accounts.get": { method: "GET", path: "/v2/api/partner/accounts/{id}", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { path: schemas.getPartnerAccountPath } },
  "partner.accounts.delete": { method: "DELETE", path: "/v2/api/partner/accounts/{id}", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "none", optionsArgument: 2, validate: { path: schemas.deletePartnerAccountPath } },
  "numbers.list": { method: "GET", path: "/v1/api/numbers", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 1, validate: {} },
  "sms.send": { method: "POST", path: "/v1/api/sms", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: true, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.SendSmsInput } },
  "sms.sendFrance": { method: "POST", path: "/v1/api/sms", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: true, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.SendSmsFranceInput } },
  "calls.search": { method: "GET", path: "/v1/api/calls", pagination: "v1", readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { query: schemas.searchCallsQuery } },
  "contacts.search": { method: "GET", path: "/v1/api/contacts", pagination: "v1", readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { query: schemas.searchContactsQuery } },
  "contacts.create": { method: "POST", path: "/v1/api/contacts", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.createContactBody } },
  "contacts.update": { method: "PUT", path: "/v1/api/contacts/{contact_id}", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 3, validate: { path: schemas.updateContactPath, body: schemas.updateContactBody } },
  "contacts.get": { method: "GET", path: "/v1/api/contact/{contact_id}", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 3, validate: { path: schemas.getContactPath, query: schemas.getContactQuery } },
  "contacts.conversation": { method: "GET", path: "/v1/api/contact/{contact_id}/conversation", pagination: "v1", readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 3, validate: { path: schemas.getContactConversationPath, query: schemas.getContactConversationQuery } },
  "webhooks.list": { method: "GET", path: "/v1/api/webhooks", pagination: null, readOnly: true, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 1, validate: {} },
  "webhooks.create": { method: "POST", path: "/v1/api/webhooks", pagination: null, readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { body: schemas.createWebhookBody } },
  "webhooks.delete": { method: "DELETE", path: "/v1/api/webhooks/{webhook_id}", pagination: null, readOnly: false, idempotent: true, idempotencyKey: false, atMostOnce: false, batch: null, answer: "data", optionsArgument: 2, validate: { path: schemas.deleteWebhookPath } },
} as const satisfies Record<string, OperationEntry>;

export type { OperationName, ReadOperationName };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type OperationNamesMatchTheTable = Assert<Same<OperationName, keyof typeof operations>>;
type Reads = { [N in OperationName]: (typeof operations)[N]["readOnly"] extends true ? N : never }[OperationName];
export type ReadNamesMatchTheTable = Assert<Same<ReadOperationName, Reads>>;

/** Every SDK method name, in spec order. */
export const operationNames = Object.keys(operations) as OperationName[];

/** How long the headers a caller may set can be, as the spec's header parameters say. */
export const headerLengths = {"X-Request-Id":{"min":1,"max":200},"Idempotency-Key":{"min":1,"max":255}} as const;
