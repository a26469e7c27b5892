// `…All` with `concurrency`: pages fetched ahead, in parallel, yielded in order; never more than
// `concurrency` pages asked beyond the one being read; no page asked twice or past the end; the
// pages fetched ahead cancelled when the caller stops. A real local server answers; a fetch
// around the real one records each page as the client asks for it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlloApiError, AlloClient, AlloValidationError, type AlloClientOptions } from "../../src/index.js";
import { json, startFaultServer, type FaultServer } from "../helpers/fault-server.js";

const TOTAL = 95;
let server: FaultServer;
/** Pages the server answers with a 400 (v2 items search). */
let failing = new Set<number>();
/** Whether v1 pages announce `total_pages`. */
let announce = true;
/** v2 pages from this one on are not answered until `release()`. */
let holdFrom = Infinity;
let held: Array<() => void> = [];
const release = () => {
  for (const answer of held) answer();
  held = [];
};

beforeAll(async () => {
  server = await startFaultServer((req, res, seen) => {
    const url = new URL(req.url!, "http://x");
    if (url.pathname === "/v1/api/contacts") {
      const page = Number(url.searchParams.get("page"));
      const size = Number(url.searchParams.get("size"));
      const ids = Array.from({ length: TOTAL }, (_, i) => i).slice(page * size, page * size + size);
      const metadata = announce ? { pagination: { total_pages: Math.ceil(TOTAL / size), current_page: page } } : {};
      return json(res, 200, { data: { results: ids.map((i) => ({ id: `cnt_${i}` })), metadata } });
    }
    const { page, size } = JSON.parse(seen.body) as { page: number; size: number };
    if (page >= holdFrom) {
      held.push(() => json(res, 200, { data: [], pagination: { page, size, total_count: 0, total_pages: 0, has_more: false } }));
      return;
    }
    if (failing.has(page)) return json(res, 400, { error: { type: "validation_error", code: "INVALID_SEARCH_QUERY", message: "no" } });
    const start = (page - 1) * size;
    const data = Array.from({ length: Math.max(0, Math.min(size, TOTAL - start)) }, (_, i) => ({ id: `cll-${start + i}`, type: "CALL" }));
    const total_pages = Math.ceil(TOTAL / size);
    json(res, 200, { data, pagination: { page, size, total_count: TOTAL, total_pages, has_more: page < total_pages } });
  });
});
afterAll(() => server.close());

interface Asked {
  page: number;
  signal: AbortSignal | undefined;
  settled: boolean;
}

/** A client whose fetch records each page asked (from the query or the body) before sending it. */
function recorded(options: Partial<AlloClientOptions> = {}) {
  const asked: Asked[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const page = Number(url.searchParams.get("page") ?? JSON.parse(String(init?.body)).page);
    const entry: Asked = { page, signal: init?.signal ?? undefined, settled: false };
    asked.push(entry);
    try {
      return await globalThis.fetch(input, init);
    } finally {
      entry.settled = true;
    }
  }) as typeof globalThis.fetch;
  return { allo: new AlloClient({ apiKey: "k", baseUrl: server.url, fetch, ...options }), asked };
}

describe("…All with concurrency", () => {
  it("yields every item in order with concurrency 4, never asking more than 3 pages beyond the one being read", async () => {
    const { allo, asked } = recorded();
    const ids: string[] = [];
    for await (const item of allo.conversations.items.searchAll({ size: 10 })) {
      const reading = Math.floor(Number(item.id.slice(4)) / 10) + 1;
      expect(Math.max(...asked.map((a) => a.page)) - reading).toBeLessThanOrEqual(3);
      ids.push(item.id);
    }
    expect(ids).toEqual(Array.from({ length: TOTAL }, (_, i) => `cll-${i}`));
    // It did fetch ahead: while the first page was read, pages 2 to 4 were already asked.
    expect(asked.slice(0, 4).map((a) => a.page)).toEqual([1, 2, 3, 4]);
  });

  it("asks each page once and none past the end, v1 and v2 alike", async () => {
    const v2 = recorded();
    let n = 0;
    for await (const _ of v2.allo.conversations.items.searchAll({ size: 10 }, { concurrency: 8 })) n++;
    expect(n).toBe(TOTAL);
    expect(v2.asked.map((a) => a.page).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const v1 = recorded();
    n = 0;
    for await (const _ of v1.allo.contacts.searchAll({ size: 20 }, { concurrency: 8 })) n++;
    expect(n).toBe(TOTAL);
    expect(v1.asked.map((a) => a.page).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
  });

  it("without a total, asks one page after the other until an empty one", async () => {
    announce = false;
    try {
      const { allo, asked } = recorded();
      let n = 0;
      for await (const _ of allo.contacts.searchAll({ size: 20 }, { concurrency: 8 })) {
        // Never a page beyond the one being read: the end is not known.
        expect(asked.length).toBe(Math.floor(n / 20) + 1);
        n++;
      }
      expect(n).toBe(TOTAL);
      expect(asked.map((a) => a.page)).toEqual([0, 1, 2, 3, 4, 5]);
    } finally {
      announce = true;
    }
  });

  it("cancels the pages fetched ahead when the caller stops, and asks no more", async () => {
    // Pages 4 on stay unanswered: they are still on the wire when the caller stops.
    holdFrom = 4;
    try {
      const { allo, asked } = recorded();
      for await (const item of allo.conversations.items.searchAll({ size: 10 }, { concurrency: 5 })) if (item.id === "cll-12") break;
      const beyond = asked.filter((a) => a.page >= 4);
      expect(beyond.map((a) => a.page).sort()).toEqual([4, 5, 6]);
      expect(beyond.every((a) => a.signal?.aborted)).toBe(true);
      expect(Math.max(...asked.map((a) => a.page))).toBe(6);
    } finally {
      holdFrom = Infinity;
      release();
    }
  });

  it("ends with a page's error where that page comes, after every item before it", async () => {
    failing = new Set([3]);
    try {
      const { allo } = recorded();
      const ids: string[] = [];
      const error = await (async () => {
        for await (const item of allo.conversations.items.searchAll({ size: 10 })) ids.push(item.id);
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AlloApiError);
      expect(error).toMatchObject({ code: "INVALID_SEARCH_QUERY" });
      expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => `cll-${i}`));
    } finally {
      failing = new Set();
    }
  });

  it("passes the caller's signal to every page: an abort ends the iteration with its reason", async () => {
    const { allo, asked } = recorded();
    const controller = new AbortController();
    const reason = new Error("shutting down");
    const error = await (async () => {
      for await (const item of allo.conversations.items.searchAll({ size: 10 }, { signal: controller.signal }))
        if (item.id === "cll-5") controller.abort(reason);
    })().catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(asked.every((a) => a.settled || a.signal?.aborted)).toBe(true);
  });

  it("refuses a concurrency that is not a whole number from 1 to 32, before any request", () => {
    const { allo, asked } = recorded();
    for (const concurrency of [0, 33, 1.5, "4"]) {
      expect(() => allo.contacts.searchAll({}, { concurrency: concurrency as number })).toThrow(AlloValidationError);
      expect(() => allo.crm.people.searchAll({}, { concurrency: concurrency as number })).toThrow(
        /options\.concurrency must be a whole number from 1 to 32/,
      );
    }
    expect(asked).toEqual([]);
  });
});
