/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

import type { Client } from "openapi-fetch";
import type { OperationName } from "./operation-names.js";
import type { paths } from "./allo.js";
import type { Input } from "../src/operations/types.js";

/** What a call gives openapi-fetch besides its input: the fetch that sends it, how to read the answer, its own headers, a base URL resolved against the page. */
export interface SendInit {
  fetch: (request: Request) => Promise<Response>;
  /** `stream`: openapi-fetch leaves the answer's body unread (the fetch has read it). */
  parseAs: "stream";
  headers?: Record<string, string>;
  baseUrl?: string;
}

/** One operation sent through openapi-fetch, typed by its path and method. */
export type Send<N extends OperationName> = (api: Client<paths>, input: Input<N>, init: SendInit) => Promise<{ data?: unknown; response: Response }>;

/** Every operation of the spec, sent at its path by openapi-fetch's method of the same name. */
export const requests: { readonly [N in OperationName]: Send<N> } = {
  "me": (api, _input, init) => api.GET("/v2/api/me", { ...init }),
  "users.list": (api, input, init) => api.GET("/v2/api/users", { ...init, params: { query: input.query } }),
  "users.get": (api, input, init) => api.GET("/v2/api/users/{id}", { ...init, params: { path: input.path } }),
  "tags.list": (api, _input, init) => api.GET("/v2/api/tags", { ...init }),
  "tags.add": (api, input, init) => api.POST("/v2/api/conversations/items/{id}/tags", { ...init, params: { path: input.path }, body: input.body }),
  "tags.remove": (api, input, init) => api.DELETE("/v2/api/conversations/items/{id}/tags/{tag}", { ...init, params: { path: input.path } }),
  "phoneNumbers.list": (api, _input, init) => api.GET("/v2/api/numbers", { ...init }),
  "conversations.list": (api, input, init) => api.GET("/v2/api/conversations", { ...init, params: { query: input.query } }),
  "conversations.act": (api, input, init) => api.PUT("/v2/api/conversations/{contact_number}/action", { ...init, params: { path: input.path }, body: input.body }),
  "conversations.items.search": (api, input, init) => api.POST("/v2/api/conversations/items/search", { ...init, body: input.body }),
  "conversations.items.batchGet": (api, input, init) => api.POST("/v2/api/conversations/items/batch", { ...init, params: { query: input.query }, body: { ...input.body, ids: [...input.body.ids] } }),
  "conversations.items.get": (api, input, init) => api.GET("/v2/api/conversations/items/{id}", { ...init, params: { path: input.path, query: input.query } }),
  "conversations.items.updateSummary": (api, input, init) => api.PATCH("/v2/api/conversations/items/{id}/summary", { ...init, params: { path: input.path }, body: input.body }),
  "analytics.overview": (api, input, init) => api.POST("/v2/api/analytics/overview", { ...init, body: input.body }),
  "analytics.outbound": (api, input, init) => api.POST("/v2/api/analytics/outbound", { ...init, body: input.body }),
  "crm.people.create": (api, input, init) => api.POST("/v2/api/crm/people", { ...init, body: input.body }),
  "crm.people.search": (api, input, init) => api.POST("/v2/api/crm/people/search", { ...init, body: input.body }),
  "crm.people.get": (api, input, init) => api.GET("/v2/api/crm/people/{id}", { ...init, params: { path: input.path } }),
  "crm.people.update": (api, input, init) => api.PUT("/v2/api/crm/people/{id}", { ...init, params: { path: input.path }, body: input.body }),
  "crm.companies.create": (api, input, init) => api.POST("/v2/api/crm/companies", { ...init, body: input.body }),
  "crm.companies.search": (api, input, init) => api.POST("/v2/api/crm/companies/search", { ...init, body: input.body }),
  "crm.companies.get": (api, input, init) => api.GET("/v2/api/crm/companies/{id}", { ...init, params: { path: input.path } }),
  "crm.companies.update": (api, input, init) => api.PUT("/v2/api/crm/companies/{id}", { ...init, params: { path: input.path }, body: input.body }),
  "crm.deals.create": (api, input, init) => api.POST("/v2/api/crm/deals", { ...init, body: input.body }),
  "crm.deals.search": (api, input, init) => api.POST("/v2/api/crm/deals/search", { ...init, body: input.body }),
  "crm.deals.get": (api, input, init) => api.GET("/v2/api/crm/deals/{id}", { ...init, params: { path: input.path } }),
  "crm.deals.delete": (api, input, init) => api.DELETE("/v2/api/crm/deals/{id}", { ...init, params: { path: input.path } }),
  "crm.deals.update": (api, input, init) => api.PATCH("/v2/api/crm/deals/{id}", { ...init, params: { path: input.path }, body: input.body }),
  "webhookEndpoints.list": (api, _input, init) => api.GET("/v2/api/webhooks", { ...init }),
  "webhookEndpoints.create": (api, input, init) => api.POST("/v2/api/webhooks", { ...init, body: input.body }),
  "webhookEndpoints.eventTypes": (api, _input, init) => api.GET("/v2/api/webhooks/event_types", { ...init }),
  "webhookEndpoints.get": (api, input, init) => api.GET("/v2/api/webhooks/{webhook_id}", { ...init, params: { path: input.path } }),
  "webhookEndpoints.update": (api, input, init) => api.PUT("/v2/api/webhooks/{webhook_id}", { ...init, params: { path: input.path }, body: input.body }),
  "webhookEndpoints.delete": (api, input, init) => api.DELETE("/v2/api/webhooks/{webhook_id}", { ...init, params: { path: input.path } }),
  "summaryTemplates.list": (api, _input, init) => api.GET("/v2/api/summary_templates", { ...init }),
  "summaryTemplates.create": (api, input, init) => api.POST("/v2/api/summary_templates", { ...init, body: input.body }),
  "summaryTemplates.get": (api, input, init) => api.GET("/v2/api/summary_templates/{id}", { ...init, params: { path: input.path } }),
  "summaryTemplates.update": (api, input, init) => api.PUT("/v2/api/summary_templates/{id}", { ...init, params: { path: input.path }, body: input.body }),
  "summaryTemplates.delete": (api, input, init) => api.DELETE("/v2/api/summary_templates/{id}", { ...init, params: { path: input.path } }),
  "summaryTemplates.setNumberDefault": (api, input, init) => api.PUT("/v2/api/numbers/{number}/default_summary_template", { ...init, params: { path: input.path }, body: input.body }),
  "dialingQueue.get": (api, input, init) => api.GET("/v2/api/dialing-queues/current", { ...init, params: { query: input.query } }),
  "dialingQueue.reset": (api, input, init) => api.POST("/v2/api/dialing-queues/current", { ...init, body: input.body }),
  "dialingQueue.update": (api, input, init) => api.PATCH("/v2/api/dialing-queues/current", { ...init, body: input.body }),
  "dialingQueue.appendNumbers": (api, input, init) => api.POST("/v2/api/dialing-queues/current/numbers", { ...init, body: input.body }),
  "dialingQueue.removeNumbers": (api, input, init) => api.DELETE("/v2/api/dialing-queues/current/numbers", { ...init, params: { query: input.query } }),
  "partner.accounts.create": (api, input, init) => api.POST("/v2/api/partner/accounts", { ...init, body: input.body }),
  "partner.accounts.get": (api, input, init) => api.GET("/v2/api/partner/accounts/{id}", { ...init, params: { path: input.path } }),
  "partner.accounts.delete": (api, input, init) => api.DELETE("/v2/api/partner/accounts/{id}", { ...init, params: { path: input.path } }),
  "numbers.list": (api, _input, init) => api.GET("/v1/api/numbers", { ...init }),
  "sms.send": (api, input, init) => api.POST("/v1/api/sms", { ...init, body: input.body }),
  "sms.sendFrance": (api, input, init) => api.POST("/v1/api/sms", { ...init, body: input.body }),
  "calls.search": (api, input, init) => api.GET("/v1/api/calls", { ...init, params: { query: input.query } }),
  "contacts.search": (api, input, init) => api.GET("/v1/api/contacts", { ...init, params: { query: input.query } }),
  "contacts.create": (api, input, init) => api.POST("/v1/api/contacts", { ...init, body: input.body }),
  "contacts.update": (api, input, init) => api.PUT("/v1/api/contacts/{contact_id}", { ...init, params: { path: input.path }, body: input.body }),
  "contacts.get": (api, input, init) => api.GET("/v1/api/contact/{contact_id}", { ...init, params: { path: input.path, query: input.query } }),
  "contacts.conversation": (api, input, init) => api.GET("/v1/api/contact/{contact_id}/conversation", { ...init, params: { path: input.path, query: input.query } }),
  "webhooks.list": (api, _input, init) => api.GET("/v1/api/webhooks", { ...init }),
  "webhooks.create": (api, input, init) => api.POST("/v1/api/webhooks", { ...init, body: input.body }),
  "webhooks.delete": (api, input, init) => api.DELETE("/v1/api/webhooks/{webhook_id}", { ...init, params: { path: input.path } }),
};
