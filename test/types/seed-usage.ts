// Type tests, checked by `tsc --noEmit` (npm test). Not run: they only have to compile.
// 1. Seed 001's documented usage compiles under strict, with only the import changed.
// 2. Wrong inputs fail to compile, each on the line marked @ts-expect-error (an expected error
//    that does not happen fails the build too).
// 3. Each method's answer type is the one its operation documents in the spec.
import { AlloApiError, AlloClient, type CallResult, type Contact, type WebhookTopic } from "../../src/index.js";
import type { operations } from "../../generated/allo.js";
// Seed 001 imports the webhook types from the root.
import type { CallReceivedPayload, E164Number, WebhookEnvelope } from "allo-client";

declare const process: { env: Record<string, string | undefined> };

// ── 1. Seed 001, quick start ──
const allo = new AlloClient({ apiKey: process.env.ALLO_API_KEY!, timeout: 30_000 });

const numbers = await allo.numbers.list();
for (const n of numbers) {
  console.log(`${n.name} — ${n.number} (${n.country})`);
}

const sms = await allo.sms.send({ from: "+1234567890", to: "+0987654321", message: "Hello from Allo" });
console.log("Sent:", sms.start_date);

await allo.sms.sendFrance({ sender_id: "MyCompany", to: "+33612345678", message: "Bonjour depuis Allo" });

const calls = await allo.calls.search({ allo_number: "+1234567890", page: 0, size: 20 });
for (const call of calls.results) {
  console.log(`${call.type} ${call.from_number} → ${call.to_number} (${call.length_in_minutes} min)`);
}

const contact = await allo.contacts.create({
  numbers: ["+33612345678"],
  name: "Jean",
  last_name: "Dupont",
  emails: ["jean.dupont@example.com"],
});
const fetched = await allo.contacts.get(contact.id);
console.log(fetched.name, fetched.last_name, fetched.emails);
// What `extend: ["activity"]` adds is typed: each entry's kind, when and by whom.
const extended = await allo.contacts.get(contact.id, { extend: ["engagement", "activity"] });
for (const entry of extended.activity ?? []) console.log(entry.type, entry.made_at, entry.made_by, entry.content);
console.log(extended.conversation_url, extended.integration_data?.HUBSPOT, extended.custom_properties);
// @ts-expect-error: an activity entry has no duration
console.log(extended.activity?.[0]?.duration);

const webhook = await allo.webhooks.create({
  allo_number: "+1234567890",
  url: "https://example.com/webhooks/allo",
  enabled: true,
  topics: ["CALL_RECEIVED", "SMS_RECEIVED"],
});
console.log("Webhook id:", webhook.id);

// ── Seed 001, configuration ──
new AlloClient({
  apiKey: process.env.ALLO_API_KEY!,
  baseUrl: "https://api.withallo.com/v1/api",
  timeout: 30_000,
  headers: { "X-App-Name": "my-application" },
  fetch: globalThis.fetch,
});

// ── Seed 001, API reference ──
const all = await allo.webhooks.list();
console.log(`${all.length} webhooks configured`);
await allo.webhooks.delete(webhook.id);

const { results, metadata } = await allo.calls.search({ allo_number: "+1234567890", page: 0, size: 20 });
console.log(`Page ${metadata.pagination.current_page + 1}/${metadata.pagination.total_pages}`);
for (const call of results) {
  console.log(`${call.type} ${call.from_number} → ${call.to_number}`);
  console.log(`  ${call.length_in_minutes} min — ${call.start_date}`);
  if (call.recording_url) console.log(`  Recording: ${call.recording_url}`);
  for (const line of call.transcript ?? []) {
    console.log(`    [${line.source}] ${line.text}`);
  }
}

const updated = await allo.contacts.update(contact.id, {
  job_title: "CEO",
  emails: ["jean@example.com", "contact@example.com"],
});
console.log(updated.job_title);
const conversation = await allo.contacts.conversation(contact.id, { page: 0, size: 20 });
for (const entry of conversation.results) {
  if (entry.type === "CALL") {
    console.log(`CALL ${entry.call?.start_date} — ${entry.call?.length_in_minutes} min`);
  } else {
    console.log(`SMS ${entry.message?.start_date} — ${entry.message?.content}`);
  }
}

try {
  await allo.sms.sendFrance({ sender_id: "MyCompany", to: "+33612345678", message: "Bonjour depuis Allo" });
} catch (error) {
  if (error instanceof Error && error.message.includes("INVALID_SENDER_ID")) {
    console.error("Sender non vérifié — contacter le support Allo.");
  }
}

for (const n of await allo.numbers.list()) {
  const shared = n.is_shared_number ? " (shared)" : "";
  console.log(`${n.country} ${n.name}${shared} — ${n.number}`);
}

// ── Seed 001, error handling ──
try {
  await allo.sms.sendFrance({ sender_id: "Unverified", to: "+33612345678", message: "Hi" });
} catch (error) {
  if (error instanceof AlloApiError) {
    console.error("HTTP", error.status);
    console.error("code", error.code);
    console.error("details", error.details);
    switch (error.code) {
      case "API_KEY_INVALID":
        break;
      case "API_KEY_INSUFFICIENT_SCOPE":
        break;
      case "RATE_LIMITED":
        break;
      case "INVALID_SENDER_ID":
        break;
    }
  }
}

// ── Seed 001, every contact ──
async function fetchAllContacts(): Promise<Contact[]> {
  const size = 100;
  let page = 0;
  const all: Contact[] = [];
  while (true) {
    const { results, metadata } = await allo.contacts.search({ page, size });
    all.push(...results);
    if (page + 1 >= metadata.pagination.total_pages) break;
    page++;
  }
  return all;
}
console.log((await fetchAllContacts()).length);

// ── Seed 001, retry on rate limiting ──
async function withRetry<T>(fn: () => Promise<T>, maxAttempts = 5): Promise<T> {
  let attempt = 0;
  while (true) {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof AlloApiError && error.code === "RATE_LIMITED" && attempt < maxAttempts) {
        await new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** attempt, 30_000)));
        attempt++;
        continue;
      }
      throw error;
    }
  }
}
const from = "+13055550180";
const to = "+13055550142";
const message = "Hi";
await withRetry(() => allo.sms.send({ from, to, message }));

// ── Seed 001, webhook types from the root ──
declare const delivered: WebhookEnvelope;
if (delivered.topic === "CALL_RECEIVED") {
  const payload = delivered.data as CallReceivedPayload;
  const mine: E164Number = "+1234567890";
  console.log(payload.to === mine, payload.one_sentence_summary);
}

// ── 2. Wrong inputs do not compile ──
// @ts-expect-error: apiKey is required
new AlloClient({});
// @ts-expect-error: a topic outside the closed list
await allo.webhooks.create({ allo_number: "+1", url: "https://x", topics: ["CALL_ENDED"] });
// @ts-expect-error: allo_number is required on calls.search
await allo.calls.search({ page: 0 });
// @ts-expect-error: message is a string
await allo.sms.send({ from: "+1", to: "+2", message: 42 });
// @ts-expect-error: sms.send takes from, not sender_id
await allo.sms.send({ sender_id: "MyCompany", to: "+2", message: "x" });
// @ts-expect-error: sendFrance takes sender_id, not from
await allo.sms.sendFrance({ from: "+1", to: "+2", message: "x" });
// @ts-expect-error: numbers is required to create a contact
await allo.contacts.create({ name: "Jean" });
// @ts-expect-error: size is a number
await allo.contacts.search({ size: "20" });
// @ts-expect-error: searchAll reads every page, it takes no page
allo.contacts.searchAll({ page: 2 });
// @ts-expect-error: extend takes engagement and activity only
await allo.contacts.get("cnt_1", { extend: ["everything"] });
// @ts-expect-error: a typo in a field of a request
await allo.contacts.update("cnt_1", { job_titel: "CEO" });
// @ts-expect-error: timeout is a number of ms
await allo.numbers.list({ timeout: "30s" });
// @ts-expect-error: the resources are read-only
// biome-ignore lint/correctness/noSelfAssign: assigning is what must not compile.
allo.sms = allo.sms;
// @ts-expect-error: WebhookTopic is closed
const badTopic: WebhookTopic = "CALL_ENDED";
void badTopic;

// Open enums in answers accept values beyond the list, and still suggest the known ones.
const newResult: CallResult = "MISSED_AFTER_HOURS";
const knownResult: CallResult = "ANSWERED";
void newResult;
void knownResult;

// ── 3. Answers are typed as the spec documents them ──
type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Documented<K extends keyof operations> = operations[K]["responses"] extends {
  200: { content: { "application/json": { data: infer D } } };
}
  ? D
  : never;
type Answer<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

export type AnswersMatchTheSpec = [
  Expect<Equal<Answer<typeof allo.numbers.list>, Documented<"listNumbers">>>,
  Expect<Equal<Answer<typeof allo.sms.send>, Documented<"sendSms">>>,
  Expect<Equal<Answer<typeof allo.sms.sendFrance>, Documented<"sendSms">>>,
  Expect<Equal<Answer<typeof allo.contacts.search>, Documented<"searchContacts">>>,
  Expect<Equal<Answer<typeof allo.contacts.get>, Documented<"getContact">>>,
  Expect<Equal<Answer<typeof allo.contacts.create>, Documented<"createContact">>>,
  Expect<Equal<Answer<typeof allo.contacts.update>, Documented<"updateContact">>>,
  Expect<Equal<Answer<typeof allo.contacts.conversation>, Documented<"getContactConversation">>>,
  Expect<Equal<Answer<typeof allo.webhooks.list>, Documented<"listWebhooks">>>,
  // The two reshaped answers: the calls page with nested pagination, the created webhook in snake_case.
  Expect<Equal<Answer<typeof allo.calls.search>["results"], Documented<"searchCalls">["results"]>>,
  Expect<Equal<Answer<typeof allo.calls.search>["metadata"], Documented<"searchContacts">["metadata"]>>,
  Expect<Equal<Answer<typeof allo.webhooks.create>, Documented<"listWebhooks">[number]>>,
];
