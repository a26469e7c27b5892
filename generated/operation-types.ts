/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

import type { components, operations } from "./allo.js";

type Schemas = components["schemas"];
type Path<Id extends keyof operations> = NonNullable<operations[Id]["parameters"]["path"]>;
type Query<Id extends keyof operations> = NonNullable<operations[Id]["parameters"]["query"]>;
type Body<Id extends keyof operations> = NonNullable<operations[Id]["requestBody"]> extends { content: { "application/json": infer B } } ? B : never;

/**
 * What each SDK method sends and gets, in the spec's types: `input` (its path parameters, query
 * and body), `envelope` (the documented 2xx body), `answer` (what the method unwraps from it:
 * `data`, a page, or nothing) and `paged` (whether its answer is listed page by page).
 */
export interface OperationTypes {
  "me": {
    input: Record<string, never>;
    envelope: operations["getMe"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "users.list": {
    input: { query: Query<"listUsers"> };
    envelope: operations["listUsers"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "users.get": {
    input: { path: Path<"getUser"> };
    envelope: operations["getUser"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "tags.list": {
    input: Record<string, never>;
    envelope: operations["listTags"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "tags.add": {
    input: { path: Path<"addTags">; body: Body<"addTags"> };
    envelope: undefined;
    answer: "none";
    paged: false;
  };
  "tags.remove": {
    input: { path: Path<"removeTag"> };
    envelope: undefined;
    answer: "none";
    paged: false;
  };
  "phoneNumbers.list": {
    input: Record<string, never>;
    envelope: operations["listPhoneNumbers"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "conversations.list": {
    input: { query: Query<"listConversations"> };
    envelope: operations["listConversations"]["responses"][200]["content"]["application/json"];
    answer: "page";
    paged: true;
  };
  "conversations.act": {
    input: { path: Path<"executeConversationAction">; body: Body<"executeConversationAction"> };
    envelope: undefined;
    answer: "none";
    paged: false;
  };
  "conversations.items.search": {
    input: { body: Body<"searchConversationItems"> };
    envelope: operations["searchConversationItems"]["responses"][200]["content"]["application/json"];
    answer: "page";
    paged: true;
  };
  "conversations.items.batchGet": {
    input: { query: Query<"batchGetConversationItems">; body: Omit<Body<"batchGetConversationItems">, "ids"> & { ids: Readonly<Body<"batchGetConversationItems">["ids"]> } };
    envelope: operations["batchGetConversationItems"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "conversations.items.get": {
    input: { path: Path<"getConversationItem">; query: Query<"getConversationItem"> };
    envelope: operations["getConversationItem"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "conversations.items.updateSummary": {
    input: { path: Path<"updateCallSummary">; body: Body<"updateCallSummary"> };
    envelope: operations["updateCallSummary"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "analytics.overview": {
    input: { body: Body<"getAnalyticsOverview"> };
    envelope: operations["getAnalyticsOverview"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "analytics.outbound": {
    input: { body: Body<"getOutboundAnalytics"> };
    envelope: operations["getOutboundAnalytics"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "crm.people.create": {
    input: { body: Body<"createPerson"> };
    envelope: operations["createPerson"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "crm.people.search": {
    input: { body: Body<"searchPeople"> };
    envelope: operations["searchPeople"]["responses"][200]["content"]["application/json"];
    answer: "page";
    paged: true;
  };
  "crm.people.get": {
    input: { path: Path<"getPerson"> };
    envelope: operations["getPerson"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "crm.people.update": {
    input: { path: Path<"updatePerson">; body: Body<"updatePerson"> };
    envelope: operations["updatePerson"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "crm.companies.create": {
    input: { body: Body<"createCompany"> };
    envelope: operations["createCompany"]["responses"][201]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "crm.companies.search": {
    input: { body: Body<"searchCompanies"> };
    envelope: operations["searchCompanies"]["responses"][200]["content"]["application/json"];
    answer: "page";
    paged: true;
  };
  "crm.companies.get": {
    input: { path: Path<"getCompany"> };
    envelope: operations["getCompany"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "crm.companies.update": {
    input: { path: Path<"updateCompany">; body: Body<"updateCompany"> };
    envelope: operations["updateCompany"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "crm.deals.create": {
    input: { body: Body<"createDeal"> };
    envelope: operations["createDeal"]["responses"][201]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "crm.deals.search": {
    input: { body: Body<"searchDeals"> };
    envelope: operations["searchDeals"]["responses"][200]["content"]["application/json"];
    answer: "page";
    paged: true;
  };
  "crm.deals.get": {
    input: { path: Path<"getDeal"> };
    envelope: operations["getDeal"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "crm.deals.delete": {
    input: { path: Path<"deleteDeal"> };
    envelope: undefined;
    answer: "none";
    paged: false;
  };
  "crm.deals.update": {
    input: { path: Path<"updateDeal">; body: Body<"updateDeal"> };
    envelope: operations["updateDeal"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "webhookEndpoints.list": {
    input: Record<string, never>;
    envelope: operations["listWebhookEndpoints"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "webhookEndpoints.create": {
    input: { body: Body<"createWebhookEndpoint"> };
    envelope: operations["createWebhookEndpoint"]["responses"][201]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "webhookEndpoints.eventTypes": {
    input: Record<string, never>;
    envelope: operations["listWebhookEventTypes"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "webhookEndpoints.get": {
    input: { path: Path<"getWebhookEndpoint"> };
    envelope: operations["getWebhookEndpoint"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "webhookEndpoints.update": {
    input: { path: Path<"updateWebhookEndpoint">; body: Body<"updateWebhookEndpoint"> };
    envelope: operations["updateWebhookEndpoint"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "webhookEndpoints.delete": {
    input: { path: Path<"deleteWebhookEndpoint"> };
    envelope: undefined;
    answer: "none";
    paged: false;
  };
  "summaryTemplates.list": {
    input: Record<string, never>;
    envelope: operations["listSummaryTemplates"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "summaryTemplates.create": {
    input: { body: Body<"createSummaryTemplate"> };
    envelope: operations["createSummaryTemplate"]["responses"][201]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "summaryTemplates.get": {
    input: { path: Path<"getSummaryTemplate"> };
    envelope: operations["getSummaryTemplate"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "summaryTemplates.update": {
    input: { path: Path<"updateSummaryTemplate">; body: Body<"updateSummaryTemplate"> };
    envelope: operations["updateSummaryTemplate"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "summaryTemplates.delete": {
    input: { path: Path<"deleteSummaryTemplate"> };
    envelope: undefined;
    answer: "none";
    paged: false;
  };
  "summaryTemplates.setNumberDefault": {
    input: { path: Path<"setNumberDefaultSummaryTemplate">; body: Body<"setNumberDefaultSummaryTemplate"> };
    envelope: operations["setNumberDefaultSummaryTemplate"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "dialingQueue.get": {
    input: { query: Query<"getDialingQueue"> };
    envelope: operations["getDialingQueue"]["responses"][200]["content"]["application/json"];
    answer: "page";
    paged: true;
  };
  "dialingQueue.reset": {
    input: { body: Body<"resetDialingQueue"> };
    envelope: operations["resetDialingQueue"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "dialingQueue.update": {
    input: { body: Body<"updateDialingQueue"> };
    envelope: operations["updateDialingQueue"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "dialingQueue.appendNumbers": {
    input: { body: Body<"appendDialingQueueNumbers"> };
    envelope: operations["appendDialingQueueNumbers"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "dialingQueue.removeNumbers": {
    input: { query: Query<"removeDialingQueueNumbers"> };
    envelope: operations["removeDialingQueueNumbers"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "partner.accounts.create": {
    input: { body: Body<"createPartnerAccount"> };
    envelope: operations["createPartnerAccount"]["responses"][201]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "partner.accounts.get": {
    input: { path: Path<"getPartnerAccount"> };
    envelope: operations["getPartnerAccount"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "partner.accounts.delete": {
    input: { path: Path<"deletePartnerAccount"> };
    envelope: undefined;
    answer: "none";
    paged: false;
  };
  "numbers.list": {
    input: Record<string, never>;
    envelope: operations["listNumbers"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "sms.send": {
    input: { body: Schemas["SendSmsInput"] };
    envelope: operations["sendSms"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "sms.sendFrance": {
    input: { body: Schemas["SendSmsFranceInput"] };
    envelope: operations["sendSms"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "calls.search": {
    input: { query: Query<"searchCalls"> };
    envelope: operations["searchCalls"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: true;
  };
  "contacts.search": {
    input: { query: Query<"searchContacts"> };
    envelope: operations["searchContacts"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: true;
  };
  "contacts.create": {
    input: { body: Body<"createContact"> };
    envelope: operations["createContact"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "contacts.update": {
    input: { path: Path<"updateContact">; body: Body<"updateContact"> };
    envelope: operations["updateContact"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "contacts.get": {
    input: { path: Path<"getContact">; query: Query<"getContact"> };
    envelope: operations["getContact"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "contacts.conversation": {
    input: { path: Path<"getContactConversation">; query: Query<"getContactConversation"> };
    envelope: operations["getContactConversation"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: true;
  };
  "webhooks.list": {
    input: Record<string, never>;
    envelope: operations["listWebhooks"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "webhooks.create": {
    input: { body: Body<"createWebhook"> };
    envelope: operations["createWebhook"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
  "webhooks.delete": {
    input: { path: Path<"deleteWebhook"> };
    envelope: operations["deleteWebhook"]["responses"][200]["content"]["application/json"];
    answer: "data";
    paged: false;
  };
}
