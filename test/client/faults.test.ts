// Every failure case of docs/reliability.md, against a real local server that misbehaves on
// purpose, on a GET (numbers.list) and on POST /sms (sms.send): the outcome, the number of attempts
// the server saw, and no unhandled rejection. A POST is never repeated unless the answer proves
// nothing was done.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AlloApiError,
  AlloClient,
  AlloNetworkError,
  AlloTimeoutError,
  type AlloClientOptions,
  type AlloLogEvent,
} from "../../src/index.js";
import { NUMBERS, SENT, json, refusedUrl, stallMidBody, startFaultServer, type Behaviour } from "../helpers/fault-server.js";

const KEY = "fault-test-key";
const SMS = { from: "+13055550180", to: "+13055550142", message: "hi" };

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on("unhandledRejection", onUnhandled);
});
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

const SEARCH = {
  data: [{ id: "cll-1", type: "CALL" }],
  pagination: { page: 1, size: 20, total_count: 1, total_pages: 1, has_more: false },
};

/** The right success body for whichever operation was called. */
const ok: Behaviour = (req, res) => {
  if (req.url?.endsWith("/tags")) return void res.writeHead(200).end();
  if (req.url?.endsWith("/items/search")) return json(res, 200, SEARCH);
  json(res, 200, req.method === "POST" ? SENT : NUMBERS);
};

interface Outcome {
  /** The error class expected, or "ok" for a success. */
  result: "ok" | typeof AlloApiError | typeof AlloNetworkError | typeof AlloTimeoutError;
  attempts: number;
  code?: string;
  status?: number;
  retryAfter?: number | null;
  message?: RegExp;
}

interface Case {
  name: string;
  behaviour: Behaviour;
  get: Outcome;
  post: Outcome;
  options?: Partial<AlloClientOptions>;
}

const MAY_HAVE_BEEN_PROCESSED = /may have been processed/;

const cases: Case[] = [
  {
    name: "a reset before any header",
    behaviour: (req) => req.socket.destroy(),
    get: { result: AlloNetworkError, attempts: 3 },
    post: { result: AlloNetworkError, attempts: 1, message: MAY_HAVE_BEEN_PROCESSED },
  },
  {
    name: "a reset in the middle of the body",
    behaviour: (req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      // Cut once the first bytes are on their way.
      res.write('{"data":[', () => req.socket.destroy());
    },
    get: { result: AlloNetworkError, attempts: 3, message: /cut short/ },
    post: { result: AlloNetworkError, attempts: 1, message: MAY_HAVE_BEEN_PROCESSED },
  },
  {
    name: "headers, then a stall mid-body",
    behaviour: (_req, res) => stallMidBody(res, { "content-length": "1000" }),
    options: { timeout: 300 },
    get: { result: AlloTimeoutError, attempts: 3, message: /within 300 ms/ },
    post: { result: AlloTimeoutError, attempts: 1 },
  },
  {
    name: "a body shorter than its Content-Length",
    behaviour: (req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.end('{"data":[]}', () => req.socket.end());
    },
    get: { result: AlloNetworkError, attempts: 3, message: /cut short/ },
    post: { result: AlloNetworkError, attempts: 1, message: MAY_HAVE_BEEN_PROCESSED },
  },
  {
    name: "a 500 with a JSON error",
    behaviour: (_req, res) => json(res, 500, { code: "INTERNAL_ERROR", details: null }),
    get: { result: AlloApiError, attempts: 3, status: 500, code: "INTERNAL_ERROR" },
    post: { result: AlloApiError, attempts: 1, status: 500, code: "INTERNAL_ERROR" },
  },
  {
    name: "a 502 HTML page from a proxy",
    behaviour: (_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
    },
    get: { result: AlloApiError, attempts: 3, status: 502, code: "HTTP_502" },
    post: { result: AlloApiError, attempts: 1, status: 502, code: "HTTP_502" },
  },
  {
    name: "a 503 with Retry-After: 1",
    behaviour: (_req, res) => json(res, 503, { code: "UNAVAILABLE", details: null }, { "retry-after": "1" }),
    options: { maxRetries: 1 },
    get: { result: AlloApiError, attempts: 2, status: 503, retryAfter: 1 },
    post: { result: AlloApiError, attempts: 1, status: 503, retryAfter: 1 },
  },
  {
    name: "a 429 with Retry-After: 2, then success",
    behaviour: (req, res, _seen, n) =>
      n === 0 ? json(res, 429, { code: "RATE_LIMITED", details: null }, { "retry-after": "2" }) : ok(req, res, _seen, n),
    get: { result: "ok", attempts: 2 },
    post: { result: "ok", attempts: 2 },
  },
  {
    name: "a 429 whose quota resets in an hour (reset_in=3600)",
    behaviour: (_req, res) =>
      json(res, 429, { code: "API_KEY_QUOTA_EXCEEDED", details: [{ field: "DAILY", message: "limit=1000;type=DAILY;reset_in=3600" }] }),
    get: { result: AlloApiError, attempts: 1, status: 429, code: "API_KEY_QUOTA_EXCEEDED", retryAfter: 3600 },
    post: { result: AlloApiError, attempts: 1, status: 429, code: "API_KEY_QUOTA_EXCEEDED", retryAfter: 3600 },
  },
  {
    name: "Retry-After: 99999999 (beyond any timer)",
    behaviour: (_req, res) => json(res, 429, { code: "RATE_LIMITED", details: null }, { "retry-after": "99999999" }),
    get: { result: AlloApiError, attempts: 1, code: "RATE_LIMITED", retryAfter: 99999999 },
    post: { result: AlloApiError, attempts: 1, code: "RATE_LIMITED", retryAfter: 99999999 },
  },
  {
    name: "malformed JSON with a 200",
    behaviour: (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"data": [');
    },
    get: { result: AlloNetworkError, attempts: 1, message: /not valid JSON/ },
    post: { result: AlloNetworkError, attempts: 1, message: MAY_HAVE_BEEN_PROCESSED },
  },
  {
    name: "an empty 200",
    behaviour: (_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "0" });
      res.end();
    },
    get: { result: AlloNetworkError, attempts: 1, message: /the 200 answer is empty/ },
    post: { result: AlloNetworkError, attempts: 1, message: MAY_HAVE_BEEN_PROCESSED },
  },
  {
    name: "a 50 MB body with its Content-Length",
    behaviour: (_req, res) => {
      const size = 50 * 1024 * 1024;
      res.on("error", () => {});
      res.writeHead(200, { "content-type": "application/json", "content-length": String(size) });
      res.end(Buffer.alloc(size, 0x20));
    },
    get: { result: AlloNetworkError, attempts: 1, message: /larger than maxResponseBytes/ },
    post: { result: AlloNetworkError, attempts: 1, message: /larger than maxResponseBytes/ },
  },
  {
    name: "a 50 MB body streamed without a length",
    behaviour: (_req, res) => {
      res.on("error", () => {});
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 50 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
    },
    get: { result: AlloNetworkError, attempts: 1, message: /larger than maxResponseBytes/ },
    post: { result: AlloNetworkError, attempts: 1, message: /larger than maxResponseBytes/ },
  },
  {
    name: "a 401",
    behaviour: (_req, res) => json(res, 401, { code: "API_KEY_INVALID", details: null }),
    get: { result: AlloApiError, attempts: 1, status: 401, code: "API_KEY_INVALID", retryAfter: null },
    post: { result: AlloApiError, attempts: 1, status: 401, code: "API_KEY_INVALID" },
  },
  {
    name: "a 400 with details",
    behaviour: (_req, res) =>
      json(
        res,
        400,
        { code: "INVALID_TO_NUMBER", details: [{ field: "to", message: "not a valid phone number" }] },
        { "x-request-id": "req_123" },
      ),
    get: { result: AlloApiError, attempts: 1, status: 400, code: "INVALID_TO_NUMBER" },
    post: { result: AlloApiError, attempts: 1, status: 400, code: "INVALID_TO_NUMBER" },
  },
];

async function check(outcome: Outcome, call: () => Promise<unknown>, attempts: () => number): Promise<unknown> {
  const settled = await call().then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  expect(attempts()).toBe(outcome.attempts);
  if (outcome.result === "ok") {
    expect(settled).toHaveProperty("value");
    return (settled as { value: unknown }).value;
  }
  expect(settled).toHaveProperty("error");
  const error = (settled as { error: Error }).error;
  expect(error).toBeInstanceOf(outcome.result);
  if (outcome.message) expect(error.message).toMatch(outcome.message);
  if (error instanceof AlloApiError) {
    if (outcome.status !== undefined) expect(error.status).toBe(outcome.status);
    if (outcome.code !== undefined) expect(error.code).toBe(outcome.code);
    if (outcome.retryAfter !== undefined) expect(error.retryAfter).toBe(outcome.retryAfter);
  }
  return error;
}

/**
 * The four kinds of operation the generated table tells apart, each called through a real method:
 * a GET, a POST that changes nothing (retried as a read), a write Allo deduplicates by
 * Idempotency-Key (retried as a read, with the same key), and a plain write (sent once).
 */
const kinds = [
  {
    kind: "GET /v1/api/numbers (a read)",
    call: (allo: AlloClient) => allo.numbers.list(),
    outcome: (c: Case) => c.get,
    write: false,
    keyed: false,
  },
  {
    kind: "POST /v2/api/conversations/items/search (a read by POST)",
    call: (allo: AlloClient) => allo.conversations.items.search({ search: "refund" }),
    outcome: (c: Case) => c.get,
    write: false,
    keyed: false,
  },
  {
    kind: "POST /v2/api/conversations/items/{id}/tags (a write with an Idempotency-Key)",
    call: (allo: AlloClient) => allo.tags.add("cll-abc123", ["qualified"]),
    // Adding tags documents no answer body: an empty 200 is its success.
    outcome: (c: Case): Outcome => {
      if (c.name === "an empty 200") return { result: "ok", attempts: 1 };
      const { message: _readsMessage, ...rest } = c.get;
      return rest;
    },
    write: true,
    keyed: true,
  },
  {
    kind: "POST /v1/api/sms (a write, never sent twice)",
    call: (allo: AlloClient) => allo.sms.send(SMS),
    outcome: (c: Case) => c.post,
    write: true,
    keyed: false,
  },
];

describe.concurrent.each(cases)("$name", (c) => {
  it.each(kinds)("on $kind", async ({ call, outcome, write, keyed }) => {
    const server = await startFaultServer(c.behaviour);
    try {
      const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url, ...c.options });
      const want = outcome(c);
      const error = await check(
        want,
        () => call(allo),
        () => server.seen.length,
      );
      // Every attempt carried the same request id, the same body and, for a keyed write, the same key.
      const ids = new Set(server.seen.map((s) => s.headers["x-request-id"]));
      expect(ids.size).toBe(1);
      expect([...ids][0]).toMatch(/^req_[0-9A-Za-z]{20}$/);
      expect(new Set(server.seen.map((s) => s.body)).size).toBe(1);
      const keys = server.seen.map((s) => s.headers["idempotency-key"]);
      if (keyed) {
        expect(new Set(keys).size).toBe(1);
        expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      } else {
        expect(keys.every((k) => k === undefined)).toBe(true);
      }
      if (want.result !== "ok") {
        const e = error as AlloApiError;
        expect(e.attempts).toBe(server.seen.length);
        // The error carries the id the server saw (or, for an API error, the one it answered with).
        expect(e.requestId === [...ids][0] || (e instanceof AlloApiError && e.requestId === "req_123")).toBe(true);
        expect(e.message).toContain(`Request id: ${e.requestId}`);
        // A write may have taken effect exactly when the message says so; a read never.
        expect(e.maybeProcessed).toBe(write && MAY_HAVE_BEEN_PROCESSED.test(e.message));
        if (!write) expect(e.message).not.toMatch(MAY_HAVE_BEEN_PROCESSED);
        if (e.attempts > 1) expect(e.message).toContain(`${e.attempts} attempts made`);
      }
    } finally {
      await server.close();
    }
  });
});

describe.concurrent("a refused connection (nothing was sent)", () => {
  async function countingClient() {
    let calls = 0;
    const allo = new AlloClient({
      apiKey: KEY,
      baseUrl: await refusedUrl(),
      fetch: (input, init) => {
        calls++;
        return fetch(input, init);
      },
    });
    return { allo, calls: () => calls };
  }

  it("is retried on GET, then fails as AlloNetworkError", async () => {
    const { allo, calls } = await countingClient();
    const error = await check({ result: AlloNetworkError, attempts: 3, message: /connection refused/ }, () => allo.numbers.list(), calls);
    expect((error as Error).message).not.toMatch(MAY_HAVE_BEEN_PROCESSED);
  });

  it("is retried on POST /sms too: the SMS cannot have been sent", async () => {
    const { allo, calls } = await countingClient();
    await check({ result: AlloNetworkError, attempts: 3, message: /connection refused/ }, () => allo.sms.send(SMS), calls);
  });
});

describe.concurrent("retries", () => {
  it("honour Retry-After: after a 429 asking for 2 s, the client waits 2 s (said in its retry event) and sends again", async () => {
    const server = await startFaultServer(cases.find((c) => c.name.startsWith("a 429 with Retry-After: 2"))!.behaviour);
    const events: AlloLogEvent[] = [];
    const logger = { warn: (_line: string, e: AlloLogEvent) => events.push(e) };
    try {
      await new AlloClient({ apiKey: KEY, baseUrl: server.url, logger, logLevel: "warn" }).sms.send(SMS);
      expect(server.seen).toHaveLength(2);
      expect(events).toEqual([expect.objectContaining({ event: "retry", status: 429, waitMs: 2000, attempt: 1, reason: "RATE_LIMITED" })]);
    } finally {
      await server.close();
    }
  });

  /**
   * A 429 whose Retry-After is an HTTP date, a whole second `ahead` to `ahead + 1` seconds after it
   * is sent; then successes. `date` and `sentAt` say what was sent and when.
   */
  async function rateLimitedUntilDate(ahead: number) {
    const sent = { date: 0, sentAt: 0 };
    const server = await startFaultServer((req, res, seen, n) => {
      if (n > 0) return ok(req, res, seen, n);
      sent.sentAt = Date.now();
      sent.date = Math.ceil(sent.sentAt / 1000) * 1000 + ahead * 1000;
      json(res, 429, { code: "RATE_LIMITED", details: null }, { "retry-after": new Date(sent.date).toUTCString() });
    });
    // The client reads the date against its own clock at some moment between the answer being sent
    // and `at`, and rounds the time left up to whole seconds: the wait it chose lies between these.
    const secondsLeft = (at: number) => Math.ceil((sent.date - at) / 1000);
    return { server, sent, secondsBetween: (at: number) => [secondsLeft(at), secondsLeft(sent.sentAt)] as const };
  }

  it("honour Retry-After as an HTTP date: after a 429 naming a date 1-2 s ahead, the client waits until then (said in its retry event) and sends again", async () => {
    const { server, secondsBetween } = await rateLimitedUntilDate(1);
    const events: Array<{ event: AlloLogEvent; at: number }> = [];
    const logger = { warn: (_line: string, event: AlloLogEvent) => events.push({ event, at: Date.now() }) };
    try {
      await new AlloClient({ apiKey: KEY, baseUrl: server.url, logger, logLevel: "warn" }).numbers.list();
      expect(server.seen).toHaveLength(2);
      expect(events.map((e) => e.event)).toEqual([
        expect.objectContaining({ event: "retry", status: 429, attempt: 1, reason: "RATE_LIMITED" }),
      ]);
      const [least, most] = secondsBetween(events[0]!.at);
      expect(least).toBeGreaterThanOrEqual(1);
      const { waitMs } = events[0]!.event as { waitMs: number };
      expect(waitMs).toBeGreaterThanOrEqual(least * 1000);
      expect(waitMs).toBeLessThanOrEqual(most * 1000);
    } finally {
      await server.close();
    }
  });

  it("a 429 whose Retry-After date is further than maxRetryDelay fails at once, its retryAfter in seconds", async () => {
    const { server, secondsBetween } = await rateLimitedUntilDate(60);
    try {
      const error = await new AlloClient({ apiKey: KEY, baseUrl: server.url, maxRetryDelay: 30_000 }).numbers
        .list()
        .catch((e: unknown) => e);
      const [least, most] = secondsBetween(Date.now());
      expect(error).toBeInstanceOf(AlloApiError);
      expect(error).toMatchObject({ status: 429, code: "RATE_LIMITED", attempts: 1 });
      expect((error as AlloApiError).retryAfter).toBeGreaterThanOrEqual(least);
      expect((error as AlloApiError).retryAfter).toBeLessThanOrEqual(most);
      expect(server.seen).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("stop at maxRetries, per client and per call", async () => {
    const server = await startFaultServer((_req, res) => json(res, 503, { code: "X", details: null }));
    try {
      const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 });
      await expect(allo.numbers.list()).rejects.toBeInstanceOf(AlloApiError);
      expect(server.seen).toHaveLength(1);
      await expect(allo.numbers.list({ maxRetries: 1 })).rejects.toBeInstanceOf(AlloApiError);
      expect(server.seen).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it("retry a 429 on POST /webhooks and POST /contacts, but never their 5xx", async () => {
    let n = 0;
    const server = await startFaultServer((req, res) => {
      n++;
      if (req.url?.endsWith("/webhooks")) {
        return n === 1
          ? json(res, 429, { code: "RATE_LIMITED", details: null }, { "retry-after": "0" })
          : json(res, 200, {
              data: { id: "wh_1", alloNumber: "+13055550180", enabled: true, url: "https://x.com/h", topics: ["SMS_SENT"] },
            });
      }
      json(res, 500, { code: "INTERNAL_ERROR", details: null });
    });
    try {
      const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url });
      const hook = await allo.webhooks.create({ allo_number: "+13055550180", url: "https://x.com/h", topics: ["SMS_SENT"] });
      expect(hook.allo_number).toBe("+13055550180");
      expect(server.seen.filter((s) => s.url.endsWith("/webhooks"))).toHaveLength(2);
      await expect(allo.contacts.create({ numbers: ["+33612345678"] })).rejects.toMatchObject({ status: 500 });
      expect(server.seen.filter((s) => s.url.endsWith("/contacts"))).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("retry a 500 on PUT and DELETE, which are safe to repeat", async () => {
    const server = await startFaultServer((req, res, _seen, n) =>
      n % 2 === 0
        ? json(res, 500, { code: "INTERNAL_ERROR", details: null })
        : json(res, 200, req.method === "PUT" ? { data: { id: "cnt_1", numbers: [], emails: [] } } : { data: null }),
    );
    try {
      const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url });
      await allo.contacts.update("cnt_1", { name: "Jean" });
      await allo.webhooks.delete("wh_1");
      expect(server.seen.map((s) => s.method)).toEqual(["PUT", "PUT", "DELETE", "DELETE"]);
    } finally {
      await server.close();
    }
  });
});

describe.concurrent("cancellation", () => {
  it("an already aborted signal sends nothing", async () => {
    const server = await startFaultServer(ok);
    try {
      const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url });
      const reason = new Error("user left");
      await expect(allo.numbers.list({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
      expect(server.seen).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it("aborting during the wait before a retry rejects at once with the signal's reason", async () => {
    const server = await startFaultServer((_req, res) => json(res, 503, { code: "X", details: null }, { "retry-after": "20" }));
    try {
      const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url });
      const controller = new AbortController();
      const pending = allo.numbers.list({ signal: controller.signal });
      // The 503 has been answered: the client is now waiting 20 s before its retry.
      await server.received(1);
      controller.abort();
      const error = await pending.catch((e: unknown) => e);
      expect((error as Error).name).toBe("AbortError");
      expect(server.seen).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("aborting while the body streams stops the request, and it is not retried", async () => {
    const server = await startFaultServer((_req, res) => stallMidBody(res, { "content-length": "1000" }));
    try {
      const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url });
      const controller = new AbortController();
      const pending = allo.numbers.list({ signal: controller.signal });
      // The headers and the first bytes are sent: the client is reading the body.
      await server.received(1);
      const reason = new Error("stop");
      controller.abort(reason);
      await expect(pending).rejects.toBe(reason);
      expect(server.seen).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("one AbortSignal shared by 10,000 requests, sequential and concurrent, leaves no listener behind", async () => {
    const { EventEmitter } = await import("node:events");
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    const server = await startFaultServer(ok);
    try {
      const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url });
      const controller = new AbortController();
      // Half one after the other, half 200 at a time: neither may leave a listener or pass Node's limit.
      for (let i = 0; i < 5000; i++) await allo.numbers.list({ signal: controller.signal });
      for (let batch = 0; batch < 25; batch++) {
        await Promise.all(Array.from({ length: 200 }, () => allo.numbers.list({ signal: controller.signal })));
      }
      expect(server.seen).toHaveLength(10_000);
      expect(EventEmitter.getEventListeners(controller.signal, "abort")).toHaveLength(0);
      expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
    } finally {
      process.off("warning", onWarning);
      await server.close();
    }
  }, 60_000);
});
