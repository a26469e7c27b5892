// The caller is what AlloClient's methods call: the same operation sends the same request whether
// a user calls the SDK method or the CLI and the MCP server call it by name with a flat input.
import { describe, expect, it } from "vitest";
import type { OperationName } from "../../generated/operations.js";
import { AlloClient } from "../../src/index.js";
import { createCaller } from "../../src/operations/caller.js";
import { invoke } from "../../src/operations/flat-input.js";
import { startRecorder, type Recorder } from "./servers.js";

const KEY = "ak_live_connect_test_KEY";

/** What a request was on the wire, without what differs per call (request id, idempotency key). */
function wire(seen: Recorder["seen"][number]) {
  const { "x-request-id": _id, "idempotency-key": _key, "content-length": _length, ...headers } = seen.headers;
  return { method: seen.method, url: seen.url, body: seen.body, headers };
}

const cases: Array<{ name: OperationName; input: Record<string, unknown>; call: (allo: AlloClient) => Promise<unknown> }> = [
  {
    name: "conversations.list",
    input: { allo_number: "+14155550100", unread: true, extend: ["transcript"] },
    call: (a) => a.conversations.list({ allo_number: "+14155550100", unread: true, extend: ["transcript"] }),
  },
  {
    name: "conversations.items.batchGet",
    input: { ids: ["cll-a", "cll-b"], extend: ["transcript"] },
    call: (a) => a.conversations.items.batchGet(["cll-a", "cll-b"], { extend: ["transcript"] }),
  },
  {
    name: "contacts.get",
    input: { contact_id: "cnt_1", extend: ["engagement", "activity"] },
    call: (a) => a.contacts.get("cnt_1", { extend: ["engagement", "activity"] }),
  },
  { name: "crm.people.get", input: { id: "per_1" }, call: (a) => a.crm.people.get("per_1") },
  { name: "tags.add", input: { id: "cll-abc", tags: ["vip"] }, call: (a) => a.tags.add("cll-abc", ["vip"]) },
  {
    name: "sms.send",
    input: { from: "+13055550180", to: "+13055550142", message: "Hi" },
    call: (a) => a.sms.send({ from: "+13055550180", to: "+13055550142", message: "Hi" }),
  },
];

describe("an operation called by name", () => {
  it.each(cases)("$name: the request is the SDK method's, byte for byte", async ({ name, input, call }) => {
    const recorder = await startRecorder(() => ({ data: [] }));
    try {
      const options = { apiKey: KEY, baseUrl: recorder.url, headers: { "x-team": "t1" } };
      await call(new AlloClient(options)).catch(() => undefined);
      await invoke(createCaller(options), name, input).catch(() => undefined);
      expect(recorder.seen).toHaveLength(2);
      expect(wire(recorder.seen[1]!)).toEqual(wire(recorder.seen[0]!));
      expect(recorder.seen[1]!.headers.authorization).toBe(KEY);
    } finally {
      await recorder.close();
    }
  });

  it("conversations.items.batchGet by name with more ids than one request takes: asked 100 at a time, answered as one list in the order asked", async () => {
    // The server answers each batch in reverse, as Allo may: the order comes from the ids given.
    const recorder = await startRecorder((_req, body) => ({
      data: (JSON.parse(body) as { ids: string[] }).ids.map((id) => ({ id, type: "CALL" })).reverse(),
    }));
    try {
      const ids = Array.from({ length: 250 }, (_, i) => `cll-${i}`);
      const answer = await invoke(createCaller({ apiKey: KEY, baseUrl: recorder.url }), "conversations.items.batchGet", {
        ids,
        extend: ["transcript"],
      });
      expect(recorder.seen.map((r) => (JSON.parse(r.body) as { ids: string[] }).ids.length)).toEqual([100, 100, 50]);
      expect(recorder.seen.every((r) => r.url === "/v2/api/conversations/items/batch?extend=transcript")).toBe(true);
      expect((answer!.data as Array<{ id: string }>).map((item) => item.id)).toEqual(ids);
    } finally {
      await recorder.close();
    }
  });
});
