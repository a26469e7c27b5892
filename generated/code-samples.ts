/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

import type { AlloClient } from "../src/index.js";

// The client every sample calls, as the docs page shows it.
declare const allo: AlloClient;

/** GET /v2/api/me */
export async function getMeSample(): Promise<void> {
  const me = await allo.me();
  console.log(me.scopes, me.rate_limits.read_per_second);
}

/** GET /v2/api/users */
export async function listUsersSample(): Promise<void> {
  const admins = await allo.users.list({ role: "ADMIN" });
}

/** GET /v2/api/users/{id} */
export async function getUserSample(): Promise<void> {
  const user = await allo.users.get("usr-abc123");
}

/** GET /v2/api/tags */
export async function listTagsSample(): Promise<void> {
  const tags = await allo.tags.list();
}

/** POST /v2/api/conversations/items/{id}/tags */
export async function addTagsSample(): Promise<void> {
  await allo.tags.add("cll-abc123", ["qualified", "follow_up"]);
}

/** DELETE /v2/api/conversations/items/{id}/tags/{tag} */
export async function removeTagSample(): Promise<void> {
  await allo.tags.remove("cll-abc123", "qualified");
}

/** GET /v2/api/numbers */
export async function listPhoneNumbersSample(): Promise<void> {
  const numbers = await allo.phoneNumbers.list();
}

/** GET /v2/api/conversations */
export async function listConversationsSample(): Promise<void> {
  const { results, pagination } = await allo.conversations.list({
    allo_number: "+14155550100",
    last_activity_since: "2026-04-20T10:00:00Z",
  });
}

/** PUT /v2/api/conversations/{contact_number}/action */
export async function executeConversationActionSample(): Promise<void> {
  await allo.conversations.act("+14155551234", "READ", { allo_number: "+14155550100" });
}

/** POST /v2/api/conversations/items/search */
export async function searchConversationItemsSample(): Promise<void> {
  const { results, pagination } = await allo.conversations.items.search({
    search: "billing issues",
    type: "CALL",
    sort: "RELEVANCE",
    date: { from: "2026-01-01", to: "2026-04-21" },
  });
}

/** POST /v2/api/conversations/items/batch */
export async function batchGetConversationItemsSample(): Promise<void> {
  const items = await allo.conversations.items.batchGet(["cll-abc123", "cll-def456", "cll-ghi789"]);
}

/** GET /v2/api/conversations/items/{id} */
export async function getConversationItemSample(): Promise<void> {
  const call = await allo.conversations.items.get("cll-abc123", { extend: ["transcript"] });
}

/** PATCH /v2/api/conversations/items/{id}/summary */
export async function updateCallSummarySample(): Promise<void> {
  const summary = await allo.conversations.items.updateSummary("cll-abc123", {
    content: "# Summary\n\nCustomer asked about pricing for the Pro plan.",
  });
}

/** POST /v2/api/analytics/overview */
export async function getAnalyticsOverviewSample(): Promise<void> {
  const overview = await allo.analytics.overview({
    date: { from: "2026-03-25", to: "2026-04-21" },
    compare_date: { from: "2026-02-25", to: "2026-03-24" },
  });
}

/** POST /v2/api/analytics/outbound */
export async function getOutboundAnalyticsSample(): Promise<void> {
  const outbound = await allo.analytics.outbound({
    date: { from: "2026-03-25", to: "2026-04-21" },
    tags: ["meeting_booked"],
    granularity: "DAY",
  });
}

/** POST /v2/api/crm/people */
export async function createPersonSample(): Promise<void> {
  const person = await allo.crm.people.create({ name: "John", last_name: "Doe", numbers: ["+33612345678"] });
}

/** POST /v2/api/crm/people/search */
export async function searchPeopleSample(): Promise<void> {
  const { results, pagination } = await allo.crm.people.search({ filters: { job_title: "engineer", company: "Acme" }, sort: "NAME_ASC" });
}

/** GET /v2/api/crm/people/{id} */
export async function getPersonSample(): Promise<void> {
  const person = await allo.crm.people.get("per-abc123");
}

/** PUT /v2/api/crm/people/{id} */
export async function updatePersonSample(): Promise<void> {
  const person = await allo.crm.people.update("per-abc123", { job_title: "CTO" });
}

/** POST /v2/api/crm/companies */
export async function createCompanySample(): Promise<void> {
  const company = await allo.crm.companies.create({ name: "Acme Corp", website: "https://acme.com", industry: "Technology" });
}

/** POST /v2/api/crm/companies/search */
export async function searchCompaniesSample(): Promise<void> {
  const { results, pagination } = await allo.crm.companies.search({ filters: { name: "Acme", industry: "Technology" }, sort: "NAME_ASC" });
}

/** GET /v2/api/crm/companies/{id} */
export async function getCompanySample(): Promise<void> {
  const company = await allo.crm.companies.get("com-xyz789");
}

/** PUT /v2/api/crm/companies/{id} */
export async function updateCompanySample(): Promise<void> {
  const company = await allo.crm.companies.update("com-xyz789", { industry: "SaaS" });
}

/** POST /v2/api/crm/deals */
export async function createDealSample(): Promise<void> {
  const deal = await allo.crm.deals.create({ name: "Enterprise Plan", status: "negotiation", amount: 50000, currency: "USD" });
}

/** POST /v2/api/crm/deals/search */
export async function searchDealsSample(): Promise<void> {
  const { results, pagination } = await allo.crm.deals.search({ search: "Enterprise" });
}

/** GET /v2/api/crm/deals/{id} */
export async function getDealSample(): Promise<void> {
  const deal = await allo.crm.deals.get("dea-def456");
}

/** DELETE /v2/api/crm/deals/{id} */
export async function deleteDealSample(): Promise<void> {
  await allo.crm.deals.delete("dea-def456");
}

/** PATCH /v2/api/crm/deals/{id} */
export async function updateDealSample(): Promise<void> {
  const deal = await allo.crm.deals.update("dea-def456", { status: "won", closed_at: "2026-04-28T12:00:00" });
}

/** GET /v2/api/webhooks */
export async function listWebhookEndpointsSample(): Promise<void> {
  const endpoints = await allo.webhookEndpoints.list();
  console.log(endpoints.map((e) => `${e.url} ${e.topics.join(",")}`));
}

/** POST /v2/api/webhooks */
export async function createWebhookEndpointSample(): Promise<void> {
  const endpoint = await allo.webhookEndpoints.create({ url: "https://example.com/webhooks/allo", topics: ["call.received", "sms.received"], description: "Production event stream" });
  console.log(endpoint.id, endpoint.signing_secret); // store the secret now
}

/** GET /v2/api/webhooks/event_types */
export async function listWebhookEventTypesSample(): Promise<void> {
  const topics = await allo.webhookEndpoints.eventTypes();
  console.log(topics.map((t) => t.name));
}

/** GET /v2/api/webhooks/{webhook_id} */
export async function getWebhookEndpointSample(): Promise<void> {
  const endpoint = await allo.webhookEndpoints.get("ep_2NfDKEm9sF8xK3pQr1Zt");
  console.log(endpoint.enabled, endpoint.topics);
}

/** PUT /v2/api/webhooks/{webhook_id} */
export async function updateWebhookEndpointSample(): Promise<void> {
  const endpoint = await allo.webhookEndpoints.update("ep_2NfDKEm9sF8xK3pQr1Zt", { topics: ["call.received", "call.completed"], enabled: false });
}

/** DELETE /v2/api/webhooks/{webhook_id} */
export async function deleteWebhookEndpointSample(): Promise<void> {
  await allo.webhookEndpoints.delete("ep_2NfDKEm9sF8xK3pQr1Zt");
}

/** GET /v2/api/summary_templates */
export async function listSummaryTemplatesSample(): Promise<void> {
  const templates = await allo.summaryTemplates.list();
  console.log(templates.map((t) => `${t.id} ${t.name}`));
}

/** POST /v2/api/summary_templates */
export async function createSummaryTemplateSample(): Promise<void> {
  const template = await allo.summaryTemplates.create({ name: "Sales call", call_context: "B2B SaaS sales calls", sections: [{ title: "Next steps", instructions: "What was agreed", order: 0 }] });
}

/** GET /v2/api/summary_templates/{id} */
export async function getSummaryTemplateSample(): Promise<void> {
  const template = await allo.summaryTemplates.get("tst-abc123");
  console.log(template.name, template.sections?.length);
}

/** PUT /v2/api/summary_templates/{id} */
export async function updateSummaryTemplateSample(): Promise<void> {
  const current = await allo.summaryTemplates.get("tst-abc123");
  const updated = await allo.summaryTemplates.update("tst-abc123", { name: current.name, call_context: "B2B SaaS sales calls, EMEA" });
}

/** DELETE /v2/api/summary_templates/{id} */
export async function deleteSummaryTemplateSample(): Promise<void> {
  await allo.summaryTemplates.delete("tst-abc123");
}

/** PUT /v2/api/numbers/{number}/default_summary_template */
export async function setNumberDefaultSummaryTemplateSample(): Promise<void> {
  await allo.summaryTemplates.setNumberDefault("+14155551234", { summary_template_id: "tst-abc123" });
}

/** GET /v2/api/dialing-queues/current */
export async function getDialingQueueSample(): Promise<void> {
  const { results, pagination, queue } = await allo.dialingQueue.get({ size: 50 });
  console.log(queue?.name ?? "no queue", results.length, "of", pagination.total_count);
}

/** POST /v2/api/dialing-queues/current */
export async function resetDialingQueueSample(): Promise<void> {
  const queue = await allo.dialingQueue.reset({ name: "Monday cold calls" });
}

/** PATCH /v2/api/dialing-queues/current */
export async function updateDialingQueueSample(): Promise<void> {
  const queue = await allo.dialingQueue.update({ name: "Cold Calls", voicemail_handling: "SKIP" });
}

/** POST /v2/api/dialing-queues/current/numbers */
export async function appendDialingQueueNumbersSample(): Promise<void> {
  const { added, skipped } = await allo.dialingQueue.appendNumbers({ numbers: [{ number: "+12125550010", name: "John", last_name: "Doe" }] });
}

/** DELETE /v2/api/dialing-queues/current/numbers */
export async function removeDialingQueueNumbersSample(): Promise<void> {
  const { removed } = await allo.dialingQueue.removeNumbers({ number: "+12125550010" });
}

/** POST /v2/api/partner/accounts */
export async function createPartnerAccountSample(): Promise<void> {
  const account = await allo.partner.accounts.create({ email: "client@example.com", name: "Jane Doe", personal_mobile: "+33612345678", number_preference: { country: "FR", prefix: "+337" } });
  console.log(account.id, account.phone_numbers); // store account.api_key in a secret store now
}

/** GET /v2/api/partner/accounts/{id} */
export async function getPartnerAccountSample(): Promise<void> {
  const account = await allo.partner.accounts.get("usr_2NfDKEm9sF8xK3pQr1Zt");
  console.log(account.status, account.activated);
}

/** DELETE /v2/api/partner/accounts/{id} */
export async function deletePartnerAccountSample(): Promise<void> {
  await allo.partner.accounts.delete("usr_2NfDKEm9sF8xK3pQr1Zt");
}

/** GET /v1/api/numbers */
export async function listNumbersSample(): Promise<void> {
  for (const n of await allo.numbers.list()) console.log(n.name, n.number, n.country);
}

/** POST /v1/api/sms */
export async function sendSmsSample(): Promise<void> {
  await allo.sms.send({ from: "+13055550180", to: "+13055550142", message: "Your order shipped" });
  await allo.sms.sendFrance({ sender_id: "MyCompany", to: "+33612345678", message: "Bonjour" });
}

/** GET /v1/api/calls */
export async function searchCallsSample(): Promise<void> {
  const { results, metadata } = await allo.calls.search({ allo_number: "+13055550180", size: 20 });
  console.log(results.length, "of", metadata.pagination.total_pages, "pages");
}

/** GET /v1/api/contacts */
export async function searchContactsSample(): Promise<void> {
  const { results } = await allo.contacts.search({ page: 0, size: 50 });
}

/** POST /v1/api/contacts */
export async function createContactSample(): Promise<void> {
  const contact = await allo.contacts.create({
    numbers: ["+33612345678"],
    name: "Jean",
    last_name: "Dupont",
    emails: ["jean.dupont@example.com"],
  });
}

/** PUT /v1/api/contacts/{contact_id} */
export async function updateContactSample(): Promise<void> {
  await allo.contacts.update("cnt_abc123", { job_title: "CEO" });
}

/** GET /v1/api/contact/{contact_id} */
export async function getContactSample(): Promise<void> {
  const contact = await allo.contacts.get("cnt_abc123", { extend: ["engagement", "activity"] });
}

/** GET /v1/api/contact/{contact_id}/conversation */
export async function getContactConversationSample(): Promise<void> {
  for await (const entry of allo.contacts.conversationAll("cnt_abc123")) {
    console.log(entry.type, entry.call?.summary ?? entry.message?.content);
  }
}

/** GET /v1/api/webhooks */
export async function listWebhooksSample(): Promise<void> {
  const hooks = await allo.webhooks.list();
}

/** POST /v1/api/webhooks */
export async function createWebhookSample(): Promise<void> {
  const hook = await allo.webhooks.create({
    allo_number: "+13055550180",
    url: "https://example.com/webhooks/allo",
    topics: ["CALL_RECEIVED", "SMS_RECEIVED"],
    enabled: true,
  });
}

/** DELETE /v1/api/webhooks/{webhook_id} */
export async function deleteWebhookSample(): Promise<void> {
  await allo.webhooks.delete("wh_abc123");
}
