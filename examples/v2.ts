// The README's v2 example: what the key may do, an incremental sync of conversations, and a keyword
// search over call transcripts. Reads only: safe to run against your account with
// `ALLO_API_KEY=ak_live_... npx tsx examples/v2.ts`; `npm start` runs it against a local mock.
// #region v2
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AlloClient } from "allo-client";

const allo = new AlloClient({ apiKey: process.env.ALLO_API_KEY!, baseUrl: process.env.ALLO_BASE_URL });
// Where the sync keeps its cursor between runs (your app would use its database).
const CURSOR = join(tmpdir(), "allo-sync-cursor");

// ─── What this key may do (needs no scope) ──
const me = await allo.me();
console.log(`Key ${me.api_key_id}: ${me.scopes.join(", ")}; ${me.rate_limits.read_per_second} reads/s`);

// ─── Incremental sync: every conversation with activity since the last run ──
const line = (await allo.phoneNumbers.list()).find((n) => n.type === "NUMBER" && n.capabilities.includes("VOICE"));
const since = await readFile(CURSOR, "utf8").catch(() => undefined);
let cursor = since;
for await (const conversation of allo.conversations.listAll({
  allo_number: line!.number!,
  ...(since ? { last_activity_since: since } : {}),
})) {
  console.log(`${conversation.contact_number}: ${conversation.last_item?.summary ?? "(no summary yet)"}`);
  if (conversation.last_activity && (!cursor || conversation.last_activity > cursor)) cursor = conversation.last_activity;
}
if (cursor) await writeFile(CURSOR, cursor);

// ─── Keyword search over call transcripts, summaries and texts ──
for await (const call of allo.conversations.items.searchAll({ search: "refund", type: "CALL", sort: "RELEVANCE" })) {
  const full = await allo.conversations.items.get(call.id, { extend: ["transcript"] });
  console.log(`${call.id} (${call.date}): ${full.transcript?.length ?? 0} transcript lines; ${call.summary}`);
}
// #endregion
