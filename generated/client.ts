/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

import type { AlloPromise } from "../src/allo-promise.js";
import type { MethodCaller } from "../src/operations/caller.js";
import type { Answer, Input, Item } from "../src/operations/types.js";
import type { PagingOptions, RequestOptions } from "../src/options.js";
import type { AllInput } from "../src/types.js";

/**
 * The members of the team. Scope `USERS_READ`.
 */
export interface UsersResource {
  /**
   * List team members.
   *
   * Every member of the key's team with their role and status; only the active ones unless
   * `status` says otherwise.
   *
   * In one answer: this list is not paginated. Filter by `role` to find the admins or managers.
   *
   * Scope: `USERS_READ`. `GET /v2/api/users`.
   * @example
   * const admins = await allo.users.list({ role: "ADMIN" });
   */
  list(input?: Input<"users.list">["query"], options?: RequestOptions): AlloPromise<Answer<"users.list">>;
  /**
   * Get a team member.
   *
   * One member of the key's team, by id.
   *
   * Scope: `USERS_READ`. `GET /v2/api/users/{id}`.
   * @example
   * const user = await allo.users.get("usr-abc123");
   */
  get(id: Input<"users.get">["path"]["id"], options?: RequestOptions): AlloPromise<Answer<"users.get">>;
}

/**
 * The team's tags, and tagging calls. Adding and removing take an Idempotency-Key, so they are
 * retried safely after a timeout. Scopes `TAGS_READ` (list), `TAGS_WRITE` (add, remove).
 */
export interface TagsResource {
  /**
   * List tags.
   *
   * Every tag configured on the team; a tag's `name` is the key that adding and removing tags
   * take.
   *
   * In one answer (not paginated). Allo's tags have no separate key field and its examples use
   * `name` as the key.
   *
   * Scope: `TAGS_READ`. `GET /v2/api/tags`.
   * @example
   * const tags = await allo.tags.list();
   */
  list(options?: RequestOptions): AlloPromise<Answer<"tags.list">>;
  /**
   * Add tags to a call.
   *
   * Applies one or more of the team's tags to a call. Pass tag keys (lowercase, slugified, as
   * listed by `GET /v2/api/tags`), not display names. Tags apply to calls only (an SMS item has
   * no tags).
   *
   * A tag already on the call is answered `409 TAG_ALREADY_EXISTS` and nothing changes: the tag
   * stays applied, so a caller that only wants the call tagged can treat it as done. Allo does
   * not say whether the other tags of the same request are still added in that case.
   *
   * Accepts an `Idempotency-Key`: a retry with the same key returns the stored answer.
   *
   * Scope: `TAGS_WRITE`. `POST /v2/api/conversations/items/{id}/tags`.
   * @example
   * await allo.tags.add("cll-abc123", ["qualified", "follow_up"]);
   */
  add(id: Input<"tags.add">["path"]["id"], tags: Input<"tags.add">["body"]["tags"], options?: RequestOptions): AlloPromise<Answer<"tags.add">>;
  /**
   * Remove a tag from a call.
   *
   * Takes one tag off a call, by the tag's key. A tag that is not on the call is answered
   * `404 TAG_NOT_FOUND`; a caller that only wants the tag gone can treat it as done.
   *
   * Accepts an `Idempotency-Key`: a retry with the same key returns the stored answer.
   *
   * Scope: `TAGS_WRITE`. `DELETE /v2/api/conversations/items/{id}/tags/{tag}`.
   * @example
   * await allo.tags.remove("cll-abc123", "qualified");
   */
  remove(id: Input<"tags.remove">["path"]["id"], tag: Input<"tags.remove">["path"]["tag"], options?: RequestOptions): AlloPromise<Answer<"tags.remove">>;
}

/**
 * The team's phone numbers and sender IDs, with their capabilities and members (v2). Scope `PHONE_NUMBERS_READ`.
 */
export interface PhoneNumbersResource {
  /**
   * List phone numbers and sender IDs.
   *
   * Every phone number and sender ID of the team, with what each supports (voice, SMS, MMS) and
   * who may use it: where to find the `allo_number` other operations need.
   *
   * In one answer (not paginated). A sender ID is alphanumeric and has no `number`.
   *
   * Scope: `PHONE_NUMBERS_READ`. `GET /v2/api/numbers`.
   * @example
   * const numbers = await allo.phoneNumbers.list();
   */
  list(options?: RequestOptions): AlloPromise<Answer<"phoneNumbers.list">>;
}

/**
 * Calls and SMS across all conversations, keyword search over transcripts, reads by id. Scopes `CONVERSATIONS_READ` (search, batchGet, get), `CONVERSATIONS_WRITE` (updateSummary).
 */
export interface ConversationItemsResource {
  /**
   * Search calls and texts.
   *
   * One page of calls and texts across all conversations, filtered by number, member, direction,
   * type, result, tags, read state and days, and searched by keywords.
   *
   * To count matches only, send `size: 1` and read `pagination.total_count`. Every field of the
   * body is optional and so is the body: without one, every item comes back, newest first.
   * `page` and `size` go in the body; read pages until `pagination.has_more` is false.
   *
   * `search` takes keywords, not a question: the words must all match (AND), each as a prefix,
   * in call transcripts, call summaries and text content. `sort: RELEVANCE` ranks by match quality.
   *
   * `date` (days, both included, `from` not after `to`: otherwise `400 INVALID_DATE_RANGE`) is
   * the date filter.
   *
   * Being a POST, a search counts against the write limit (5 per second).
   *
   * Scope: `CONVERSATIONS_READ`. `POST /v2/api/conversations/items/search`.
   * @example
   * const { results, pagination } = await allo.conversations.items.search({
   *   search: "billing issues",
   *   type: "CALL",
   *   sort: "RELEVANCE",
   *   date: { from: "2026-01-01", to: "2026-04-21" },
   * });
   */
  search(input?: Input<"conversations.items.search">["body"], options?: RequestOptions): AlloPromise<Answer<"conversations.items.search">>;
  /**
   * Every item of `conversations.items.search`, page after page from page 1, fetched as you iterate: `concurrency` pages at once
   * (4 by default), yielded in order. `size` is the page size asked (100 unless given). Stopping the
   * loop cancels the pages fetched ahead.
   * @example
   * for await (const item of allo.conversations.items.searchAll()) console.log(item);
   */
  searchAll(input?: AllInput<Input<"conversations.items.search">["body"]>, options?: PagingOptions): AsyncGenerator<Item<"conversations.items.search">, void, undefined>;
  /**
   * Get up to 100 calls and texts by id.
   *
   * Full details (summary, tags, recording, ...) of up to 100 calls and texts in one request,
   * for ids found elsewhere (an analytics drill-down, a webhook, a list).
   *
   * Ids that match nothing are left out of the answer rather than failing it; more than 100 ids
   * is `400 BATCH_TOO_LARGE`. The answer is not paginated.
   *
   * Scope: `CONVERSATIONS_READ`. `POST /v2/api/conversations/items/batch`.
   * @example
   * const items = await allo.conversations.items.batchGet(["cll-abc123", "cll-def456", "cll-ghi789"]);
   */
  batchGet(ids: Input<"conversations.items.batchGet">["body"]["ids"], input?: Input<"conversations.items.batchGet">["query"], options?: RequestOptions): AlloPromise<Answer<"conversations.items.batchGet">>;
  /**
   * Get a call or a text.
   *
   * One call (`cll-...`) or text (`msg-...`) with everything Allo has on it: matched contacts,
   * summary, tags, recording; add `extend=transcript` for the call's full transcript.
   *
   * An id with another prefix is `400 INVALID_ITEM_ID`.
   *
   * Scope: `CONVERSATIONS_READ`. `GET /v2/api/conversations/items/{id}`.
   * @example
   * const call = await allo.conversations.items.get("cll-abc123", { extend: ["transcript"] });
   */
  get(id: Input<"conversations.items.get">["path"]["id"], input?: Input<"conversations.items.get">["query"], options?: RequestOptions): AlloPromise<Answer<"conversations.items.get">>;
  /**
   * Replace a call's summary.
   *
   * Replaces the markdown of a call's AI summary with `content` (the whole new text, at most
   * 100,000 characters) and answers the summary with its new `version`. Only calls have
   * summaries: a text id (`msg-...`) is `400 INVALID_ITEM_ID`. When the call has more than one
   * completed summary, `template_key` says which one to replace
   * (`400 SUMMARY_TEMPLATE_KEY_REQUIRED` without it); a key the call has no completed summary
   * for is `404 SUMMARY_TEMPLATE_NOT_FOUND`. Allo does not say how `template_key` relates to the
   * team's summary templates.
   *
   * Allo does not document an `Idempotency-Key` for this operation. Sending the same content
   * again leaves the same text (its `version` may still go up).
   *
   * Scope: `CONVERSATIONS_WRITE`. `PATCH /v2/api/conversations/items/{id}/summary`.
   * @example
   * const summary = await allo.conversations.items.updateSummary("cll-abc123", {
   *   content: "# Summary\n\nCustomer asked about pricing for the Pro plan.",
   * });
   */
  updateSummary(id: Input<"conversations.items.updateSummary">["path"]["id"], input: Input<"conversations.items.updateSummary">["body"], options?: RequestOptions): AlloPromise<Answer<"conversations.items.updateSummary">>;
}

/**
 * Conversations, every call and SMS with one external number; `items` searches and reads calls and texts. Scopes `CONVERSATIONS_READ` (list), `CONVERSATIONS_WRITE` (act).
 */
export interface ConversationsResource {
  /**
   * Calls and SMS across all conversations, keyword search over transcripts, reads by id.
   */
  readonly items: ConversationItemsResource;
  /**
   * List conversations.
   *
   * One page of conversations on an Allo number: one entry per external number, with the
   * contacts it matches and its latest call or text, the most recently active first.
   *
   * Page with `page` and `size` until `pagination.has_more` is false.
   * For an incremental sync, keep the newest `last_activity` you have seen and pass it as
   * `last_activity_since` next time. The full history of a conversation is in the items
   * (`POST /v2/api/conversations/items/search` with `contact_number`).
   *
   * `allo_number` is required (a missing one is `400 MISSING_ALLO_NUMBER`);
   * `GET /v2/api/numbers` lists the team's numbers.
   *
   * Scope: `CONVERSATIONS_READ`. `GET /v2/api/conversations`.
   * @example
   * const { results, pagination } = await allo.conversations.list({
   *   allo_number: "+14155550100",
   *   last_activity_since: "2026-04-20T10:00:00Z",
   * });
   */
  list(input: Input<"conversations.list">["query"], options?: RequestOptions): AlloPromise<Answer<"conversations.list">>;
  /**
   * Every item of `conversations.list`, page after page from page 1, fetched as you iterate: `concurrency` pages at once
   * (4 by default), yielded in order. `size` is the page size asked (100 unless given). Stopping the
   * loop cancels the pages fetched ahead.
   * @example
   * for await (const item of allo.conversations.listAll()) console.log(item);
   */
  listAll(input: AllInput<Input<"conversations.list">["query"]>, options?: PagingOptions): AsyncGenerator<Item<"conversations.list">, void, undefined>;
  /**
   * Mark a conversation read, unread, archived or unarchived.
   *
   * Marks the conversation with an external number read or unread, archives it (which also
   * marks all its items read) or unarchives it. Without `allo_number` the action applies on
   * every line of the team. Every action is idempotent: repeating one that is already in
   * effect changes nothing and answers 200. The operation also accepts an `Idempotency-Key`.
   *
   * **Required scope:** `CONVERSATIONS_WRITE` (Allo's pages disagree: a key refused with it may
   * need `CONVERSATIONS_READ`)
   *
   * Scope: `CONVERSATIONS_WRITE`. `PUT /v2/api/conversations/{contact_number}/action`.
   * @example
   * await allo.conversations.act("+14155551234", "READ", { allo_number: "+14155550100" });
   */
  act(contactNumber: Input<"conversations.act">["path"]["contact_number"], action: Input<"conversations.act">["body"]["action"], input?: Omit<Input<"conversations.act">["body"], "action">, options?: RequestOptions): AlloPromise<Answer<"conversations.act">>;
}

/**
 * Pre-computed call metrics and the outbound funnel. Both are POSTs that change nothing, so
 * they are retried like reads. Scope `CONVERSATIONS_READ`.
 */
export interface AnalyticsResource {
  /**
   * Team metrics.
   *
   * Team-wide call metrics over a period of days: total calls, talk time, calls longer than a
   * minute and answer rate, for the team and per member, each with its change over an optional
   * comparison period.
   *
   * Inbound and outbound calls count together. The metrics are pre-computed (`last_updated` says when); one total per period, no
   * `granularity` and no time series.
   *
   * Filter by team members (`user_ids`) or by lines (`allo_numbers`), not both: Allo refuses a
   * body that carries the two.
   *
   * Scope: `CONVERSATIONS_READ`. `POST /v2/api/analytics/overview`.
   * @example
   * const overview = await allo.analytics.overview({
   *   date: { from: "2026-03-25", to: "2026-04-21" },
   *   compare_date: { from: "2026-02-25", to: "2026-03-24" },
   * });
   */
  overview(input: Input<"analytics.overview">["body"], options?: RequestOptions): AlloPromise<Answer<"analytics.overview">>;
  /**
   * Outbound metrics.
   *
   * Outbound calling over a period of days: the dial funnel (dials, connected, conversations,
   * conversions), the same stages over time, a day-by-hour heatmap, a leaderboard per member and
   * the time spent ringing and talking.
   *
   * Each stage carries its share of dials; the time series has one point per `granularity` step.
   * Every count carries its value over the optional comparison period and the relative change.
   *
   * A conversion is a call carrying one of the tag keys sent in `tags`. Allo does not define
   * the `conversations` stage further (one team reads it as calls longer than a minute).
   *
   * `extend: "items"` with a `stage` adds `data.items`: one page (`page`, `size`) of the calls
   * behind that stage; fetch their details with `POST /v2/api/conversations/items/batch`.
   *
   * Filter by team members (`user_ids`) or by lines (`allo_numbers`), not both: Allo refuses a
   * body that carries the two.
   *
   * Scope: `CONVERSATIONS_READ`. `POST /v2/api/analytics/outbound`.
   * @example
   * const outbound = await allo.analytics.outbound({
   *   date: { from: "2026-03-25", to: "2026-04-21" },
   *   tags: ["meeting_booked"],
   *   granularity: "DAY",
   * });
   */
  outbound(input: Input<"analytics.outbound">["body"], options?: RequestOptions): AlloPromise<Answer<"analytics.outbound">>;
}

/**
 * People of the Allo CRM. Scopes `CRM_WRITE` (create, update), `CRM_READ` (search, get).
 */
export interface CrmPeopleResource {
  /**
   * Create a person.
   *
   * Adds a person to the CRM, optionally linked to an existing company (`company_id`; an
   * unknown company is refused). Allo answers 200 with the new person (not 201, unlike
   * companies and deals).
   *
   * Send a name (`name` or `last_name`) and at least one E.164 number in `numbers`: Allo's pages
   * disagree on which of the two is required, and both together satisfy either.
   *
   * A number that already belongs to another person of the team is refused with
   * `409 NUMBER_ALREADY_ASSIGNED`, whose error names the existing people; set
   * `allow_duplicate_number: true` to create the person anyway.
   *
   * Scope: `CRM_WRITE`. `POST /v2/api/crm/people`.
   * @example
   * const person = await allo.crm.people.create({ name: "John", last_name: "Doe", numbers: ["+33612345678"] });
   */
  create(input: Input<"crm.people.create">["body"], options?: RequestOptions): AlloPromise<Answer<"crm.people.create">>;
  /**
   * Search people.
   *
   * One page of the CRM's people, narrowed by named filters (combined with AND) and a free-text
   * `search` across names, emails, phone numbers and company names.
   *
   * Results come in one of six orders (default `DATE_DESC`). `page` and `size` go in the body
   * (1-indexed, 20 per page by default, 100 at most); read pages until `pagination.has_more` is
   * false. Every field is optional and the body may be left out.
   *
   * Scope: `CRM_READ`. `POST /v2/api/crm/people/search`.
   * @example
   * const { results, pagination } = await allo.crm.people.search({ filters: { job_title: "engineer", company: "Acme" }, sort: "NAME_ASC" });
   */
  search(input?: Input<"crm.people.search">["body"], options?: RequestOptions): AlloPromise<Answer<"crm.people.search">>;
  /**
   * Every item of `crm.people.search`, page after page from page 1, fetched as you iterate: `concurrency` pages at once
   * (4 by default), yielded in order. `size` is the page size asked (100 unless given). Stopping the
   * loop cancels the pages fetched ahead.
   * @example
   * for await (const item of allo.crm.people.searchAll({ filters: { job_title: "engineer", company: "Acme" }, sort: "NAME_ASC" })) console.log(item);
   */
  searchAll(input?: AllInput<Input<"crm.people.search">["body"]>, options?: PagingOptions): AsyncGenerator<Item<"crm.people.search">, void, undefined>;
  /**
   * Get a person.
   *
   * One person of the CRM by id (`per-...`).
   *
   * Ids of the contacts embedded in conversations (`cnt-...`) are a different shape; Allo does
   * not say whether they are accepted here.
   *
   * Scope: `CRM_READ`. `GET /v2/api/crm/people/{id}`.
   * @example
   * const person = await allo.crm.people.get("per-abc123");
   */
  get(id: Input<"crm.people.get">["path"]["id"], options?: RequestOptions): AlloPromise<Answer<"crm.people.get">>;
  /**
   * Update a person.
   *
   * Changes the fields sent and keeps the others (a partial update, although the method is
   * PUT). `numbers` and `emails`, when sent, replace the whole list. `company_id` links another
   * company; an empty string (`""`) removes the current one. `allow_duplicate_number` is not
   * accepted here.
   *
   * Scope: `CRM_WRITE`. `PUT /v2/api/crm/people/{id}`.
   * @example
   * const person = await allo.crm.people.update("per-abc123", { job_title: "CTO" });
   */
  update(id: Input<"crm.people.update">["path"]["id"], input: Input<"crm.people.update">["body"], options?: RequestOptions): AlloPromise<Answer<"crm.people.update">>;
}

/**
 * Companies of the Allo CRM. Scopes `CRM_WRITE` (create, update), `CRM_READ` (search, get).
 */
export interface CrmCompaniesResource {
  /**
   * Create a company.
   *
   * Adds a company to the CRM; only `name` is required. Allo answers 201 with the new company.
   * Link people to it with their `company_id`.
   *
   * Scope: `CRM_WRITE`. `POST /v2/api/crm/companies`.
   * @example
   * const company = await allo.crm.companies.create({ name: "Acme Corp", website: "https://acme.com", industry: "Technology" });
   */
  create(input: Input<"crm.companies.create">["body"], options?: RequestOptions): AlloPromise<Answer<"crm.companies.create">>;
  /**
   * Search companies.
   *
   * One page of the CRM's companies, narrowed by named filters on name, website and industry
   * (each "contains", combined with AND). Unlike people and deals, there is no free-text
   * `search` here.
   *
   * Results come in one of six orders (default `DATE_DESC`). `page` and `size` go in the body
   * (1-indexed, 20 per page by default, 100 at most); read pages until `pagination.has_more` is
   * false. Every field is optional and the body may be left out.
   *
   * Scope: `CRM_READ`. `POST /v2/api/crm/companies/search`.
   * @example
   * const { results, pagination } = await allo.crm.companies.search({ filters: { name: "Acme", industry: "Technology" }, sort: "NAME_ASC" });
   */
  search(input?: Input<"crm.companies.search">["body"], options?: RequestOptions): AlloPromise<Answer<"crm.companies.search">>;
  /**
   * Every item of `crm.companies.search`, page after page from page 1, fetched as you iterate: `concurrency` pages at once
   * (4 by default), yielded in order. `size` is the page size asked (100 unless given). Stopping the
   * loop cancels the pages fetched ahead.
   * @example
   * for await (const item of allo.crm.companies.searchAll({ filters: { name: "Acme", industry: "Technology" }, sort: "NAME_ASC" })) console.log(item);
   */
  searchAll(input?: AllInput<Input<"crm.companies.search">["body"]>, options?: PagingOptions): AsyncGenerator<Item<"crm.companies.search">, void, undefined>;
  /**
   * Get a company.
   *
   * One company of the CRM by id (`com-...`), with its count of people and interactions.
   *
   * Scope: `CRM_READ`. `GET /v2/api/crm/companies/{id}`.
   * @example
   * const company = await allo.crm.companies.get("com-xyz789");
   */
  get(id: Input<"crm.companies.get">["path"]["id"], options?: RequestOptions): AlloPromise<Answer<"crm.companies.get">>;
  /**
   * Update a company.
   *
   * Changes the fields sent and keeps the others (a partial update, although the method is
   * PUT).
   *
   * Scope: `CRM_WRITE`. `PUT /v2/api/crm/companies/{id}`.
   * @example
   * const company = await allo.crm.companies.update("com-xyz789", { industry: "SaaS" });
   */
  update(id: Input<"crm.companies.update">["path"]["id"], input: Input<"crm.companies.update">["body"], options?: RequestOptions): AlloPromise<Answer<"crm.companies.update">>;
}

/**
 * Deals of the Allo CRM, created here or synced from a CRM integration; they can be deleted. Scopes `CRM_WRITE` (create, update), `CRM_READ` (search, get), `CRM_DELETE` (delete).
 */
export interface CrmDeals {
  /**
   * Create a deal.
   *
   * Adds a deal to the CRM; only `name` is required. `status` is free text (`negotiation`,
   * `won`), not an enum. Allo answers 201 with the new deal.
   *
   * Scope: `CRM_WRITE`. `POST /v2/api/crm/deals`.
   * @example
   * const deal = await allo.crm.deals.create({ name: "Enterprise Plan", status: "negotiation", amount: 50000, currency: "USD" });
   */
  create(input: Input<"crm.deals.create">["body"], options?: RequestOptions): AlloPromise<Answer<"crm.deals.create">>;
  /**
   * Search deals.
   *
   * One page of the CRM's deals, narrowed by a status filter (`filters.stage`, exact match) and
   * a free-text `search` across deal names and company names.
   *
   * Results come in one of six orders (default `DATE_DESC`). `page` and `size` go in the body
   * (1-indexed, 20 per page by default, 100 at most); read pages until `pagination.has_more` is
   * false. Every field is optional and the body may be left out.
   *
   * Scope: `CRM_READ`. `POST /v2/api/crm/deals/search`.
   * @example
   * const { results, pagination } = await allo.crm.deals.search({ search: "Enterprise" });
   */
  search(input?: Input<"crm.deals.search">["body"], options?: RequestOptions): AlloPromise<Answer<"crm.deals.search">>;
  /**
   * Every item of `crm.deals.search`, page after page from page 1, fetched as you iterate: `concurrency` pages at once
   * (4 by default), yielded in order. `size` is the page size asked (100 unless given). Stopping the
   * loop cancels the pages fetched ahead.
   * @example
   * for await (const item of allo.crm.deals.searchAll({ search: "Enterprise" })) console.log(item);
   */
  searchAll(input?: AllInput<Input<"crm.deals.search">["body"]>, options?: PagingOptions): AsyncGenerator<Item<"crm.deals.search">, void, undefined>;
  /**
   * Get a deal.
   *
   * One deal of the CRM by id (`dea-...`).
   *
   * Scope: `CRM_READ`. `GET /v2/api/crm/deals/{id}`.
   * @example
   * const deal = await allo.crm.deals.get("dea-def456");
   */
  get(id: Input<"crm.deals.get">["path"]["id"], options?: RequestOptions): AlloPromise<Answer<"crm.deals.get">>;
  /**
   * Delete a deal.
   *
   * Deletes a deal from the CRM. Allo answers 204 with no body.
   *
   * Scope: `CRM_DELETE`. `DELETE /v2/api/crm/deals/{id}`.
   * @example
   * await allo.crm.deals.delete("dea-def456");
   */
  delete(id: Input<"crm.deals.delete">["path"]["id"], options?: RequestOptions): AlloPromise<Answer<"crm.deals.delete">>;
  /**
   * Update a deal.
   *
   * Changes the fields sent and keeps the others. Allo does not say how to unlink a deal from
   * its company.
   *
   * Scope: `CRM_WRITE`. `PATCH /v2/api/crm/deals/{id}`.
   * @example
   * const deal = await allo.crm.deals.update("dea-def456", { status: "won", closed_at: "2026-04-28T12:00:00" });
   */
  update(id: Input<"crm.deals.update">["path"]["id"], input: Input<"crm.deals.update">["body"], options?: RequestOptions): AlloPromise<Answer<"crm.deals.update">>;
}

/**
 * The Allo CRM, `people`, `companies` and `deals`.
 */
export interface CrmResource {
  /**
   * People of the Allo CRM.
   */
  readonly people: CrmPeopleResource;
  /**
   * Companies of the Allo CRM.
   */
  readonly companies: CrmCompaniesResource;
  /**
   * Deals of the Allo CRM, created here or synced from a CRM integration; they can be deleted.
   */
  readonly deals: CrmDeals;
}

/**
 * v2 webhook endpoints, one HTTPS URL for the whole workspace, subscribed to dotted topics,
 * every delivery signed with the endpoint's `signing_secret` (verify them with
 * `allo-client/webhooks`). Scope `WEBHOOKS_READ_WRITE`.
 */
export interface WebhookEndpointsResource {
  /**
   * List webhook endpoints.
   *
   * Every webhook endpoint of the workspace.
   *
   * Unpaginated. The list leaves out each endpoint's `signing_secret`; fetch one endpoint by id
   * to see it.
   *
   * **Required scope:** `WEBHOOKS_READ_WRITE` (Allo states it on the update operation only; the
   * same scope presumably covers every webhook-endpoint operation).
   *
   * Scope: `WEBHOOKS_READ_WRITE`. `GET /v2/api/webhooks`.
   * @example
   * const endpoints = await allo.webhookEndpoints.list();
   * console.log(endpoints.map((e) => `${e.url} ${e.topics.join(",")}`));
   */
  list(options?: RequestOptions): AlloPromise<Answer<"webhookEndpoints.list">>;
  /**
   * Create a webhook endpoint.
   *
   * Subscribes an HTTPS URL to one or more topics. The endpoint covers every number of the
   * workspace (v2 endpoints have no `allo_number`), and Allo signs each delivery with the
   * endpoint's `signing_secret` (`whsec_...`).
   *
   * **Store `signing_secret` as soon as this answer arrives:** do not count on fetching it again.
   *
   * **Required scope:** `WEBHOOKS_READ_WRITE` (Allo states it on the update operation only; its
   * integrations page asks for a key with this scope to create endpoints).
   *
   * Scope: `WEBHOOKS_READ_WRITE`. `POST /v2/api/webhooks`.
   * @example
   * const endpoint = await allo.webhookEndpoints.create({ url: "https://example.com/webhooks/allo", topics: ["call.received", "sms.received"], description: "Production event stream" });
   * console.log(endpoint.id, endpoint.signing_secret); // store the secret now
   */
  create(input: Input<"webhookEndpoints.create">["body"], options?: RequestOptions): AlloPromise<Answer<"webhookEndpoints.create">>;
  /**
   * List webhook topics.
   *
   * The catalogue of topics an endpoint can subscribe to, each with a short description.
   *
   * The list may grow: read `name` as an open value.
   *
   * **Required scope:** `WEBHOOKS_READ_WRITE` (not stated by Allo for this operation; it states
   * the scope on the update operation only).
   *
   * Scope: `WEBHOOKS_READ_WRITE`. `GET /v2/api/webhooks/event_types`.
   * @example
   * const topics = await allo.webhookEndpoints.eventTypes();
   * console.log(topics.map((t) => t.name));
   */
  eventTypes(options?: RequestOptions): AlloPromise<Answer<"webhookEndpoints.eventTypes">>;
  /**
   * Get a webhook endpoint.
   *
   * One endpoint by id. It may carry the `signing_secret`, but do not count on it: keep the one
   * stored when the endpoint was created.
   *
   * **Required scope:** `WEBHOOKS_READ_WRITE` (Allo states it on the update operation only; the
   * same scope presumably covers this one).
   *
   * Scope: `WEBHOOKS_READ_WRITE`. `GET /v2/api/webhooks/{webhook_id}`.
   * @example
   * const endpoint = await allo.webhookEndpoints.get("ep_2NfDKEm9sF8xK3pQr1Zt");
   * console.log(endpoint.enabled, endpoint.topics);
   */
  get(webhookId: Input<"webhookEndpoints.get">["path"]["webhook_id"], options?: RequestOptions): AlloPromise<Answer<"webhookEndpoints.get">>;
  /**
   * Update a webhook endpoint.
   *
   * Changes only the fields sent (at least one); the others keep their value. `topics`, when
   * sent, replaces the whole set. Send `enabled: false` to pause deliveries without deleting the
   * endpoint, `enabled: true` to resume them (for instance after Allo disabled an endpoint that
   * failed for 5 days).
   *
   * Scope: `WEBHOOKS_READ_WRITE`. `PUT /v2/api/webhooks/{webhook_id}`.
   * @example
   * const endpoint = await allo.webhookEndpoints.update("ep_2NfDKEm9sF8xK3pQr1Zt", { topics: ["call.received", "call.completed"], enabled: false });
   */
  update(webhookId: Input<"webhookEndpoints.update">["path"]["webhook_id"], input: Input<"webhookEndpoints.update">["body"], options?: RequestOptions): AlloPromise<Answer<"webhookEndpoints.update">>;
  /**
   * Delete a webhook endpoint.
   *
   * Deletes the endpoint for good, with its delivery history. Deliveries stop; to stop them only
   * for a while, update the endpoint with `enabled: false` instead.
   *
   * **Required scope:** `WEBHOOKS_READ_WRITE` (Allo states it on the update operation only; the
   * same scope presumably covers this one).
   *
   * Scope: `WEBHOOKS_READ_WRITE`. `DELETE /v2/api/webhooks/{webhook_id}`.
   * @example
   * await allo.webhookEndpoints.delete("ep_2NfDKEm9sF8xK3pQr1Zt");
   */
  delete(webhookId: Input<"webhookEndpoints.delete">["path"]["webhook_id"], options?: RequestOptions): AlloPromise<Answer<"webhookEndpoints.delete">>;
}

/**
 * Templates that shape the AI summaries of calls, and each number's default. Scopes `SUMMARY_TEMPLATES_READ` (list, get), `SUMMARY_TEMPLATES_WRITE` (create, update, delete, setNumberDefault).
 */
export interface SummaryTemplatesResource {
  /**
   * List summary templates.
   *
   * The team's call-summary templates, unpaginated.
   *
   * **Required scope:** `SUMMARY_TEMPLATES_READ` (presumed: Allo does not say which scope this
   * operation needs; the scope exists in its OAuth scope list, and the writes need
   * `SUMMARY_TEMPLATES_WRITE`).
   *
   * Scope: `SUMMARY_TEMPLATES_READ`. `GET /v2/api/summary_templates`.
   * @example
   * const templates = await allo.summaryTemplates.list();
   * console.log(templates.map((t) => `${t.id} ${t.name}`));
   */
  list(options?: RequestOptions): AlloPromise<Answer<"summaryTemplates.list">>;
  /**
   * Create a summary template.
   *
   * Adds a template to the team. Only `name` is required; up to 10 sections, each with a title
   * and its order. To have a number's calls summarized with it, make it that number's default
   * (`PUT /v2/api/numbers/{number}/default_summary_template`).
   *
   * Accepts an `Idempotency-Key`: a retry with the same key returns the stored answer and creates
   * nothing more.
   *
   * Scope: `SUMMARY_TEMPLATES_WRITE`. `POST /v2/api/summary_templates`.
   * @example
   * const template = await allo.summaryTemplates.create({ name: "Sales call", call_context: "B2B SaaS sales calls", sections: [{ title: "Next steps", instructions: "What was agreed", order: 0 }] });
   */
  create(input: Input<"summaryTemplates.create">["body"], options?: RequestOptions): AlloPromise<Answer<"summaryTemplates.create">>;
  /**
   * Get a summary template.
   *
   * One template of the team by id.
   *
   * **Required scope:** `SUMMARY_TEMPLATES_READ` (presumed: Allo does not say which scope this
   * operation needs; the scope exists in its OAuth scope list).
   *
   * Scope: `SUMMARY_TEMPLATES_READ`. `GET /v2/api/summary_templates/{id}`.
   * @example
   * const template = await allo.summaryTemplates.get("tst-abc123");
   * console.log(template.name, template.sections?.length);
   */
  get(id: Input<"summaryTemplates.get">["path"]["id"], options?: RequestOptions): AlloPromise<Answer<"summaryTemplates.get">>;
  /**
   * Replace a summary template.
   *
   * Replaces the template with what you send: `name`, `call_context`, `icon` and `sections` all
   * take the new values, and any of `call_context`, `icon` or `sections` you leave out is
   * cleared. Send the full template every time (read it first to change one field).
   *
   * Scope: `SUMMARY_TEMPLATES_WRITE`. `PUT /v2/api/summary_templates/{id}`.
   * @example
   * const current = await allo.summaryTemplates.get("tst-abc123");
   * const updated = await allo.summaryTemplates.update("tst-abc123", { name: current.name, call_context: "B2B SaaS sales calls, EMEA" });
   */
  update(id: Input<"summaryTemplates.update">["path"]["id"], input: Input<"summaryTemplates.update">["body"], options?: RequestOptions): AlloPromise<Answer<"summaryTemplates.update">>;
  /**
   * Delete a summary template.
   *
   * Deactivates the template (a soft delete): new calls are no longer summarized with it, and
   * updating or deleting it again answers `404 SUMMARY_TEMPLATE_NOT_FOUND` (only active
   * templates count). Summaries it already produced stay as they are.
   *
   * Scope: `SUMMARY_TEMPLATES_WRITE`. `DELETE /v2/api/summary_templates/{id}`.
   * @example
   * await allo.summaryTemplates.delete("tst-abc123");
   */
  delete(id: Input<"summaryTemplates.delete">["path"]["id"], options?: RequestOptions): AlloPromise<Answer<"summaryTemplates.delete">>;
  /**
   * Set a number's default summary template.
   *
   * Chooses the template that summarizes the new calls of one of your numbers, or clears it:
   * with `summary_template_id: null` (or without the field) the number goes back to Allo's
   * standard summary. Calls already summarized keep their summary.
   *
   * Scope: `SUMMARY_TEMPLATES_WRITE`. `PUT /v2/api/numbers/{number}/default_summary_template`.
   * @example
   * await allo.summaryTemplates.setNumberDefault("+14155551234", { summary_template_id: "tst-abc123" });
   */
  setNumberDefault(number: Input<"summaryTemplates.setNumberDefault">["path"]["number"], input: Input<"summaryTemplates.setNumberDefault">["body"], options?: RequestOptions): AlloPromise<Answer<"summaryTemplates.setNumberDefault">>;
}

/**
 * The Power Dialer queue of the key's user, or of a teammate by `user_id` or `email`. Each user
 * has at most one current queue, created the first time numbers are appended or the queue is reset. Scope `DIALING_QUEUE_READ_WRITE`.
 */
export interface DialingQueueResource {
  /**
   * Get the current queue.
   *
   * One page of the current Power Dialer queue, by position: the key owner's unless `user_id` or
   * `email` names a teammate's, its id, name and settings in `queue`.
   *
   * `data` holds the entries and `pagination` says where the page sits; `queue` is the same on
   * every page. When the user has no queue the answer is still `200`: `data` is empty,
   * `pagination` is zeroed and `queue` is absent. Test for `queue` rather than for a 404.
   *
   * Scope: `DIALING_QUEUE_READ_WRITE`. `GET /v2/api/dialing-queues/current`.
   * @example
   * const { results, pagination, queue } = await allo.dialingQueue.get({ size: 50 });
   * console.log(queue?.name ?? "no queue", results.length, "of", pagination.total_count);
   */
  get(input?: Input<"dialingQueue.get">["query"], options?: RequestOptions): AlloPromise<Answer<"dialingQueue.get">>;
  /**
   * Every item of `dialingQueue.get`, page after page from page 1, fetched as you iterate: `concurrency` pages at once
   * (4 by default), yielded in order. `size` is the page size asked (100 unless given). Stopping the
   * loop cancels the pages fetched ahead.
   * @example
   * for await (const item of allo.dialingQueue.getAll({ size: 50 })) console.log(item);
   */
  getAll(input?: AllInput<Input<"dialingQueue.get">["query"]>, options?: PagingOptions): AsyncGenerator<Item<"dialingQueue.get">, void, undefined>;
  /**
   * Reset the current queue.
   *
   * Starts a new, empty queue for the user, which becomes the current one: the previous queue of
   * the same assignee is no longer returned (the newest queue wins). The body is optional; with
   * `user_id` or `email` the queue is made for a teammate, with the key's owner as its creator.
   *
   * Scope: `DIALING_QUEUE_READ_WRITE`. `POST /v2/api/dialing-queues/current`.
   * @example
   * const queue = await allo.dialingQueue.reset({ name: "Monday cold calls" });
   */
  reset(input?: Input<"dialingQueue.reset">["body"], options?: RequestOptions): AlloPromise<Answer<"dialingQueue.reset">>;
  /**
   * Update the current queue.
   *
   * Changes the current queue's name or settings, creating the queue when the user has none.
   * Only the fields sent change. With `user_id` or `email`, the teammate's queue.
   *
   * Scope: `DIALING_QUEUE_READ_WRITE`. `PATCH /v2/api/dialing-queues/current`.
   * @example
   * const queue = await allo.dialingQueue.update({ name: "Cold Calls", voicemail_handling: "SKIP" });
   */
  update(input: Input<"dialingQueue.update">["body"], options?: RequestOptions): AlloPromise<Answer<"dialingQueue.update">>;
  /**
   * Append numbers to the current queue.
   *
   * Adds 1 to 1,000 numbers at the end of the current queue, creating the queue when there is
   * none (for a teammate named by `user_id` or `email`, with the key's owner as its creator).
   * Numbers may be in any format: Allo normalizes them to E.164, and lists those it cannot read
   * under `skipped` instead of failing the request. Optional details (name, company, ...) create
   * or match the contact.
   *
   * A queue holds at most 1,000 numbers (`400 DIALING_QUEUE_LIMIT_REACHED`). Two appends at the
   * same moment may collide (`409 DIALING_QUEUE_APPEND_CONFLICT`): send the request again.
   *
   * Scope: `DIALING_QUEUE_READ_WRITE`. `POST /v2/api/dialing-queues/current/numbers`.
   * @example
   * const { added, skipped } = await allo.dialingQueue.appendNumbers({ numbers: [{ number: "+12125550010", name: "John", last_name: "Doe" }] });
   */
  appendNumbers(input: Input<"dialingQueue.appendNumbers">["body"], options?: RequestOptions): AlloPromise<Answer<"dialingQueue.appendNumbers">>;
  /**
   * Remove numbers from the current queue.
   *
   * Removes entries from the current queue, chosen by exactly one kind of filter in the query:
   *
   * - `number`: every entry with this number (any format; Allo normalizes it to E.164);
   * - `position`: the entry at this position (from 0);
   * - `number` and `position` together: that one entry, when the number appears more than once;
   * - `unassigned=true`: every entry not called yet. It cannot be combined with `number` or
   *   `position`.
   *
   * No filter is `400 DIALING_QUEUE_DELETE_FILTER_REQUIRED`; `unassigned` with another filter is
   * `400 DIALING_QUEUE_DELETE_FILTER_CONFLICT`; an unreadable `number` is
   * `400 INVALID_PHONE_NUMBER`. A user without a queue is `404 DIALING_QUEUE_NOT_FOUND`, an empty
   * position `404 QUEUE_NUMBER_POSITION_NOT_FOUND`. `user_id` or `email` pick a teammate's queue.
   *
   * Scope: `DIALING_QUEUE_READ_WRITE`. `DELETE /v2/api/dialing-queues/current/numbers`.
   * @example
   * const { removed } = await allo.dialingQueue.removeNumbers({ number: "+12125550010" });
   */
  removeNumbers(input: Input<"dialingQueue.removeNumbers">["query"], options?: RequestOptions): AlloPromise<Answer<"dialingQueue.removeNumbers">>;
}

/**
 * Customer accounts provisioned by your key. Scope `PARTNER`.
 */
export interface PartnerAccountsResource {
  /**
   * Create a customer account.
   *
   * For resellers: creates an Allo account for one of your customers, provisions a phone number
   * for it (attached to the customer's existing mobile) and returns an API key scoped to that
   * account. The account is billed as one seat on your subscription.
   *
   * The answer's `api_key` is a secret of the customer's account, not of yours, and it is shown
   * only here: store it at once in a secret store and keep it out of logs.
   *
   * A seat that cannot be billed is `402` (`PARTNER_SUBSCRIPTION_NOT_BILLABLE`,
   * `PARTNER_BILLING_FAILED`); an existing account or no available number is `409`
   * (`PARTNER_ACCOUNT_ALREADY_EXISTS`, `NO_NUMBER_AVAILABLE`).
   *
   * Scope: `PARTNER`. `POST /v2/api/partner/accounts`.
   * @example
   * const account = await allo.partner.accounts.create({ email: "client@example.com", name: "Jane Doe", personal_mobile: "+33612345678", number_preference: { country: "FR", prefix: "+337" } });
   * console.log(account.id, account.phone_numbers); // store account.api_key in a secret store now
   */
  create(input: Input<"partner.accounts.create">["body"], options?: RequestOptions): AlloPromise<Answer<"partner.accounts.create">>;
  /**
   * Get a customer account.
   *
   * The state of an account you provisioned: its numbers, its status and whether the customer
   * has signed in yet (`activated`).
   *
   * The API key is not returned again (`api_key` is null or absent).
   *
   * Scope: `PARTNER`. `GET /v2/api/partner/accounts/{id}`.
   * @example
   * const account = await allo.partner.accounts.get("usr_2NfDKEm9sF8xK3pQr1Zt");
   * console.log(account.status, account.activated);
   */
  get(id: Input<"partner.accounts.get">["path"]["id"], options?: RequestOptions): AlloPromise<Answer<"partner.accounts.get">>;
  /**
   * Deactivate a customer account.
   *
   * Deactivates an account you provisioned and releases its seat on your subscription. The
   * account keeps working until the end of the period already paid, then expires.
   *
   * Scope: `PARTNER`. `DELETE /v2/api/partner/accounts/{id}`.
   * @example
   * await allo.partner.accounts.delete("usr_2NfDKEm9sF8xK3pQr1Zt");
   */
  delete(id: Input<"partner.accounts.delete">["path"]["id"], options?: RequestOptions): AlloPromise<Answer<"partner.accounts.delete">>;
}

/**
 * For resellers, Allo accounts provisioned for customers.
 */
export interface PartnerResource {
  /**
   * Customer accounts provisioned by your key.
   */
  readonly accounts: PartnerAccountsResource;
}

/**
 * The account's Allo numbers (v1). For capabilities and sender IDs, see `allo.phoneNumbers` (v2). Scope `CONVERSATIONS_READ`.
 */
export interface NumbersResource {
  /**
   * List phone numbers.
   *
   * Lists the Allo numbers connected to the account.
   *
   * Scope: `CONVERSATIONS_READ`. `GET /v1/api/numbers`.
   * @example
   * for (const n of await allo.numbers.list()) console.log(n.name, n.number, n.country);
   */
  list(options?: RequestOptions): AlloPromise<Answer<"numbers.list">>;
}

/**
 * Outbound SMS, billed per segment (v1: Allo has no v2 SMS path). A send is retried only when
 * the API proves it did nothing (a 429, a refused connection), so the client never sends a text
 * twice. Allo does not deduplicate SMS: with an `idempotencyKey`, the client does, in its
 * `stores` (shared between processes with allo-client/redis). Scope `SMS_SEND`.
 */
export interface SmsResource {
  /**
   * Send an SMS.
   *
   * Sends one SMS. The body takes one of two shapes:
   *
   * - **US / international**: `{ from, to, message }`, where `from` is one of your Allo numbers and
   *   `to` is in the same country.
   * - **France**: `{ sender_id, to, message }`, where `sender_id` is an alphanumeric sender
   *   (3 to 11 characters) verified beforehand by Allo support.
   *
   * Billed per segment. `message` is 1 to 1000 characters.
   *
   * Scope: `SMS_SEND`. `POST /v1/api/sms`.
   * @example
   * await allo.sms.send({ from: "+13055550180", to: "+13055550142", message: "Your order shipped" });
   * await allo.sms.sendFrance({ sender_id: "MyCompany", to: "+33612345678", message: "Bonjour" });
   */
  send(input: Input<"sms.send">["body"], options?: RequestOptions): AlloPromise<Answer<"sms.send">>;
  /**
   * Send an SMS.
   *
   * Sends one SMS. The body takes one of two shapes:
   *
   * - **US / international**: `{ from, to, message }`, where `from` is one of your Allo numbers and
   *   `to` is in the same country.
   * - **France**: `{ sender_id, to, message }`, where `sender_id` is an alphanumeric sender
   *   (3 to 11 characters) verified beforehand by Allo support.
   *
   * Billed per segment. `message` is 1 to 1000 characters.
   *
   * Scope: `SMS_SEND`. `POST /v1/api/sms`.
   * @example
   * await allo.sms.send({ from: "+13055550180", to: "+13055550142", message: "Your order shipped" });
   * await allo.sms.sendFrance({ sender_id: "MyCompany", to: "+33612345678", message: "Bonjour" });
   */
  sendFrance(input: Input<"sms.sendFrance">["body"], options?: RequestOptions): AlloPromise<Answer<"sms.sendFrance">>;
  /**
   * Frees an idempotency key of this resource's sends, whatever happened under it: the next send
   * under it goes out. For a key refused as `unknown`, once you have checked that its send did not
   * go out (or decided to send it again anyway).
   * @example
   * await allo.sms.forget(`reminder-${appointment.id}`);
   */
  forget(idempotencyKey: string): Promise<void>;
}

/**
 * Call history of one Allo number (v1). Scope `CONVERSATIONS_READ`.
 */
export interface CallsResource {
  /**
   * Search calls.
   *
   * Call history of one of your Allo numbers, newest first, optionally limited to one contact.
   *
   * Its pagination metadata is flat: `metadata.total_pages`, `metadata.current_page`.
   *
   * Scope: `CONVERSATIONS_READ`. `GET /v1/api/calls`.
   * @example
   * const { results, metadata } = await allo.calls.search({ allo_number: "+13055550180", size: 20 });
   * console.log(results.length, "of", metadata.pagination.total_pages, "pages");
   */
  search(input: Input<"calls.search">["query"], options?: RequestOptions): AlloPromise<Answer<"calls.search">>;
  /**
   * Every item of `calls.search`, page after page from page 0, fetched as you iterate: `concurrency` pages at once
   * (4 by default), yielded in order. `size` is the page size asked (100 unless given). Stopping the
   * loop cancels the pages fetched ahead.
   * @example
   * for await (const item of allo.calls.searchAll({ allo_number: "+13055550180", size: 20 })) console.log(item);
   */
  searchAll(input: AllInput<Input<"calls.search">["query"]>, options?: PagingOptions): AsyncGenerator<Item<"calls.search">, void, undefined>;
}

/**
 * Contacts and their conversations (v1). A missing contact is `AlloApiError` with code
 * `CONTACT_NOT_FOUND` (the API answers 400, not 404). Scopes `CONTACTS_READ` (search, get), `CONTACTS_READ_WRITE` (create, update), `CONVERSATIONS_READ` (conversation).
 */
export interface ContactsResource {
  /**
   * Search contacts.
   *
   * One page of the account's contacts.
   *
   * Scope: `CONTACTS_READ`. `GET /v1/api/contacts`.
   * @example
   * const { results } = await allo.contacts.search({ page: 0, size: 50 });
   */
  search(input?: Input<"contacts.search">["query"], options?: RequestOptions): AlloPromise<Answer<"contacts.search">>;
  /**
   * Every item of `contacts.search`, page after page from page 0, fetched as you iterate: `concurrency` pages at once
   * (4 by default), yielded in order. `size` is the page size asked (100 unless given). Stopping the
   * loop cancels the pages fetched ahead.
   * @example
   * for await (const item of allo.contacts.searchAll({ size: 50 })) console.log(item);
   */
  searchAll(input?: AllInput<Input<"contacts.search">["query"]>, options?: PagingOptions): AsyncGenerator<Item<"contacts.search">, void, undefined>;
  /**
   * Create a contact.
   *
   * Creates a contact. `numbers` is required: at least one number, in E.164.
   *
   * Scope: `CONTACTS_READ_WRITE`. `POST /v1/api/contacts`.
   * @example
   * const contact = await allo.contacts.create({
   *   numbers: ["+33612345678"],
   *   name: "Jean",
   *   last_name: "Dupont",
   *   emails: ["jean.dupont@example.com"],
   * });
   */
  create(input: Input<"contacts.create">["body"], options?: RequestOptions): AlloPromise<Answer<"contacts.create">>;
  /**
   * Update a contact.
   *
   * Updates the given fields of a contact. `emails` and `numbers`, when given, **replace** the stored
   * arrays. A missing contact is answered with `400 CONTACT_NOT_FOUND`.
   *
   * Scope: `CONTACTS_READ_WRITE`. `PUT /v1/api/contacts/{contact_id}`.
   * @example
   * await allo.contacts.update("cnt_abc123", { job_title: "CEO" });
   */
  update(contactId: Input<"contacts.update">["path"]["contact_id"], input: Input<"contacts.update">["body"], options?: RequestOptions): AlloPromise<Answer<"contacts.update">>;
  /**
   * Get a contact.
   *
   * One contact by id (note the singular `/contact/`). A missing contact is answered with
   * `400 CONTACT_NOT_FOUND`.
   *
   * Scope: `CONTACTS_READ`. `GET /v1/api/contact/{contact_id}`.
   * @example
   * const contact = await allo.contacts.get("cnt_abc123", { extend: ["engagement", "activity"] });
   */
  get(contactId: Input<"contacts.get">["path"]["contact_id"], input?: Input<"contacts.get">["query"], options?: RequestOptions): AlloPromise<Answer<"contacts.get">>;
  /**
   * Get a contact's conversation.
   *
   * Calls and SMS with one contact, merged in chronological order, one page at a time.
   *
   * Scope: `CONVERSATIONS_READ`. `GET /v1/api/contact/{contact_id}/conversation`.
   * @example
   * for await (const entry of allo.contacts.conversationAll("cnt_abc123")) {
   *   console.log(entry.type, entry.call?.summary ?? entry.message?.content);
   * }
   */
  conversation(contactId: Input<"contacts.conversation">["path"]["contact_id"], input?: Input<"contacts.conversation">["query"], options?: RequestOptions): AlloPromise<Answer<"contacts.conversation">>;
  /**
   * Every item of `contacts.conversation`, page after page from page 0, fetched as you iterate: `concurrency` pages at once
   * (4 by default), yielded in order. `size` is the page size asked (100 unless given). Stopping the
   * loop cancels the pages fetched ahead.
   * @example
   * for await (const item of allo.contacts.conversationAll()) console.log(item);
   */
  conversationAll(contactId: Input<"contacts.conversation">["path"]["contact_id"], input?: AllInput<Input<"contacts.conversation">["query"]>, options?: PagingOptions): AsyncGenerator<Item<"contacts.conversation">, void, undefined>;
}

/**
 * v1 webhook subscriptions, one per Allo number. New integrations use `allo.webhookEndpoints`
 * (v2: one endpoint for the workspace, signed deliveries). Scope `WEBHOOKS_READ_WRITE`.
 */
export interface WebhooksResource {
  /**
   * List webhooks.
   *
   * Every webhook subscription of the account.
   *
   * Scope: `WEBHOOKS_READ_WRITE`. `GET /v1/api/webhooks`.
   * @example
   * const hooks = await allo.webhooks.list();
   */
  list(options?: RequestOptions): AlloPromise<Answer<"webhooks.list">>;
  /**
   * Create a webhook.
   *
   * Subscribes an HTTPS URL to one or more topics for one of your Allo numbers.
   *
   * The answer names the number `alloNumber` (camelCase).
   *
   * Scope: `WEBHOOKS_READ_WRITE`. `POST /v1/api/webhooks`.
   * @example
   * const hook = await allo.webhooks.create({
   *   allo_number: "+13055550180",
   *   url: "https://example.com/webhooks/allo",
   *   topics: ["CALL_RECEIVED", "SMS_RECEIVED"],
   *   enabled: true,
   * });
   */
  create(input: Input<"webhooks.create">["body"], options?: RequestOptions): AlloPromise<Answer<"webhooks.create">>;
  /**
   * Delete a webhook.
   *
   * Deletes a subscription. An unknown id is answered with `404 WEBHOOK_NOT_FOUND`.
   *
   * Scope: `WEBHOOKS_READ_WRITE`. `DELETE /v1/api/webhooks/{webhook_id}`.
   * @example
   * await allo.webhooks.delete("wh_abc123");
   */
  delete(webhookId: Input<"webhooks.delete">["path"]["webhook_id"], options?: RequestOptions): AlloPromise<Answer<"webhooks.delete">>;
}

/**
 * The API's operations as methods: every resource (`allo.sms`, `allo.crm.people`), and the operations at the top (`allo.me()`).
 */
export class AlloMethods {
  /**
   * The members of the team.
   */
  readonly users: UsersResource;
  /**
   * The team's tags, and tagging calls.
   */
  readonly tags: TagsResource;
  /**
   * The team's phone numbers and sender IDs, with their capabilities and members (v2).
   */
  readonly phoneNumbers: PhoneNumbersResource;
  /**
   * Conversations, every call and SMS with one external number; `items` searches and reads calls and texts.
   */
  readonly conversations: ConversationsResource;
  /**
   * Pre-computed call metrics and the outbound funnel.
   */
  readonly analytics: AnalyticsResource;
  /**
   * The Allo CRM, `people`, `companies` and `deals`.
   */
  readonly crm: CrmResource;
  /**
   * v2 webhook endpoints, one HTTPS URL for the whole workspace, subscribed to dotted topics,
   * every delivery signed with the endpoint's `signing_secret` (verify them with
   * `allo-client/webhooks`).
   */
  readonly webhookEndpoints: WebhookEndpointsResource;
  /**
   * Templates that shape the AI summaries of calls, and each number's default.
   */
  readonly summaryTemplates: SummaryTemplatesResource;
  /**
   * The Power Dialer queue of the key's user, or of a teammate by `user_id` or `email`.
   */
  readonly dialingQueue: DialingQueueResource;
  /**
   * For resellers, Allo accounts provisioned for customers.
   */
  readonly partner: PartnerResource;
  /**
   * The account's Allo numbers (v1).
   */
  readonly numbers: NumbersResource;
  /**
   * Outbound SMS, billed per segment (v1: Allo has no v2 SMS path).
   */
  readonly sms: SmsResource;
  /**
   * Call history of one Allo number (v1).
   */
  readonly calls: CallsResource;
  /**
   * Contacts and their conversations (v1).
   */
  readonly contacts: ContactsResource;
  /**
   * v1 webhook subscriptions, one per Allo number.
   */
  readonly webhooks: WebhooksResource;
  readonly #caller: MethodCaller;

  constructor(caller: MethodCaller) {
    this.#caller = caller;
    this.users = {
      list: (input = {}, options) => caller.call("users.list", { query: input }, options),
      get: (id, options) => caller.call("users.get", { path: { id } }, options),
    };
    this.tags = {
      list: (options) => caller.call("tags.list", {}, options),
      add: (id, tags, options) => caller.call("tags.add", { path: { id }, body: { tags } }, options),
      remove: (id, tag, options) => caller.call("tags.remove", { path: { id, tag } }, options),
    };
    this.phoneNumbers = {
      list: (options) => caller.call("phoneNumbers.list", {}, options),
    };
    this.conversations = {
      items: {
        search: (input = {}, options) => caller.call("conversations.items.search", { body: input }, options),
        searchAll: (input = {}, options) => caller.pages("conversations.items.search", { body: input }, options),
        batchGet: (ids, input = {}, options) => caller.call("conversations.items.batchGet", { query: input, body: { ids } }, options),
        get: (id, input = {}, options) => caller.call("conversations.items.get", { path: { id }, query: input }, options),
        updateSummary: (id, input, options) => caller.call("conversations.items.updateSummary", { path: { id }, body: input }, options),
      },
      list: (input, options) => caller.call("conversations.list", { query: input }, options),
      listAll: (input, options) => caller.pages("conversations.list", { query: input }, options),
      act: (contactNumber, action, input = {}, options) => caller.call("conversations.act", { path: { contact_number: contactNumber }, body: { ...input, action } }, options),
    };
    this.analytics = {
      overview: (input, options) => caller.call("analytics.overview", { body: input }, options),
      outbound: (input, options) => caller.call("analytics.outbound", { body: input }, options),
    };
    this.crm = {
      people: {
        create: (input, options) => caller.call("crm.people.create", { body: input }, options),
        search: (input = {}, options) => caller.call("crm.people.search", { body: input }, options),
        searchAll: (input = {}, options) => caller.pages("crm.people.search", { body: input }, options),
        get: (id, options) => caller.call("crm.people.get", { path: { id } }, options),
        update: (id, input, options) => caller.call("crm.people.update", { path: { id }, body: input }, options),
      },
      companies: {
        create: (input, options) => caller.call("crm.companies.create", { body: input }, options),
        search: (input = {}, options) => caller.call("crm.companies.search", { body: input }, options),
        searchAll: (input = {}, options) => caller.pages("crm.companies.search", { body: input }, options),
        get: (id, options) => caller.call("crm.companies.get", { path: { id } }, options),
        update: (id, input, options) => caller.call("crm.companies.update", { path: { id }, body: input }, options),
      },
      deals: {
        create: (input, options) => caller.call("crm.deals.create", { body: input }, options),
        search: (input = {}, options) => caller.call("crm.deals.search", { body: input }, options),
        searchAll: (input = {}, options) => caller.pages("crm.deals.search", { body: input }, options),
        get: (id, options) => caller.call("crm.deals.get", { path: { id } }, options),
        delete: (id, options) => caller.call("crm.deals.delete", { path: { id } }, options),
        update: (id, input, options) => caller.call("crm.deals.update", { path: { id }, body: input }, options),
      },
    };
    this.webhookEndpoints = {
      list: (options) => caller.call("webhookEndpoints.list", {}, options),
      create: (input, options) => caller.call("webhookEndpoints.create", { body: input }, options),
      eventTypes: (options) => caller.call("webhookEndpoints.eventTypes", {}, options),
      get: (webhookId, options) => caller.call("webhookEndpoints.get", { path: { webhook_id: webhookId } }, options),
      update: (webhookId, input, options) => caller.call("webhookEndpoints.update", { path: { webhook_id: webhookId }, body: input }, options),
      delete: (webhookId, options) => caller.call("webhookEndpoints.delete", { path: { webhook_id: webhookId } }, options),
    };
    this.summaryTemplates = {
      list: (options) => caller.call("summaryTemplates.list", {}, options),
      create: (input, options) => caller.call("summaryTemplates.create", { body: input }, options),
      get: (id, options) => caller.call("summaryTemplates.get", { path: { id } }, options),
      update: (id, input, options) => caller.call("summaryTemplates.update", { path: { id }, body: input }, options),
      delete: (id, options) => caller.call("summaryTemplates.delete", { path: { id } }, options),
      setNumberDefault: (number, input, options) => caller.call("summaryTemplates.setNumberDefault", { path: { number }, body: input }, options),
    };
    this.dialingQueue = {
      get: (input = {}, options) => caller.call("dialingQueue.get", { query: input }, options),
      getAll: (input = {}, options) => caller.pages("dialingQueue.get", { query: input }, options),
      reset: (input = {}, options) => caller.call("dialingQueue.reset", { body: input }, options),
      update: (input, options) => caller.call("dialingQueue.update", { body: input }, options),
      appendNumbers: (input, options) => caller.call("dialingQueue.appendNumbers", { body: input }, options),
      removeNumbers: (input, options) => caller.call("dialingQueue.removeNumbers", { query: input }, options),
    };
    this.partner = {
      accounts: {
        create: (input, options) => caller.call("partner.accounts.create", { body: input }, options),
        get: (id, options) => caller.call("partner.accounts.get", { path: { id } }, options),
        delete: (id, options) => caller.call("partner.accounts.delete", { path: { id } }, options),
      },
    };
    this.numbers = {
      list: (options) => caller.call("numbers.list", {}, options),
    };
    this.sms = {
      send: (input, options) => caller.call("sms.send", { body: input }, options),
      sendFrance: (input, options) => caller.call("sms.sendFrance", { body: input }, options),
      forget: (idempotencyKey) => caller.forget("sms.forget", idempotencyKey),
    };
    this.calls = {
      search: (input, options) => caller.call("calls.search", { query: input }, options),
      searchAll: (input, options) => caller.pages("calls.search", { query: input }, options),
    };
    this.contacts = {
      search: (input = {}, options) => caller.call("contacts.search", { query: input }, options),
      searchAll: (input = {}, options) => caller.pages("contacts.search", { query: input }, options),
      create: (input, options) => caller.call("contacts.create", { body: input }, options),
      update: (contactId, input, options) => caller.call("contacts.update", { path: { contact_id: contactId }, body: input }, options),
      get: (contactId, input = {}, options) => caller.call("contacts.get", { path: { contact_id: contactId }, query: input }, options),
      conversation: (contactId, input = {}, options) => caller.call("contacts.conversation", { path: { contact_id: contactId }, query: input }, options),
      conversationAll: (contactId, input = {}, options) => caller.pages("contacts.conversation", { path: { contact_id: contactId }, query: input }, options),
    };
    this.webhooks = {
      list: (options) => caller.call("webhooks.list", {}, options),
      create: (input, options) => caller.call("webhooks.create", { body: input }, options),
      delete: (webhookId, options) => caller.call("webhooks.delete", { path: { webhook_id: webhookId } }, options),
    };
  }

  /**
   * Describe the API key.
   *
   * What the API key is: its scopes, the endpoints it can call, its team and its rate limits.
   * Call it first.
   *
   * The endpoints are those the key's scopes allow: it says what an integration can do before it
   * calls anything else.
   *
   * Needs no scope. `GET /v2/api/me`.
   * @example
   * const me = await allo.me();
   * console.log(me.scopes, me.rate_limits.read_per_second);
   */
  me(options?: RequestOptions): AlloPromise<Answer<"me">> {
    return this.#caller.call("me", {}, options);
  }
}
