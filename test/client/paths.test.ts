// Path parameters cannot reach another route: an id that a URL would split or resolve (/, \, %,
// ?, #, a space, . or ..) or a server cut short (a control character) is refused before sending,
// and every other id is encoded as one segment.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AlloClient, AlloValidationError } from "../../src/index.js";
import { json, startFaultServer, type FaultServer } from "../helpers/fault-server.js";

let server: FaultServer;
let allo: AlloClient;
beforeAll(async () => {
  server = await startFaultServer((req, res) => {
    if (req.method === "DELETE") return json(res, 200, { data: null });
    if (req.url?.startsWith("/v2/api/conversations/items/")) return json(res, 200, { data: { id: "cll-1" } });
    json(res, 200, { data: { id: "x", numbers: [], emails: [], results: [], metadata: {} } });
  });
  // The form older docs give: a base URL ending in /v1/api means the origin, paths carry their version.
  allo = new AlloClient({ apiKey: "k", baseUrl: `${server.url}/v1/api` });
});
afterAll(() => server.close());

const last = () => server.seen.at(-1)!.url;

describe("ids that would leave their segment are refused before sending", () => {
  it.each(["../numbers", "../../v2/admin", "a?b=c#d", "cnt 1", "%2e%2e", "..%2fsms", "a\\b", "..", "."])("contacts.get(%j)", async (id) => {
    const before = server.seen.length;
    const error = await allo.contacts.get(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AlloValidationError);
    expect((error as AlloValidationError).field).toBe("contact_id");
    // The message says what is wrong, not the value (".." is part of what it says).
    if (id.length > 2) expect((error as AlloValidationError).message).not.toContain(id);
    expect(server.seen.length).toBe(before);
  });

  it("the same holds for v2 ids, updates, conversations and deletions", async () => {
    const before = server.seen.length;
    for (const attempt of [
      () => allo.contacts.update("../numbers", { name: "x" }),
      () => allo.contacts.conversation("a/b"),
      () => allo.webhooks.delete("../numbers"),
      () => allo.crm.people.get("per-1/../../sms"),
      () => allo.webhookEndpoints.delete("ep_1%2F.."),
      () => allo.tags.remove("cll-abc123", "../../sms"),
    ]) {
      await expect(attempt()).rejects.toBeInstanceOf(AlloValidationError);
    }
    expect(server.seen.length).toBe(before);
  });
});

describe("ids with a control character (U+0000 to U+001F, U+007F) are refused before sending", () => {
  // A recording fetch: a request that got as far as sending would be listed here.
  const sent: string[] = [];
  const recording = new AlloClient({
    apiKey: "k",
    fetch: async (input) => {
      sent.push(input instanceof Request ? input.url : String(input));
      return Response.json({ data: { id: "x" } });
    },
  });
  beforeEach(() => {
    sent.length = 0;
  });
  const controls = [...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)), "\u007f"];

  it.each([
    ["contacts.get", "contact_id", (id: string) => recording.contacts.get(id)],
    ["webhooks.delete", "webhook_id", (id: string) => recording.webhooks.delete(id)],
    ["crm.people.get", "id", (id: string) => recording.crm.people.get(id)],
    ["users.get", "id", (id: string) => recording.users.get(id)],
    ["tags.remove (its tag)", "tag", (id: string) => recording.tags.remove("cll-abc123", id)],
    ["conversations.items.get", "id", (id: string) => recording.conversations.items.get(`cll-${id}`)],
  ])("%s: ..\\u0000, abc\\u0000, abc\\u0001x, \\u007f and every other control character, naming %s", async (_name, field, call) => {
    const ids = ["..\u0000", "abc\u0000", "abc\u0001x", "\u007f", ...controls.map((c) => `ab${c}cd`)];
    for (const id of ids) {
      const error = await call(id).catch((e: unknown) => e);
      expect(error, JSON.stringify(id)).toBeInstanceOf(AlloValidationError);
      expect((error as AlloValidationError).field).toBe(field);
    }
    expect(sent).toEqual([]);
    // The same client sends an id without one: the refusals above are the control characters'.
    await call("abc");
    expect(sent).toHaveLength(1);
  });
});

describe("ids that pass are one encoded segment", () => {
  it("a contact id with a colon or a non-ASCII letter, a number with its +", async () => {
    await allo.contacts.get("cnt:1é");
    expect(last()).toBe("/v1/api/contact/cnt%3A1%C3%A9");
    await allo.conversations.act("+14155551234", "READ");
    expect(last()).toBe("/v2/api/conversations/%2B14155551234/action");
  });

  it("a v1 call goes to /v1/api, a v2 call to /v2/api, whatever version the baseUrl named", async () => {
    await allo.contacts.get("cnt_1");
    expect(last()).toBe("/v1/api/contact/cnt_1");
    await allo.conversations.items.get("cll-1");
    expect(last()).toBe("/v2/api/conversations/items/cll-1");
  });

  it("extend is sent as one comma-separated value", async () => {
    await allo.contacts.get("cnt_1", { extend: ["engagement", "activity"] });
    expect(last()).toBe("/v1/api/contact/cnt_1?extend=engagement,activity");
  });
});
