// The rate gate, on a fake clock: every call is counted where it starts (an in-memory fetch, so
// the only timers are the gate's own), and time moves only when the test moves it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AlloClient, AlloTimeoutError, type AlloClientOptions } from "../../src/index.js";
import { SPACING_MARGIN } from "../../src/http/rate-gate.js";
import { NUMBERS, SENT } from "../helpers/fault-server.js";

const SMS = { from: "+13055550180", to: "+13055550142", message: "hi" };
/** The gate's spacing at `perSecond`: 1/rate and its margin, in ms. */
const spacing = (perSecond: number) => (1000 / perSecond) * (1 + SPACING_MARGIN);

interface Start {
  at: number;
  method: string;
}

/** A fetch that records when each call starts and answers at once: `answer(n)` for the n-th call (0-based). */
function counting(answer: (n: number, method: string) => Response = (_n, method) => ok(method === "GET" ? NUMBERS : SENT)) {
  const starts: Start[] = [];
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? "GET";
    starts.push({ at: Date.now(), method });
    return answer(starts.length - 1, method);
  };
  return { fetch: fetch as typeof globalThis.fetch, starts };
}

function ok(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json", ...headers } });
}

/** The most starts in any window of `windowMs` (half-open, as Allo's one-second windows). */
function mostInAnyWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0; i < sorted.length; i++) {
    let n = 0;
    while (i + n < sorted.length && sorted[i + n]! < sorted[i]! + windowMs) n++;
    most = Math.max(most, n);
  }
  return most;
}

/** Moves the fake clock in steps until `done` says so (or `maxMs` have passed). */
async function runUntil(done: () => boolean, maxMs = 60_000, stepMs = 10): Promise<void> {
  for (let t = 0; t <= maxMs && !done(); t += stepMs) await vi.advanceTimersByTimeAsync(stepMs);
}

const T0 = Date.parse("2026-11-27T10:00:00.000Z");
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

const client = (fetch: typeof globalThis.fetch, options: Partial<AlloClientOptions> = {}) =>
  new AlloClient({ apiKey: "k", baseUrl: "https://allo.test", fetch, rateLimit: { readsPerSecond: 20, writesPerSecond: 5 }, ...options });

describe("the rate gate", () => {
  it("never lets more than N calls of a bucket start in any one-second window", async () => {
    const { fetch, starts } = counting();
    const allo = client(fetch, { rateLimit: { readsPerSecond: 10, writesPerSecond: 3 } });
    let settled = 0;
    const calls = [...Array.from({ length: 34 }, () => allo.numbers.list()), ...Array.from({ length: 10 }, () => allo.sms.send(SMS))].map(
      (p) => p.then(() => settled++),
    );
    // Nothing more than the first of each bucket goes before the clock moves.
    await vi.advanceTimersByTimeAsync(0);
    expect(starts.map((s) => s.method).sort()).toEqual(["GET", "POST"]);
    await runUntil(() => settled === calls.length);
    await Promise.all(calls);
    const reads = starts.filter((s) => s.method === "GET").map((s) => s.at);
    const writes = starts.filter((s) => s.method === "POST").map((s) => s.at);
    expect(reads).toHaveLength(34);
    expect(mostInAnyWindow(reads, 1000)).toBe(10);
    expect(mostInAnyWindow(writes, 1000)).toBe(3);
    // ...and no fewer: they go at the rate, one every 1/rate (and its margin).
    expect(Math.max(...reads) - T0).toBeLessThanOrEqual(33 * spacing(10) + 10);
    expect(Math.max(...writes) - T0).toBeLessThanOrEqual(9 * spacing(3) + 10);
  });

  it("counts the searches, which are POSTs, as writes", async () => {
    const { fetch, starts } = counting((_n, method) =>
      ok(method === "POST" ? { data: [], pagination: { page: 1, size: 20, total_count: 0, total_pages: 0, has_more: false } } : NUMBERS),
    );
    const allo = client(fetch);
    const calls = Array.from({ length: 6 }, () => allo.conversations.items.search({ search: "refund" }));
    await vi.advanceTimersByTimeAsync(999);
    expect(starts).toHaveLength(5);
    await runUntil(() => starts.length === 6);
    await Promise.all(calls);
  });

  it("pauses every call of the client for the Retry-After of one 429, not only the one that got it", async () => {
    const { fetch, starts } = counting((n, method) =>
      n === 0
        ? new Response(JSON.stringify({ code: "RATE_LIMITED" }), { status: 429, headers: { "retry-after": "2" } })
        : ok(method === "GET" ? NUMBERS : SENT),
    );
    const allo = client(fetch);
    const first = allo.numbers.list();
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toHaveLength(1);
    // A read and a write that come after the 429: neither starts before the pause ends.
    const others = [allo.numbers.list(), allo.sms.send(SMS)];
    await vi.advanceTimersByTimeAsync(1990);
    expect(starts).toHaveLength(1);
    await runUntil(() => starts.length === 4);
    await Promise.all([first, ...others]);
    expect(starts.slice(1).every((s) => s.at >= T0 + 2000)).toBe(true);
  });

  it("without the gate, a 429 holds back only the call that got it (the control of the test above)", async () => {
    const { fetch, starts } = counting((n) =>
      n === 0 ? new Response(JSON.stringify({ code: "RATE_LIMITED" }), { status: 429, headers: { "retry-after": "2" } }) : ok(NUMBERS),
    );
    const allo = client(fetch, { rateLimit: false });
    const first = allo.numbers.list();
    await vi.advanceTimersByTimeAsync(0);
    const other = allo.numbers.list();
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toHaveLength(2);
    await runUntil(() => starts.length === 3);
    await Promise.all([first, other]);
  });

  it("waits for X-RateLimit-Reset when an answer says X-RateLimit-Remaining: 0", async () => {
    const reset = String(Math.ceil((T0 + 1500) / 1000));
    const { fetch, starts } = counting((n) =>
      ok(NUMBERS, n === 0 ? { "x-ratelimit-limit": "20", "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset } : {}),
    );
    const allo = client(fetch);
    await allo.numbers.list();
    const next = allo.numbers.list();
    await vi.advanceTimersByTimeAsync(1400);
    expect(starts).toHaveLength(1);
    await runUntil(() => starts.length === 2);
    await next;
    expect(starts[1]!.at).toBeGreaterThanOrEqual(Number(reset) * 1000);
  });

  it("is not stalled by the mock's headers (Limit 20 on writes too, Remaining 19, a Reset long past), nor sped up by them", async () => {
    const mock = { "x-ratelimit-limit": "20", "x-ratelimit-remaining": "19", "x-ratelimit-reset": "1776767401" };
    const { fetch, starts } = counting((_n, method) => ok(method === "GET" ? NUMBERS : SENT, mock));
    const allo = client(fetch);
    for (let i = 0; i < 5; i++) {
      const call = allo.sms.send(SMS);
      await runUntil(() => starts.length === i + 1);
      await call;
    }
    const gaps = starts.slice(1).map((s, i) => s.at - starts[i]!.at);
    // 5 writes per second, each 1/5 s after the one before: not 1/20 s, and no pause.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(200);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(spacing(5) + 10);
  });

  it("slows a bucket to a lower X-RateLimit-Limit than configured", async () => {
    const { fetch, starts } = counting(() => ok(NUMBERS, { "x-ratelimit-limit": "2" }));
    const allo = client(fetch);
    await allo.numbers.list();
    const calls = [allo.numbers.list(), allo.numbers.list()];
    await runUntil(() => starts.length === 3);
    await Promise.all(calls);
    expect(starts[2]!.at - starts[1]!.at).toBeGreaterThanOrEqual(500);
  });

  it("gives up at once, sending nothing, when a call's turn is further than its timeout; later calls are not delayed by it", async () => {
    const { fetch, starts } = counting();
    const allo = client(fetch, { timeout: 300 });
    const sent = [allo.sms.send(SMS), allo.sms.send(SMS)];
    const late = allo.sms.send(SMS).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    const error = await late;
    expect(error).toBeInstanceOf(AlloTimeoutError);
    expect(error).toMatchObject({ attempts: 0, maybeProcessed: false });
    expect((error as Error).message).toMatch(
      /its turn at the rate limit would come after its 300 ms timeout, so nothing was sent\. Send fewer calls at once/,
    );
    await runUntil(() => starts.length === 2);
    await Promise.all(sent);
    // The next call's turn is right after the second: the refused one reserved nothing.
    const after = allo.sms.send(SMS);
    await runUntil(() => starts.length === 3);
    await after;
    expect(starts[2]!.at - starts[1]!.at).toBeLessThan(2 * spacing(5));
  });

  it("stops waiting at once when the call's signal aborts, with its reason, and sends nothing", async () => {
    const { fetch, starts } = counting();
    const allo = client(fetch);
    await allo.sms.send(SMS);
    const controller = new AbortController();
    const waiting = allo.sms.send(SMS, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(50);
    const reason = new Error("user left");
    controller.abort(reason);
    expect(await waiting).toBe(reason);
    await vi.advanceTimersByTimeAsync(1000);
    expect(starts).toHaveLength(1);
  });
});

describe("the gate's options", () => {
  it.each<[unknown, RegExp]>([
    [true, /rateLimit must be false or \{ readsPerSecond, writesPerSecond \}/],
    [{ readsPerSecond: 0 }, /rateLimit\.readsPerSecond must be a positive number of calls per second/],
    [{ writesPerSecond: Infinity }, /rateLimit\.writesPerSecond must be a positive/],
    [{ readPerSecond: 10 }, /rateLimit\.readPerSecond is not known: rateLimit takes readsPerSecond and writesPerSecond/],
  ])("refuses rateLimit %j, naming the field", (rateLimit, message) => {
    expect(() => new AlloClient({ apiKey: "k", rateLimit } as AlloClientOptions)).toThrow(message);
  });

  it("refuses stores that lack a method the client calls, naming it", () => {
    const rateLimits = { reserve: () => 0, pause: () => {}, pausedFor: () => 0 };
    expect(() => new AlloClient({ apiKey: "k", stores: { rateLimits } } as unknown as AlloClientOptions)).toThrow(
      /stores\.smsKeys must have the methods peek, claim, settle, release, forget \(missing peek, claim, settle, release, forget\)/,
    );
    expect(() => new AlloClient({ apiKey: "k", stores: { rateLimits: {}, smsKeys: {} } } as unknown as AlloClientOptions)).toThrow(
      /stores\.rateLimits must have/,
    );
  });
});

describe("the gate's default", () => {
  it("paces a client of Allo's own API (the default baseUrl)", async () => {
    const { fetch, starts } = counting();
    const allo = new AlloClient({ apiKey: "k", fetch });
    const calls = Array.from({ length: 10 }, () => allo.sms.send(SMS));
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toHaveLength(1);
    await runUntil(() => starts.length === 10);
    await Promise.all(calls);
  });

  // A gateway or a company proxy in front of Allo: not Allo's host, but Allo's limits.
  const GATEWAY = "https://allo-gateway.example.com";

  it("elsewhere, paces every call of the client from the first 429 on, whatever the host", async () => {
    const { fetch, starts } = counting((n, method) =>
      n === 0
        ? new Response(JSON.stringify({ code: "RATE_LIMITED" }), { status: 429, headers: { "retry-after": "1" } })
        : ok(method === "GET" ? NUMBERS : SENT),
    );
    const allo = new AlloClient({ apiKey: "k", baseUrl: GATEWAY, fetch });
    const first = allo.sms.send(SMS);
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toHaveLength(1);
    // After the 429: the pause it asked for, then one write every 1/5 s (and its margin).
    const later = Array.from({ length: 6 }, () => allo.sms.send(SMS));
    await runUntil(() => starts.length === 8);
    await Promise.all([first, ...later]);
    const after = starts.slice(1).map((s) => s.at);
    expect(Math.min(...after)).toBeGreaterThanOrEqual(T0 + 1000);
    expect(mostInAnyWindow(after, 1000)).toBe(5);
  });

  it("elsewhere, does not pace before any sign of a limit: every call starts at once", async () => {
    const { fetch, starts } = counting();
    const allo = new AlloClient({ apiKey: "k", baseUrl: GATEWAY, fetch });
    const calls = Array.from({ length: 12 }, () => allo.sms.send(SMS));
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toHaveLength(12);
    await Promise.all(calls);
  });

  it("elsewhere, follows X-RateLimit-* headers once answers carry them: a bucket out of calls waits for its reset", async () => {
    const reset = String(Math.ceil((T0 + 1500) / 1000));
    const { fetch, starts } = counting((n) =>
      ok(SENT, { "x-ratelimit-limit": "5", "x-ratelimit-remaining": n === 0 ? "0" : "4", "x-ratelimit-reset": reset }),
    );
    const allo = new AlloClient({ apiKey: "k", baseUrl: GATEWAY, fetch });
    await allo.sms.send(SMS);
    const next = allo.sms.send(SMS);
    await vi.advanceTimersByTimeAsync(1000);
    expect(starts).toHaveLength(1);
    await runUntil(() => starts.length === 2);
    await next;
    expect(starts[1]!.at).toBeGreaterThanOrEqual(Number(reset) * 1000);
  });

  it("elsewhere, turns 25 SMS sent at once against a server that enforces Allo's limits into 25 sent, retrying only the first burst", async () => {
    // 5 writes per one-second window, as Allo; beyond, a 429 that says when the window ends.
    let window = -1;
    let used = 0;
    let refused = 0;
    const { fetch, starts } = counting(() => {
      const now = Math.floor(Date.now() / 1000);
      if (now !== window) {
        window = now;
        used = 0;
      }
      if (++used > 5) {
        refused++;
        return new Response(JSON.stringify({ code: "RATE_LIMITED" }), { status: 429, headers: { "retry-after": "1" } });
      }
      return ok(SENT, { "x-ratelimit-limit": "5", "x-ratelimit-remaining": String(5 - used), "x-ratelimit-reset": String(now + 1) });
    });
    const allo = new AlloClient({ apiKey: "k", baseUrl: GATEWAY, fetch });
    const results = Array.from({ length: 25 }, () =>
      allo.sms.send(SMS).then(
        () => "sent",
        (e: unknown) => e,
      ),
    );
    let settled = 0;
    for (const r of results) void r.then(() => settled++);
    await runUntil(() => settled === 25);
    expect(await Promise.all(results)).toEqual(Array(25).fill("sent"));
    // The first burst went before any answer could say a word; after it, no call was refused.
    expect(refused).toBe(20);
    expect(starts).toHaveLength(45);
  });
});
