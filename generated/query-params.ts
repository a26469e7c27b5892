/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

import type { OperationName } from "./operation-names.js";

/** How a query value is written (`list`: comma-separated) and read back. */
export type QueryKind = "integer" | "number" | "boolean" | "list" | "string";

/** Each operation's query parameters, by SDK method name, and how each is written. */
export const queryParams: { readonly [N in OperationName]: Readonly<Record<string, QueryKind>> } = {
  "me": {},
  "users.list": {"role":"string","status":"string"},
  "users.get": {},
  "tags.list": {},
  "tags.add": {},
  "tags.remove": {},
  "phoneNumbers.list": {},
  "conversations.list": {"allo_number":"string","last_activity_since":"string","unread":"boolean","page":"integer","size":"integer","extend":"list"},
  "conversations.act": {},
  "conversations.items.search": {},
  "conversations.items.batchGet": {"extend":"list"},
  "conversations.items.get": {"extend":"list"},
  "conversations.items.updateSummary": {},
  "analytics.overview": {},
  "analytics.outbound": {},
  "crm.people.create": {},
  "crm.people.search": {},
  "crm.people.get": {},
  "crm.people.update": {},
  "crm.companies.create": {},
  "crm.companies.search": {},
  "crm.companies.get": {},
  "crm.companies.update": {},
  "crm.deals.create": {},
  "crm.deals.search": {},
  "crm.deals.get": {},
  "crm.deals.delete": {},
  "crm.deals.update": {},
  "webhookEndpoints.list": {},
  "webhookEndpoints.create": {},
  "webhookEndpoints.eventTypes": {},
  "webhookEndpoints.get": {},
  "webhookEndpoints.update": {},
  "webhookEndpoints.delete": {},
  "summaryTemplates.list": {},
  "summaryTemplates.create": {},
  "summaryTemplates.get": {},
  "summaryTemplates.update": {},
  "summaryTemplates.delete": {},
  "summaryTemplates.setNumberDefault": {},
  "dialingQueue.get": {"user_id":"string","email":"string","page":"integer","size":"integer"},
  "dialingQueue.reset": {},
  "dialingQueue.update": {},
  "dialingQueue.appendNumbers": {},
  "dialingQueue.removeNumbers": {"number":"string","position":"integer","unassigned":"boolean","user_id":"string","email":"string"},
  "partner.accounts.create": {},
  "partner.accounts.get": {},
  "partner.accounts.delete": {},
  "numbers.list": {},
  "sms.send": {},
  "sms.sendFrance": {},
  "calls.search": {"allo_number":"string","contact_number":"string","page":"integer","size":"integer"},
  "contacts.search": {"page":"integer","size":"integer"},
  "contacts.create": {},
  "contacts.update": {},
  "contacts.get": {"extend":"list"},
  "contacts.conversation": {"allo_number":"string","page":"integer","size":"integer"},
  "webhooks.list": {},
  "webhooks.create": {},
  "webhooks.delete": {},
};
