/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

// A type test, checked by `tsc --noEmit` (npm test), never run: for every method of the client, its
// answer is what its operation documents in the spec (read here straight from the spec's types),
// or the reshaping reshape.ts declares; and an input the spec does not describe fails to compile.
import type { AlloPromise } from "../src/allo-promise.js";
import type { AlloClient } from "../src/client.js";
import type { Reshaped } from "../src/operations/reshape.js";
import type { operations } from "./allo.js";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type Returned<F> = F extends (...args: never[]) => infer R ? R : never;
/** A v2 page as the SDK gives it: the items as `results`, the rest of the body beside them. */
type Page<E> = E extends { data: Array<infer I> } ? { results: I[] } & Omit<E, "data"> : never;
type Expected<N extends string, FromSpec> = N extends keyof Reshaped ? Reshaped[N] : FromSpec;

declare const allo: AlloClient;

export type MeAnswers = Assert<Same<Returned<AlloClient["me"]>, AlloPromise<Expected<"me", operations["getMe"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: me refuses an input its operation does not describe
void allo.me(42);
export type UsersListAnswers = Assert<Same<Returned<AlloClient["users"]["list"]>, AlloPromise<Expected<"users.list", operations["listUsers"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: users.list refuses an input its operation does not describe
void allo.users.list({ not_a_field: 1 });
export type UsersGetAnswers = Assert<Same<Returned<AlloClient["users"]["get"]>, AlloPromise<Expected<"users.get", operations["getUser"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: users.get refuses an input its operation does not describe
void allo.users.get(42);
export type TagsListAnswers = Assert<Same<Returned<AlloClient["tags"]["list"]>, AlloPromise<Expected<"tags.list", operations["listTags"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: tags.list refuses an input its operation does not describe
void allo.tags.list(42);
export type TagsAddAnswers = Assert<Same<Returned<AlloClient["tags"]["add"]>, AlloPromise<Expected<"tags.add", void>>>>;
// @ts-expect-error: tags.add refuses an input its operation does not describe
void allo.tags.add(42, [] as never);
export type TagsRemoveAnswers = Assert<Same<Returned<AlloClient["tags"]["remove"]>, AlloPromise<Expected<"tags.remove", void>>>>;
// @ts-expect-error: tags.remove refuses an input its operation does not describe
void allo.tags.remove(42, "x");
export type PhoneNumbersListAnswers = Assert<Same<Returned<AlloClient["phoneNumbers"]["list"]>, AlloPromise<Expected<"phoneNumbers.list", operations["listPhoneNumbers"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: phoneNumbers.list refuses an input its operation does not describe
void allo.phoneNumbers.list(42);
export type ConversationsListAnswers = Assert<Same<Returned<AlloClient["conversations"]["list"]>, AlloPromise<Expected<"conversations.list", Page<operations["listConversations"]["responses"][200]["content"]["application/json"]>>>>>;
// @ts-expect-error: conversations.list refuses an input its operation does not describe
void allo.conversations.list({ not_a_field: 1 });
export type ConversationsActAnswers = Assert<Same<Returned<AlloClient["conversations"]["act"]>, AlloPromise<Expected<"conversations.act", void>>>>;
// @ts-expect-error: conversations.act refuses an input its operation does not describe
void allo.conversations.act("x", [] as never, { not_a_field: 1 });
export type ConversationsItemsSearchAnswers = Assert<Same<Returned<AlloClient["conversations"]["items"]["search"]>, AlloPromise<Expected<"conversations.items.search", Page<operations["searchConversationItems"]["responses"][200]["content"]["application/json"]>>>>>;
// @ts-expect-error: conversations.items.search refuses an input its operation does not describe
void allo.conversations.items.search({ not_a_field: 1 });
export type ConversationsItemsBatchGetAnswers = Assert<Same<Returned<AlloClient["conversations"]["items"]["batchGet"]>, AlloPromise<Expected<"conversations.items.batchGet", operations["batchGetConversationItems"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: conversations.items.batchGet refuses an input its operation does not describe
void allo.conversations.items.batchGet([] as never, { not_a_field: 1 });
export type ConversationsItemsGetAnswers = Assert<Same<Returned<AlloClient["conversations"]["items"]["get"]>, AlloPromise<Expected<"conversations.items.get", operations["getConversationItem"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: conversations.items.get refuses an input its operation does not describe
void allo.conversations.items.get("x", { not_a_field: 1 });
export type ConversationsItemsUpdateSummaryAnswers = Assert<Same<Returned<AlloClient["conversations"]["items"]["updateSummary"]>, AlloPromise<Expected<"conversations.items.updateSummary", operations["updateCallSummary"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: conversations.items.updateSummary refuses an input its operation does not describe
void allo.conversations.items.updateSummary("x", { not_a_field: 1 });
export type AnalyticsOverviewAnswers = Assert<Same<Returned<AlloClient["analytics"]["overview"]>, AlloPromise<Expected<"analytics.overview", operations["getAnalyticsOverview"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: analytics.overview refuses an input its operation does not describe
void allo.analytics.overview({ not_a_field: 1 });
export type AnalyticsOutboundAnswers = Assert<Same<Returned<AlloClient["analytics"]["outbound"]>, AlloPromise<Expected<"analytics.outbound", operations["getOutboundAnalytics"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: analytics.outbound refuses an input its operation does not describe
void allo.analytics.outbound({ not_a_field: 1 });
export type CrmPeopleCreateAnswers = Assert<Same<Returned<AlloClient["crm"]["people"]["create"]>, AlloPromise<Expected<"crm.people.create", operations["createPerson"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: crm.people.create refuses an input its operation does not describe
void allo.crm.people.create({ not_a_field: 1 });
export type CrmPeopleSearchAnswers = Assert<Same<Returned<AlloClient["crm"]["people"]["search"]>, AlloPromise<Expected<"crm.people.search", Page<operations["searchPeople"]["responses"][200]["content"]["application/json"]>>>>>;
// @ts-expect-error: crm.people.search refuses an input its operation does not describe
void allo.crm.people.search({ not_a_field: 1 });
export type CrmPeopleGetAnswers = Assert<Same<Returned<AlloClient["crm"]["people"]["get"]>, AlloPromise<Expected<"crm.people.get", operations["getPerson"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: crm.people.get refuses an input its operation does not describe
void allo.crm.people.get(42);
export type CrmPeopleUpdateAnswers = Assert<Same<Returned<AlloClient["crm"]["people"]["update"]>, AlloPromise<Expected<"crm.people.update", operations["updatePerson"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: crm.people.update refuses an input its operation does not describe
void allo.crm.people.update("x", { not_a_field: 1 });
export type CrmCompaniesCreateAnswers = Assert<Same<Returned<AlloClient["crm"]["companies"]["create"]>, AlloPromise<Expected<"crm.companies.create", operations["createCompany"]["responses"][201]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: crm.companies.create refuses an input its operation does not describe
void allo.crm.companies.create({ not_a_field: 1 });
export type CrmCompaniesSearchAnswers = Assert<Same<Returned<AlloClient["crm"]["companies"]["search"]>, AlloPromise<Expected<"crm.companies.search", Page<operations["searchCompanies"]["responses"][200]["content"]["application/json"]>>>>>;
// @ts-expect-error: crm.companies.search refuses an input its operation does not describe
void allo.crm.companies.search({ not_a_field: 1 });
export type CrmCompaniesGetAnswers = Assert<Same<Returned<AlloClient["crm"]["companies"]["get"]>, AlloPromise<Expected<"crm.companies.get", operations["getCompany"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: crm.companies.get refuses an input its operation does not describe
void allo.crm.companies.get(42);
export type CrmCompaniesUpdateAnswers = Assert<Same<Returned<AlloClient["crm"]["companies"]["update"]>, AlloPromise<Expected<"crm.companies.update", operations["updateCompany"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: crm.companies.update refuses an input its operation does not describe
void allo.crm.companies.update("x", { not_a_field: 1 });
export type CrmDealsCreateAnswers = Assert<Same<Returned<AlloClient["crm"]["deals"]["create"]>, AlloPromise<Expected<"crm.deals.create", operations["createDeal"]["responses"][201]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: crm.deals.create refuses an input its operation does not describe
void allo.crm.deals.create({ not_a_field: 1 });
export type CrmDealsSearchAnswers = Assert<Same<Returned<AlloClient["crm"]["deals"]["search"]>, AlloPromise<Expected<"crm.deals.search", Page<operations["searchDeals"]["responses"][200]["content"]["application/json"]>>>>>;
// @ts-expect-error: crm.deals.search refuses an input its operation does not describe
void allo.crm.deals.search({ not_a_field: 1 });
export type CrmDealsGetAnswers = Assert<Same<Returned<AlloClient["crm"]["deals"]["get"]>, AlloPromise<Expected<"crm.deals.get", operations["getDeal"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: crm.deals.get refuses an input its operation does not describe
void allo.crm.deals.get(42);
export type CrmDealsDeleteAnswers = Assert<Same<Returned<AlloClient["crm"]["deals"]["delete"]>, AlloPromise<Expected<"crm.deals.delete", void>>>>;
// @ts-expect-error: crm.deals.delete refuses an input its operation does not describe
void allo.crm.deals.delete(42);
export type CrmDealsUpdateAnswers = Assert<Same<Returned<AlloClient["crm"]["deals"]["update"]>, AlloPromise<Expected<"crm.deals.update", operations["updateDeal"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: crm.deals.update refuses an input its operation does not describe
void allo.crm.deals.update("x", { not_a_field: 1 });
export type WebhookEndpointsListAnswers = Assert<Same<Returned<AlloClient["webhookEndpoints"]["list"]>, AlloPromise<Expected<"webhookEndpoints.list", operations["listWebhookEndpoints"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: webhookEndpoints.list refuses an input its operation does not describe
void allo.webhookEndpoints.list(42);
export type WebhookEndpointsCreateAnswers = Assert<Same<Returned<AlloClient["webhookEndpoints"]["create"]>, AlloPromise<Expected<"webhookEndpoints.create", operations["createWebhookEndpoint"]["responses"][201]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: webhookEndpoints.create refuses an input its operation does not describe
void allo.webhookEndpoints.create({ not_a_field: 1 });
export type WebhookEndpointsEventTypesAnswers = Assert<Same<Returned<AlloClient["webhookEndpoints"]["eventTypes"]>, AlloPromise<Expected<"webhookEndpoints.eventTypes", operations["listWebhookEventTypes"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: webhookEndpoints.eventTypes refuses an input its operation does not describe
void allo.webhookEndpoints.eventTypes(42);
export type WebhookEndpointsGetAnswers = Assert<Same<Returned<AlloClient["webhookEndpoints"]["get"]>, AlloPromise<Expected<"webhookEndpoints.get", operations["getWebhookEndpoint"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: webhookEndpoints.get refuses an input its operation does not describe
void allo.webhookEndpoints.get(42);
export type WebhookEndpointsUpdateAnswers = Assert<Same<Returned<AlloClient["webhookEndpoints"]["update"]>, AlloPromise<Expected<"webhookEndpoints.update", operations["updateWebhookEndpoint"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: webhookEndpoints.update refuses an input its operation does not describe
void allo.webhookEndpoints.update("x", { not_a_field: 1 });
export type WebhookEndpointsDeleteAnswers = Assert<Same<Returned<AlloClient["webhookEndpoints"]["delete"]>, AlloPromise<Expected<"webhookEndpoints.delete", void>>>>;
// @ts-expect-error: webhookEndpoints.delete refuses an input its operation does not describe
void allo.webhookEndpoints.delete(42);
export type SummaryTemplatesListAnswers = Assert<Same<Returned<AlloClient["summaryTemplates"]["list"]>, AlloPromise<Expected<"summaryTemplates.list", operations["listSummaryTemplates"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: summaryTemplates.list refuses an input its operation does not describe
void allo.summaryTemplates.list(42);
export type SummaryTemplatesCreateAnswers = Assert<Same<Returned<AlloClient["summaryTemplates"]["create"]>, AlloPromise<Expected<"summaryTemplates.create", operations["createSummaryTemplate"]["responses"][201]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: summaryTemplates.create refuses an input its operation does not describe
void allo.summaryTemplates.create({ not_a_field: 1 });
export type SummaryTemplatesGetAnswers = Assert<Same<Returned<AlloClient["summaryTemplates"]["get"]>, AlloPromise<Expected<"summaryTemplates.get", operations["getSummaryTemplate"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: summaryTemplates.get refuses an input its operation does not describe
void allo.summaryTemplates.get(42);
export type SummaryTemplatesUpdateAnswers = Assert<Same<Returned<AlloClient["summaryTemplates"]["update"]>, AlloPromise<Expected<"summaryTemplates.update", operations["updateSummaryTemplate"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: summaryTemplates.update refuses an input its operation does not describe
void allo.summaryTemplates.update("x", { not_a_field: 1 });
export type SummaryTemplatesDeleteAnswers = Assert<Same<Returned<AlloClient["summaryTemplates"]["delete"]>, AlloPromise<Expected<"summaryTemplates.delete", void>>>>;
// @ts-expect-error: summaryTemplates.delete refuses an input its operation does not describe
void allo.summaryTemplates.delete(42);
export type SummaryTemplatesSetNumberDefaultAnswers = Assert<Same<Returned<AlloClient["summaryTemplates"]["setNumberDefault"]>, AlloPromise<Expected<"summaryTemplates.setNumberDefault", operations["setNumberDefaultSummaryTemplate"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: summaryTemplates.setNumberDefault refuses an input its operation does not describe
void allo.summaryTemplates.setNumberDefault("x", { not_a_field: 1 });
export type DialingQueueGetAnswers = Assert<Same<Returned<AlloClient["dialingQueue"]["get"]>, AlloPromise<Expected<"dialingQueue.get", Page<operations["getDialingQueue"]["responses"][200]["content"]["application/json"]>>>>>;
// @ts-expect-error: dialingQueue.get refuses an input its operation does not describe
void allo.dialingQueue.get({ not_a_field: 1 });
export type DialingQueueResetAnswers = Assert<Same<Returned<AlloClient["dialingQueue"]["reset"]>, AlloPromise<Expected<"dialingQueue.reset", operations["resetDialingQueue"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: dialingQueue.reset refuses an input its operation does not describe
void allo.dialingQueue.reset({ not_a_field: 1 });
export type DialingQueueUpdateAnswers = Assert<Same<Returned<AlloClient["dialingQueue"]["update"]>, AlloPromise<Expected<"dialingQueue.update", operations["updateDialingQueue"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: dialingQueue.update refuses an input its operation does not describe
void allo.dialingQueue.update({ not_a_field: 1 });
export type DialingQueueAppendNumbersAnswers = Assert<Same<Returned<AlloClient["dialingQueue"]["appendNumbers"]>, AlloPromise<Expected<"dialingQueue.appendNumbers", operations["appendDialingQueueNumbers"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: dialingQueue.appendNumbers refuses an input its operation does not describe
void allo.dialingQueue.appendNumbers({ not_a_field: 1 });
export type DialingQueueRemoveNumbersAnswers = Assert<Same<Returned<AlloClient["dialingQueue"]["removeNumbers"]>, AlloPromise<Expected<"dialingQueue.removeNumbers", operations["removeDialingQueueNumbers"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: dialingQueue.removeNumbers refuses an input its operation does not describe
void allo.dialingQueue.removeNumbers({ not_a_field: 1 });
export type PartnerAccountsCreateAnswers = Assert<Same<Returned<AlloClient["partner"]["accounts"]["create"]>, AlloPromise<Expected<"partner.accounts.create", operations["createPartnerAccount"]["responses"][201]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: partner.accounts.create refuses an input its operation does not describe
void allo.partner.accounts.create({ not_a_field: 1 });
export type PartnerAccountsGetAnswers = Assert<Same<Returned<AlloClient["partner"]["accounts"]["get"]>, AlloPromise<Expected<"partner.accounts.get", operations["getPartnerAccount"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: partner.accounts.get refuses an input its operation does not describe
void allo.partner.accounts.get(42);
export type PartnerAccountsDeleteAnswers = Assert<Same<Returned<AlloClient["partner"]["accounts"]["delete"]>, AlloPromise<Expected<"partner.accounts.delete", void>>>>;
// @ts-expect-error: partner.accounts.delete refuses an input its operation does not describe
void allo.partner.accounts.delete(42);
export type NumbersListAnswers = Assert<Same<Returned<AlloClient["numbers"]["list"]>, AlloPromise<Expected<"numbers.list", operations["listNumbers"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: numbers.list refuses an input its operation does not describe
void allo.numbers.list(42);
export type SmsSendAnswers = Assert<Same<Returned<AlloClient["sms"]["send"]>, AlloPromise<Expected<"sms.send", operations["sendSms"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: sms.send refuses an input its operation does not describe
void allo.sms.send({ not_a_field: 1 });
export type SmsSendFranceAnswers = Assert<Same<Returned<AlloClient["sms"]["sendFrance"]>, AlloPromise<Expected<"sms.sendFrance", operations["sendSms"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: sms.sendFrance refuses an input its operation does not describe
void allo.sms.sendFrance({ not_a_field: 1 });
export type CallsSearchAnswers = Assert<Same<Returned<AlloClient["calls"]["search"]>, AlloPromise<Expected<"calls.search", operations["searchCalls"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: calls.search refuses an input its operation does not describe
void allo.calls.search({ not_a_field: 1 });
export type ContactsSearchAnswers = Assert<Same<Returned<AlloClient["contacts"]["search"]>, AlloPromise<Expected<"contacts.search", operations["searchContacts"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: contacts.search refuses an input its operation does not describe
void allo.contacts.search({ not_a_field: 1 });
export type ContactsCreateAnswers = Assert<Same<Returned<AlloClient["contacts"]["create"]>, AlloPromise<Expected<"contacts.create", operations["createContact"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: contacts.create refuses an input its operation does not describe
void allo.contacts.create({ not_a_field: 1 });
export type ContactsUpdateAnswers = Assert<Same<Returned<AlloClient["contacts"]["update"]>, AlloPromise<Expected<"contacts.update", operations["updateContact"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: contacts.update refuses an input its operation does not describe
void allo.contacts.update("x", { not_a_field: 1 });
export type ContactsGetAnswers = Assert<Same<Returned<AlloClient["contacts"]["get"]>, AlloPromise<Expected<"contacts.get", operations["getContact"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: contacts.get refuses an input its operation does not describe
void allo.contacts.get("x", { not_a_field: 1 });
export type ContactsConversationAnswers = Assert<Same<Returned<AlloClient["contacts"]["conversation"]>, AlloPromise<Expected<"contacts.conversation", operations["getContactConversation"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: contacts.conversation refuses an input its operation does not describe
void allo.contacts.conversation("x", { not_a_field: 1 });
export type WebhooksListAnswers = Assert<Same<Returned<AlloClient["webhooks"]["list"]>, AlloPromise<Expected<"webhooks.list", operations["listWebhooks"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: webhooks.list refuses an input its operation does not describe
void allo.webhooks.list(42);
export type WebhooksCreateAnswers = Assert<Same<Returned<AlloClient["webhooks"]["create"]>, AlloPromise<Expected<"webhooks.create", operations["createWebhook"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: webhooks.create refuses an input its operation does not describe
void allo.webhooks.create({ not_a_field: 1 });
export type WebhooksDeleteAnswers = Assert<Same<Returned<AlloClient["webhooks"]["delete"]>, AlloPromise<Expected<"webhooks.delete", operations["deleteWebhook"]["responses"][200]["content"]["application/json"]["data"]>>>>;
// @ts-expect-error: webhooks.delete refuses an input its operation does not describe
void allo.webhooks.delete(42);
