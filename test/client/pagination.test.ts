// searchAll / conversationAll: every item, lazily, one page at a time, ending at the last page or
// an empty one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlloClient } from "../../src/index.js";
import { json, startFaultServer, type FaultServer } from "../helpers/fault-server.js";

const TOTAL = 250;
let server: FaultServer;
let allo: AlloClient;
let announceTotal = true;

beforeAll(async () => {
  server = await startFaultServer((req, res) => {
    const url = new URL(req.url!, "http://x");
    const page = Number(url.searchParams.get("page"));
    const size = Number(url.searchParams.get("size"));
    const ids = Array.from({ length: TOTAL }, (_, i) => i).slice(page * size, page * size + size);
    const pages = Math.ceil(TOTAL / size);
    if (url.pathname === "/v1/api/calls") {
      return json(res, 200, {
        data: { results: ids.map((i) => ({ id: `call_${i}` })), metadata: { total_pages: pages, current_page: page } },
      });
    }
    const pagination = announceTotal ? { pagination: { total_pages: pages, current_page: page } } : {};
    const results = url.pathname.endsWith("/conversation")
      ? ids.map((i) => ({ type: "CALL", call: { id: `call_${i}` }, message: null }))
      : ids.map((i) => ({ id: `cnt_${i}` }));
    json(res, 200, { data: { results, metadata: pagination } });
  });
  allo = new AlloClient({ apiKey: "k", baseUrl: server.url });
});
afterAll(() => server.close());

const pagesAsked = () => server.seen.map((s) => new URL(s.url, "http://x").searchParams.get("page"));
// Pages fetched ahead (concurrency 4 by default) may reach the server in any order.
const pagesAskedSorted = () => pagesAsked().sort((a, b) => Number(a) - Number(b));

describe("searchAll", () => {
  it("contacts.searchAll() yields every contact, 100 per request by default, and stops at the last page", async () => {
    server.seen.length = 0;
    const ids: string[] = [];
    for await (const c of allo.contacts.searchAll()) ids.push(c.id);
    expect(ids).toEqual(Array.from({ length: TOTAL }, (_, i) => `cnt_${i}`));
    expect(pagesAskedSorted()).toEqual(["0", "1", "2"]);
    expect(server.seen.every((s) => s.url.includes("size=100"))).toBe(true);
  });

  it("with concurrency 1, is lazy: breaking after the first item asks for one page only", async () => {
    server.seen.length = 0;
    for await (const c of allo.contacts.searchAll({ size: 10 }, { concurrency: 1 })) {
      expect(c.id).toBe("cnt_0");
      break;
    }
    expect(pagesAsked()).toEqual(["0"]);
  });

  it("without total_pages, stops at the first empty page", async () => {
    announceTotal = false;
    server.seen.length = 0;
    try {
      let n = 0;
      for await (const _ of allo.contacts.searchAll({ size: 100 })) n++;
      expect(n).toBe(TOTAL);
      expect(pagesAsked()).toEqual(["0", "1", "2", "3"]);
    } finally {
      announceTotal = true;
    }
  });

  it("calls.searchAll() reads the flat metadata of /calls and passes the filters on", async () => {
    server.seen.length = 0;
    let n = 0;
    for await (const _ of allo.calls.searchAll({ allo_number: "+13055550180", contact_number: "+13055550142", size: 50 })) n++;
    expect(n).toBe(TOTAL);
    expect(pagesAskedSorted()).toEqual(["0", "1", "2", "3", "4"]);
    const query = Object.fromEntries(new URL(server.seen[0]!.url, "http://x").searchParams);
    expect(query).toEqual({ allo_number: "+13055550180", contact_number: "+13055550142", size: "50", page: "0" });
  });

  it("contacts.conversationAll() walks a contact's conversation", async () => {
    server.seen.length = 0;
    let n = 0;
    for await (const entry of allo.contacts.conversationAll("cnt_1", { allo_number: "+13055550180" })) {
      expect(entry.type).toBe("CALL");
      n++;
    }
    expect(n).toBe(TOTAL);
    for (const s of server.seen) {
      const url = new URL(s.url, "http://x");
      expect(url.pathname).toBe("/v1/api/contact/cnt_1/conversation");
      expect(url.searchParams.get("allo_number")).toBe("+13055550180");
    }
  });
});
