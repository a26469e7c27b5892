// v2 paging over a local server that pages as Allo does (1-indexed, has_more, total_pages), and
// batchGet's chunks of 100.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlloClient, AlloValidationError } from "../../src/index.js";
import { json, startFaultServer, type FaultServer } from "../helpers/fault-server.js";

const TOTAL = 45;
const item = (i: number) => ({ id: `cll-${i}`, type: "CALL", future_field: i });

let server: FaultServer;
let allo: AlloClient;
beforeAll(async () => {
  server = await startFaultServer((req, res, seen) => {
    const url = new URL(req.url!, "http://x");
    if (url.pathname === "/v2/api/conversations/items/batch") {
      // Missing ids are left out, and the answer's order is not the request's.
      const ids: string[] = JSON.parse(seen.body).ids;
      return json(res, 200, {
        data: ids
          .filter((id) => !id.endsWith("7"))
          .reverse()
          .map((id) => ({ id, type: "CALL" })),
      });
    }
    const body = seen.body ? JSON.parse(seen.body) : {};
    const page = Number(url.searchParams.get("page") ?? body.page ?? 1);
    const size = Number(url.searchParams.get("size") ?? body.size ?? 20);
    const start = (page - 1) * size;
    const data = Array.from({ length: Math.max(0, Math.min(size, TOTAL - start)) }, (_, i) => item(start + i));
    const total_pages = Math.ceil(TOTAL / size);
    json(res, 200, { data, pagination: { page, size, total_count: TOTAL, total_pages, has_more: page < total_pages } });
  });
  allo = new AlloClient({ apiKey: "k", baseUrl: server.url });
});
afterAll(() => server.close());

const pagesAsked = () =>
  server.seen.map((s) => Number(new URL(s.url, "http://x").searchParams.get("page") ?? (s.body ? JSON.parse(s.body).page : undefined)));
// Pages fetched ahead (concurrency 4 by default) may reach the server in any order.
const pagesAskedSorted = () => pagesAsked().sort((a, b) => a - b);

describe("…All iterators walk 1-indexed pages once each and stop on has_more: false", () => {
  it("conversations.listAll (page in the query) reads pages 1, 2, 3 of 20 and stops", async () => {
    server.seen.length = 0;
    const items = [];
    for await (const c of allo.conversations.listAll({ allo_number: "+14155550100", size: 20 })) items.push(c);
    expect(items).toHaveLength(TOTAL);
    expect(pagesAskedSorted()).toEqual([1, 2, 3]);
    expect(items[44]).toEqual(item(44));
  });

  it("conversations.items.searchAll (page in the body) asks 100 a page by default and keeps the filters on every page", async () => {
    server.seen.length = 0;
    const ids = [];
    for await (const i of allo.conversations.items.searchAll({ search: "refund", type: "CALL" })) ids.push(i.id);
    expect(ids).toHaveLength(TOTAL);
    expect(server.seen).toHaveLength(1);
    expect(JSON.parse(server.seen[0]!.body)).toEqual({ search: "refund", type: "CALL", size: 100, page: 1 });
  });

  it("crm.people.searchAll and dialingQueue.getAll walk the same way", async () => {
    server.seen.length = 0;
    let n = 0;
    for await (const _ of allo.crm.people.searchAll({ size: 10 })) n++;
    expect(n).toBe(TOTAL);
    expect(pagesAskedSorted()).toEqual([1, 2, 3, 4, 5]);
    server.seen.length = 0;
    n = 0;
    for await (const _ of allo.dialingQueue.getAll({ size: 50 })) n++;
    expect(n).toBe(TOTAL);
    expect(pagesAsked()).toEqual([1]);
  });

  it("with concurrency 1, stops reading when the caller breaks out", async () => {
    server.seen.length = 0;
    for await (const i of allo.conversations.items.searchAll({ size: 5 }, { concurrency: 1 })) if (i.id === "cll-7") break;
    expect(pagesAsked()).toEqual([1, 2]);
  });

  it("refuses a page option, and validates the input before the first request", () => {
    expect(() => allo.conversations.listAll({ allo_number: "+14155550100", page: 2 } as never)).toThrow(AlloValidationError);
    expect(() => allo.conversations.items.searchAll({ size: 101 })).toThrow(/size must be <= 100/);
    expect(() => allo.conversations.listAll({ allo_number: "0612" })).toThrow(/allo_number/);
  });
});

describe("conversations.items.batchGet", () => {
  it("asks 250 ids in three requests of at most 100, and answers in the order given, missing ones left out", async () => {
    server.seen.length = 0;
    const ids = Array.from({ length: 250 }, (_, i) => `cll-${i}`);
    const items = await allo.conversations.items.batchGet(ids);
    expect(server.seen.map((s) => JSON.parse(s.body).ids.length)).toEqual([100, 100, 50]);
    expect(server.seen.flatMap((s) => JSON.parse(s.body).ids)).toEqual(ids);
    expect(items.map((i) => i.id)).toEqual(ids.filter((id) => !id.endsWith("7")));
  });

  it("asks each id once, and sends extend to every chunk", async () => {
    server.seen.length = 0;
    const items = await allo.conversations.items.batchGet(["cll-1", "cll-2", "cll-1"], { extend: ["transcript"] });
    expect(items.map((i) => i.id)).toEqual(["cll-1", "cll-2"]);
    expect(server.seen).toHaveLength(1);
    expect(JSON.parse(server.seen[0]!.body)).toEqual({ ids: ["cll-1", "cll-2"] });
    expect(server.seen[0]!.url).toBe("/v2/api/conversations/items/batch?extend=transcript");
  });

  it("refuses ids that are not call or message ids, before sending", async () => {
    server.seen.length = 0;
    await expect(allo.conversations.items.batchGet(["cll-1", "cnt_1"])).rejects.toThrow(
      /ids\.1 must be a call id \(cll-\.\.\.\) or a message id \(msg-\.\.\.\)/,
    );
    expect(server.seen).toHaveLength(0);
  });
});
