// What a tool call sends back, in process over the SDK's in-memory transport against a local HTTP
// server: the API's JSON once (one text block, no structuredContent copy), no result larger than
// maxResultBytes, counted in the bytes the transport writes, merged batch reads included, and only
// the `fields` asked for.
import { describe, expect, it } from "vitest";
import { createAlloMcpServer } from "../../src/mcp/index.js";
import { WITHHELD_SECRET } from "../../src/mcp/results.js";
import { call, connected, KEY, serve, type Result } from "./in-process.js";

/** The bytes of a result as the transport writes it. */
const sent = (result: Result) => Buffer.byteLength(JSON.stringify(result));

describe("a tool's answer", () => {
  it("is the API's JSON once, as one text block without a structuredContent copy", async () => {
    const body = { data: [{ number: "+13055550180", name: "Support", country: "US", is_shared_number: false }] };
    const api = await serve(() => body);
    const client = await connected({ baseUrl: api.url, maxRetries: 0 });
    const result = await call(client, "allo_numbers_list");
    expect(result.isError).toBeFalsy();
    expect(result.content).toHaveLength(1);
    expect(JSON.parse(result.content[0]!.text)).toEqual(body);
    expect(result.structuredContent).toBeUndefined();
  });
});

describe("maxResultBytes", () => {
  // Quotes are escaped again in the result's JSON and "é" takes two bytes: characters undercount both.
  const body = { data: [{ number: "+13055550180", name: `"Zoé" ${"é".repeat(2000)}`, country: "FR", is_shared_number: false }] };
  const exact = sent({ content: [{ type: "text", text: JSON.stringify(body) }] });

  it("counts the bytes the transport writes: a result of exactly the limit is sent, one byte more is not", async () => {
    const api = await serve(() => body);
    const atLimit = await connected({ baseUrl: api.url, maxResultBytes: exact });
    expect((await call(atLimit, "allo_numbers_list")).isError).toBeFalsy();
    const under = await connected({ baseUrl: api.url, maxResultBytes: exact - 1 });
    const refused = await call(under, "allo_numbers_list");
    expect(refused.isError).toBe(true);
    expect(refused.structuredContent!.error).toMatchObject({ code: "RESULT_TOO_LARGE" });
    expect(JSON.stringify(body).length).toBeLessThan(exact - 1);
  });

  it("refuses a page over the limit with a tool error that says how to narrow it, and the next call works", async () => {
    const item = { id: "cll-abc123", type: "CALL", summary: "x".repeat(1000) };
    const api = await serve((req) =>
      req.url?.startsWith("/v2/api/conversations/items/search")
        ? {
            data: Array.from({ length: 2000 }, () => item),
            pagination: { page: 1, size: 2000, total_count: 2000, total_pages: 1, has_more: false },
          }
        : { data: { echoed: "small" } },
    );
    const client = await connected({ baseUrl: api.url, maxRetries: 0 });
    const result = await call(client, "allo_conversations_items_search", { search: "refund" });
    expect(result.isError).toBe(true);
    expect(sent(result)).toBeLessThan(2000);
    const text = result.content[0]!.text;
    expect(text).toMatch(
      /^RESULT_TOO_LARGE: the answer of allo_conversations_items_search is 2\.\d MB, more than this server sends in one result \(1 MiB, its maxResultBytes\)\. /,
    );
    expect(text).toContain(
      "Ask for less and call allo_conversations_items_search again: `fields` (only the fields you need of each record); a smaller `size`",
    );
    expect(text).toContain("no `extend`");
    expect(text).toMatch(/narrower filters \(.*`allo_number`.*`date`\)\.$/);
    expect(text).not.toContain("`sort`");
    expect(await call(client, "allo_me")).toEqual({ content: [{ type: "text", text: '{"data":{"echoed":"small"}}' }] });
  });

  it("caps a batch read merged from several requests, and says to ask for fewer ids", async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `cll-${i}`);
    const api = await serve((_req, raw) => ({
      data: (JSON.parse(raw) as { ids: string[] }).ids.map((id) => ({ id, type: "CALL", summary: "y".repeat(500) })),
    }));
    const client = await connected({ baseUrl: api.url, maxResultBytes: 60_000 });
    const result = await call(client, "allo_conversations_items_batch_get", { ids });
    // Each request's answer (100 then 50 items) is under the limit; the merged one is not.
    expect(api.seen).toHaveLength(2);
    expect(api.seen.every((s) => s.body.length < 60_000)).toBe(true);
    expect(result.isError).toBe(true);
    expect(result.content[0]!.text).toContain(
      "Ask for less and call allo_conversations_items_batch_get again: `fields` (only the fields you need of each record); fewer `ids` per call",
    );
  });

  it("a write whose answer is too large says it was done and must not be called again", async () => {
    const api = await serve(() => ({ data: { id: "per-1", notes: "z".repeat(5000) } }));
    const client = await connected({ baseUrl: api.url, maxResultBytes: 2000, allow: ["crm.people.create"] });
    const result = await call(client, "allo_crm_people_create", { name: "Ada", numbers: ["+33612345678"] });
    expect(api.seen).toHaveLength(1);
    expect(result.content[0]!.text).toContain("allo_crm_people_create was done: do not call it again to see its answer.");
  });

  it("is refused by name when it is not a whole number of bytes", () => {
    for (const bad of [0, -1, 1.5, Number.NaN, "1000" as unknown as number]) {
      expect(() => createAlloMcpServer({ apiKey: KEY, maxResultBytes: bad })).toThrow(
        /^createAlloMcpServer: maxResultBytes must be a whole number of bytes/,
      );
    }
  });
});

describe("fields", () => {
  it("a read narrowed by `fields` comes back with only those fields of each record, under a limit the whole answer is over", async () => {
    const item = { id: "cll-abc123", type: "CALL", summary: "x".repeat(1000), user: { id: "usr-1", name: "Ann" } };
    const api = await serve(() => ({
      data: [item, item],
      pagination: { page: 1, size: 2, total_count: 2, total_pages: 1, has_more: false },
    }));
    const client = await connected({ baseUrl: api.url, maxResultBytes: 1000 });
    expect((await call(client, "allo_conversations_items_search")).isError).toBe(true);
    const narrowed = await call(client, "allo_conversations_items_search", { fields: ["id", "user.name"] });
    expect(JSON.parse(narrowed.content[0]!.text)).toEqual({
      data: [
        { id: "cll-abc123", user: { name: "Ann" } },
        { id: "cll-abc123", user: { name: "Ann" } },
      ],
      pagination: { page: 1, size: 2, total_count: 2, total_pages: 1, has_more: false },
    });
    // fields is the tool's own argument: Allo gets the search without it.
    expect(JSON.parse(api.seen[1]!.body)).toEqual({});
  });

  it("refuses `fields` that is not a list of names, and on a tool that does not take it, before sending", async () => {
    const api = await serve();
    const client = await connected({ baseUrl: api.url });
    for (const bad of ["id", [], [1], [""]]) {
      const result = await call(client, "allo_conversations_items_search", { fields: bad });
      expect(result.structuredContent!.error).toMatchObject({ code: "INVALID_INPUT", field: "fields" });
    }
    const plain = await call(client, "allo_users_get", { id: "usr-1", fields: ["id"] });
    expect(plain.structuredContent!.error).toMatchObject({ code: "INVALID_INPUT", field: "fields" });
    expect(api.seen).toEqual([]);
  });

  it("refuses a field name the answer's records do not document, naming the ones they do, before sending", async () => {
    const api = await serve();
    const client = await connected({ baseUrl: api.url });
    const result = await call(client, "allo_conversations_items_search", { fields: ["id", "user.nmae"] });
    expect(result.isError).toBe(true);
    expect(result.structuredContent!.error).toMatchObject({ code: "INVALID_INPUT", field: "fields" });
    expect(result.content[0]!.text).toMatch(/has "user\.nmae", but user has no such field; the spec documents: id, name, email/);
    expect(api.seen).toEqual([]);
  });
});

describe("a secret the spec marks (x-secret)", () => {
  const SIGNING = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
  const endpoint = { id: "ep_1", url: "https://example.com/hooks", topics: ["call.received"], enabled: true, signing_secret: SIGNING };

  it("is withheld from a read tool's answer, the rest of the record kept", async () => {
    const api = await serve(() => ({ data: endpoint }));
    const client = await connected({ baseUrl: api.url, maxRetries: 0 });
    const result = await call(client, "allo_webhook_endpoints_get", { webhook_id: "ep_1" });
    expect(result.isError).toBeFalsy();
    expect(result.content[0]!.text).not.toContain(SIGNING);
    expect(JSON.parse(result.content[0]!.text)).toEqual({ data: { ...endpoint, signing_secret: WITHHELD_SECRET } });
  });

  it("is withheld in each item of a list, and a null one stays null", async () => {
    const api = await serve(() => ({ data: [endpoint, { ...endpoint, id: "ep_2", signing_secret: null }] }));
    const client = await connected({ baseUrl: api.url, maxRetries: 0 });
    const { data } = JSON.parse((await call(client, "allo_webhook_endpoints_list")).content[0]!.text);
    expect(data.map((e: { signing_secret: unknown }) => e.signing_secret)).toEqual([WITHHELD_SECRET, null]);
  });

  it("is kept in the answer of an allowed write: a create returns its secret once, to the user who allowed it", async () => {
    const api = await serve(() => ({ data: endpoint }));
    const client = await connected({ baseUrl: api.url, maxRetries: 0, allow: ["webhookEndpoints.create"] });
    const result = await call(client, "allo_webhook_endpoints_create", { url: endpoint.url, topics: endpoint.topics });
    expect(JSON.parse(result.content[0]!.text).data.signing_secret).toBe(SIGNING);
  });
});
