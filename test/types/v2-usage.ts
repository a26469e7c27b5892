// Type tests of the v2 methods, checked by `tsc --noEmit` (npm test); not run.
// 1. Each method's input and answer types are those of its operation in the spec.
// 2. Wrong inputs fail to compile, each on the line marked @ts-expect-error.
import type { operations } from "../../generated/allo.js";
import type { AlloClient, ConversationItem, PageOf } from "../../src/index.js";

declare const allo: AlloClient;

type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Answer<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;
type Ok<K extends keyof operations> = operations[K]["responses"] extends { 200: infer R }
  ? R
  : operations[K]["responses"] extends { 201: infer R }
    ? R
    : never;
/** What the operation documents under `data`. */
type Data<K extends keyof operations> = Json<Ok<K>> extends { data: infer D } ? D : never;
/** A v2 page as the client resolves it: `data` as `results`, the rest as sent. */
type Paged<K extends keyof operations> =
  Json<Ok<K>> extends { data: Array<infer I>; pagination: infer P } ? { results: I[]; pagination: P } : never;
type Body<K extends keyof operations> = Json<NonNullable<operations[K]["requestBody"]>>;
type Query<K extends keyof operations> = NonNullable<operations[K]["parameters"]["query"]>;
type Input<F extends (...args: never[]) => unknown, N extends number> = NonNullable<Parameters<F>[N]>;

// ── 1. Answers and inputs are the spec's ──
export type V2AnswersMatchTheSpec = [
  Expect<Equal<Answer<typeof allo.me>, Data<"getMe">>>,
  Expect<Equal<Answer<typeof allo.users.list>, Data<"listUsers">>>,
  Expect<Equal<Answer<typeof allo.users.get>, Data<"getUser">>>,
  Expect<Equal<Answer<typeof allo.tags.list>, Data<"listTags">>>,
  Expect<Equal<Answer<typeof allo.tags.add>, void>>,
  Expect<Equal<Answer<typeof allo.phoneNumbers.list>, Data<"listPhoneNumbers">>>,
  Expect<Equal<Answer<typeof allo.conversations.list>, Paged<"listConversations">>>,
  Expect<Equal<Answer<typeof allo.conversations.items.search>, Paged<"searchConversationItems">>>,
  Expect<Equal<Answer<typeof allo.conversations.items.get>, Data<"getConversationItem">>>,
  Expect<Equal<Answer<typeof allo.conversations.items.batchGet>, Data<"batchGetConversationItems">>>,
  Expect<Equal<Answer<typeof allo.conversations.items.updateSummary>, Data<"updateCallSummary">>>,
  Expect<Equal<Answer<typeof allo.analytics.overview>, Data<"getAnalyticsOverview">>>,
  Expect<Equal<Answer<typeof allo.analytics.outbound>, Data<"getOutboundAnalytics">>>,
  Expect<Equal<Answer<typeof allo.crm.people.create>, Data<"createPerson">>>,
  Expect<Equal<Answer<typeof allo.crm.people.search>, Paged<"searchPeople">>>,
  Expect<Equal<Answer<typeof allo.crm.companies.get>, Data<"getCompany">>>,
  Expect<Equal<Answer<typeof allo.crm.deals.update>, Data<"updateDeal">>>,
  Expect<Equal<Answer<typeof allo.crm.deals.delete>, void>>,
  Expect<Equal<Answer<typeof allo.webhookEndpoints.create>, Data<"createWebhookEndpoint">>>,
  Expect<Equal<Answer<typeof allo.webhookEndpoints.eventTypes>, Data<"listWebhookEventTypes">>>,
  Expect<Equal<Answer<typeof allo.summaryTemplates.setNumberDefault>, Data<"setNumberDefaultSummaryTemplate">>>,
  Expect<Equal<Answer<typeof allo.dialingQueue.appendNumbers>, Data<"appendDialingQueueNumbers">>>,
  Expect<Equal<Answer<typeof allo.dialingQueue.removeNumbers>, Data<"removeDialingQueueNumbers">>>,
  Expect<Equal<Answer<typeof allo.partner.accounts.create>, Data<"createPartnerAccount">>>,
  // Inputs
  Expect<Equal<Input<typeof allo.conversations.items.search, 0>, NonNullable<Body<"searchConversationItems">>>>,
  Expect<Equal<Input<typeof allo.conversations.list, 0>, Query<"listConversations">>>,
  Expect<Equal<Input<typeof allo.crm.deals.create, 0>, Body<"createDeal">>>,
  Expect<Equal<Input<typeof allo.dialingQueue.removeNumbers, 0>, Query<"removeDialingQueueNumbers">>>,
  Expect<Equal<Input<typeof allo.analytics.outbound, 0>, Body<"getOutboundAnalytics">>>,
];

// The iterators yield the items of their pages.
for await (const item of allo.conversations.items.searchAll({ search: "refund" })) {
  const same: ConversationItem = item;
  void same;
}
const page: PageOf<ConversationItem> = await allo.conversations.items.search();
void page.pagination.has_more;
const queue = await allo.dialingQueue.get();
void queue.queue?.id;
// Open enums in answers: values beyond the list pass, the known ones are suggested.
const item = await allo.conversations.items.get("cll-abc123");
const kind: typeof item.type = "WHATSAPP_CALL";
void kind;

// ── 2. Wrong inputs do not compile ──
// @ts-expect-error: type is CALL, SMS or ALL (or the lowercase spellings)
await allo.conversations.items.search({ type: "FAX" });
// @ts-expect-error: sort is a closed enum
await allo.conversations.items.search({ sort: "NEWEST" });
// @ts-expect-error: a typo in a search field
await allo.conversations.items.search({ serach: "refund" });
// @ts-expect-error: allo_number is required to list conversations
await allo.conversations.list({ size: 20 });
// @ts-expect-error: listAll reads every page, it takes no page
allo.conversations.listAll({ allo_number: "+14155550100", page: 2 });
// @ts-expect-error: the action is READ, UNREAD, ARCHIVE or UNARCHIVE
await allo.conversations.act("+14155551234", "DELETE");
// @ts-expect-error: extend takes transcript only
await allo.conversations.items.get("cll-1", { extend: ["summary"] });
// @ts-expect-error: batchGet takes a list of ids
await allo.conversations.items.batchGet("cll-1");
// @ts-expect-error: tags.add takes a list of tag keys
await allo.tags.add("cll-1", "qualified");
// @ts-expect-error: granularity is DAY, WEEK or MONTH
await allo.analytics.outbound({ date: { from: "2026-04-01", to: "2026-04-21" }, granularity: "HOUR" });
// @ts-expect-error: analytics needs its date range
await allo.analytics.overview({});
// @ts-expect-error: a deal needs a name
await allo.crm.deals.create({ amount: 10 });
// @ts-expect-error: a v2 endpoint subscribes to dotted topics, not v1 ones
await allo.webhookEndpoints.create({ url: "https://example.com/h", topics: ["CALL_RECEIVED"] });
// @ts-expect-error: voicemail_handling is SKIP or NO_SKIP
await allo.dialingQueue.update({ voicemail_handling: "LEAVE_MESSAGE" });
// @ts-expect-error: role is ADMIN, MANAGER or MEMBER
await allo.users.list({ role: "OWNER" });
// @ts-expect-error: idempotencyKey is a string
await allo.tags.add("cll-1", ["vip"], { idempotencyKey: 42 });
