// What an allowed request carries to Allo (the key, only the headers it knows, the query and body
// written again from the validated values) and what comes back to the browser (Allo's status and
// body, only safe headers). Allo is a real node:http server that records what it receives.
import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { AlloClient } from "../../src/index.js";
import { json, refusedUrl, stallMidBody } from "../helpers/fault-server.js";
import { createAlloProxy } from "../../src/proxy/index.js";
import { APP, browserRequest, fakeAllo, KEY, readable } from "./harness.js";

const fake = fakeAllo();
const SMS = { from: "+13055550180", to: "+13055550142", message: "Hi" };

describe("what reaches Allo", () => {
  it("the key in Authorization in place of the browser's own; X-Request-Id and Prefer; no cookie nor any other header", async () => {
    const response = await fake.proxy()(
      browserRequest("/v1/api/sms", {
        method: "POST",
        body: SMS,
        headers: {
          authorization: "proxied",
          cookie: "session=abc",
          prefer: "code=200",
          "x-request-id": "req_browser_1",
          accept: "text/html",
          origin: "http://app.test",
          "x-forwarded-for": "203.0.113.9",
          "x-app-secret": "s3cret",
          "user-agent": "Mozilla/5.0",
        },
      }),
    );
    expect(response.status).toBe(200);
    const [seen] = fake.server.seen;
    expect(seen!.headers).toMatchObject({
      authorization: KEY,
      accept: "application/json",
      "content-type": "application/json",
      "user-agent": expect.stringMatching(/^allo-client\/\S+ \(proxy\)$/),
      prefer: "code=200",
      "x-request-id": "req_browser_1",
    });
    // Besides those, only what the HTTP client itself writes on every request.
    const fetchOwn = ["host", "connection", "content-length", "accept-encoding", "accept-language", "sec-fetch-mode"];
    const proxied = ["authorization", "accept", "content-type", "user-agent", "prefer", "x-request-id"];
    expect(
      Object.keys(seen!.headers)
        .filter((h) => !fetchOwn.includes(h))
        .sort(),
    ).toEqual(proxied.sort());
  });

  it("the Idempotency-Key of an operation that takes one", async () => {
    const key = "5f0c6c1e-8f3a-4c8e-9a57-1d2b3c4d5e6f";
    const response = await fake.proxy()(
      browserRequest("/v2/api/conversations/items/cll-abc123/tags", {
        method: "POST",
        body: { tags: ["vip"] },
        headers: { "idempotency-key": key },
      }),
    );
    expect(response.status).toBe(200);
    expect(fake.server.seen[0]!.headers["idempotency-key"]).toBe(key);
  });

  it("the operation's versioned path below Allo's origin, a baseUrl ending in /v1/api meaning that origin", async () => {
    const proxy = fake.proxy({
      allow: ["contacts.search", "sms.send", "conversations.items.search"],
      baseUrl: `${fake.server.url}/v1/api/`,
    });
    await proxy(browserRequest("/v1/api/contacts?page=2&size=50"));
    await proxy(browserRequest("/v1/api/sms", { method: "POST", body: SMS }));
    await proxy(browserRequest("/v2/api/conversations/items/search", { method: "POST", body: { search: "refund" } }));
    expect(fake.server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      "GET /v1/api/contacts?page=2&size=50",
      "POST /v1/api/sms",
      "POST /v2/api/conversations/items/search",
    ]);
  });

  it.each([
    ["an escaped name", "/v1/api/contacts?pag%65=1", "/v1/api/contacts?page=1"],
    ["an escaped value", "/v1/api/contacts?page=%31", "/v1/api/contacts?page=1"],
    ["an empty pair", "/v1/api/contacts?page=1&&size=10", "/v1/api/contacts?page=1&size=10"],
    ["the spec's order", "/v1/api/contacts?size=10&page=1", "/v1/api/contacts?page=1&size=10"],
    ["a leading zero", "/v1/api/contacts?page=007", "/v1/api/contacts?page=7"],
    [
      "a + written raw",
      "/v1/api/calls?allo_number=%2B13055550180&contact_number=%2B13055550142",
      "/v1/api/calls?allo_number=%2B13055550180&contact_number=%2B13055550142",
    ],
    [
      "an encoded comma in a list",
      "/v1/api/contact/cnt_1?extend=engagement%2Cactivity",
      "/v1/api/contact/cnt_1?extend=engagement,activity",
    ],
    [
      "a fragment-looking value",
      "/v2/api/conversations?allo_number=%2B14155550100&unread=true#x",
      "/v2/api/conversations?allo_number=%2B14155550100&unread=true",
    ],
    ["no query but a ?", "/v1/api/numbers?", "/v1/api/numbers"],
  ])("the query written again from the validated values, whatever the browser wrote: %s", async (_what, asked, forwarded) => {
    const proxy = fake.proxy({ allow: ["contacts.search", "calls.search", "contacts.get", "conversations.list", "numbers.list"] });
    const response = await proxy(browserRequest(asked));
    expect(response.status).toBe(200);
    expect(fake.server.seen.map((s) => s.url)).toEqual([forwarded]);
  });

  it("the body written again from the validated value, not the browser's text", async () => {
    const text = `{ "from" : "+13055550180",\n "to": "+13055550142", "message": "Hi \\u00e9" }`;
    await fake.proxy()(browserRequest("/v1/api/sms", { method: "POST", body: text }));
    expect(fake.server.seen[0]!.body).toBe(JSON.stringify({ from: "+13055550180", to: "+13055550142", message: "Hi é" }));
  });

  it("a path parameter decoded for validation and encoded again as one segment", async () => {
    const proxy = fake.proxy({ allow: ["contacts.get", "conversations.act"] });
    await proxy(browserRequest("/v1/api/contact/cnt%5Fa"));
    await proxy(
      browserRequest("/v2/api/conversations/+14155551234/action", { method: "PUT", body: { action: "READ", allo_number: "+14155550100" } }),
    );
    expect(fake.server.seen.map((s) => s.url)).toEqual(["/v1/api/contact/cnt_a", "/v2/api/conversations/%2B14155551234/action"]);
  });

  it("no request body nor content-type for an operation that takes none", async () => {
    await fake.proxy()(new Request(`${APP}/v1/api/numbers`, { method: "GET" }));
    expect(fake.server.seen[0]!.body).toBe("");
    expect(fake.server.seen[0]!.headers["content-type"]).toBeUndefined();
  });
});

describe("the browser's client through the proxy", () => {
  // The same calls, once straight to the fake Allo and once through the proxy: Allo must see the
  // same request (the proxy's key and user agent aside), v1 and v2 alike.
  const calls: Array<[string, (allo: AlloClient) => Promise<unknown>]> = [
    ["contacts.get with extend", (a) => a.contacts.get("cnt_abc123", { extend: ["engagement", "activity"] })],
    ["calls.search", (a) => a.calls.search({ allo_number: "+13055550180", contact_number: "+13055550142", page: 0, size: 20 })],
    ["sms.send", (a) => a.sms.send(SMS)],
    ["conversations.list", (a) => a.conversations.list({ allo_number: "+14155550100", unread: true, size: 5, extend: ["transcript"] })],
    ["conversations.items.get", (a) => a.conversations.items.get("cll-abc123", { extend: ["transcript"] })],
    ["tags.add, with its Idempotency-Key", (a) => a.tags.add("cll-abc123", ["vip"], { idempotencyKey: "idem-1" })],
  ];

  it.each(calls)("%s: Allo sees what it sees from the client directly", async (_name, call) => {
    const proxy = fake.proxy({
      allow: ["contacts.get", "calls.search", "sms.send", "conversations.list", "conversations.items.get", "tags.add"],
    });
    const fixedId = { headers: { "x-request-id": "req_same" } };
    const direct = new AlloClient({ apiKey: KEY, baseUrl: fake.server.url, maxRetries: 0, headers: fixedId.headers });
    const browser = new AlloClient({
      apiKey: "proxied",
      baseUrl: APP,
      maxRetries: 0,
      headers: fixedId.headers,
      fetch: (input, init) => proxy(new Request(input, init)),
    });
    await call(direct).catch(() => undefined);
    await call(browser).catch(() => undefined);
    const [a, b] = fake.server.seen;
    const wire = (s: typeof a) => ({
      method: s!.method,
      url: s!.url,
      body: s!.body,
      id: s!.headers["x-request-id"],
      idem: s!.headers["idempotency-key"],
      type: s!.headers["content-type"],
    });
    expect(fake.server.seen).toHaveLength(2);
    expect(wire(b)).toEqual(wire(a));
  });
});

describe("what the browser gets back", () => {
  it("Allo's status and body, content-type, retry-after, request id and rate limits, but not its cookies; never cached", async () => {
    fake.answer((_req, res) =>
      json(
        res,
        429,
        { error: { type: "rate_limit_error", code: "RATE_LIMIT_EXCEEDED", message: "slow down", retry_after_seconds: 2 } },
        {
          "retry-after": "2",
          "set-cookie": "allo_session=1",
          "x-request-id": "req_1",
          "x-ratelimit-limit": "10",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": "1767225600",
          server: "allo",
        },
      ),
    );
    const { status, headers, text } = await readable(await fake.proxy()(browserRequest("/v1/api/numbers")));
    expect(status).toBe(429);
    expect(JSON.parse(text)).toEqual({
      error: { type: "rate_limit_error", code: "RATE_LIMIT_EXCEEDED", message: "slow down", retry_after_seconds: 2 },
    });
    expect(headers).toEqual({
      "content-type": "application/json",
      "retry-after": "2",
      "x-request-id": "req_1",
      "x-ratelimit-limit": "10",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": "1767225600",
      "cache-control": "no-store",
    });
  });

  it("Allo's formatting and numbers beyond 2^53 untouched when there is nothing to redact", async () => {
    const raw = `{"data": {"id": 12345678901234567890, "note": "a \\"quoted\\" \\u00e9 word"}}`;
    fake.answer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(raw));
    expect((await readable(await fake.proxy()(browserRequest("/v1/api/numbers")))).text).toBe(raw);
  });

  it("an empty 204 stays empty", async () => {
    fake.answer((_req, res) => res.writeHead(204).end());
    const response = await fake.proxy({ allow: ["webhooks.delete"] })(browserRequest("/v1/api/webhooks/wh_1", { method: "DELETE" }));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });

  it("a redirect is not followed: the browser sees it, and the key goes nowhere else", async () => {
    fake.answer((_req, res) => res.writeHead(302, { location: "http://elsewhere.test/steal" }).end());
    const response = await fake.proxy()(browserRequest("/v1/api/numbers"));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBeNull();
    expect(fake.server.seen).toHaveLength(1);
  });
});

describe("when Allo cannot answer", () => {
  it("a refused connection: 502 UPSTREAM_UNREACHABLE, told to onError", async () => {
    const errors: unknown[] = [];
    const proxy = createAlloProxy({
      apiKey: KEY,
      allow: ["numbers.list"],
      baseUrl: await refusedUrl(),
      authorize: "public",
      onError: (e) => errors.push(e),
    });
    const { status, text, all } = await readable(await proxy(new Request("http://app.test/v1/api/numbers")));
    expect(status).toBe(502);
    expect(JSON.parse(text)).toMatchObject({ code: "UPSTREAM_UNREACHABLE", details: null });
    expect(all).not.toContain(KEY);
    expect(errors).toEqual([
      expect.objectContaining({ status: 502, code: "UPSTREAM_UNREACHABLE", operation: "numbers.list", cause: expect.any(Error) }),
    ]);
  });

  it("a failure of its fetch that quotes the URL (as node-fetch does) reaches onError and the log without the query", async () => {
    const quoting: typeof fetch = async (input) => {
      const url = String(input instanceof Request ? input.url : input);
      throw Object.assign(new Error(`request to ${url} failed, reason: connect ECONNREFUSED`), {
        name: "FetchError",
        code: "ECONNREFUSED",
      });
    };
    const ask = async (proxy: ReturnType<typeof fake.proxy>) =>
      (await readable(await proxy(browserRequest("/v1/api/calls?allo_number=%2B13055550180&contact_number=%2B13055550142")))).status;
    const told = fake.proxy({ fetch: quoting, allow: ["calls.search"] });
    expect(await ask(told)).toBe(502);
    const [error] = fake.errors;
    expect(error?.code).toBe("UPSTREAM_UNREACHABLE");
    expect((error?.cause as Error | undefined)?.message).toMatch(/^request to http:\/\/127\.0\.0\.1:\d+\/v1\/api\/calls failed/);
    // Without onError, the proxy logs the error and its cause.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await ask(fake.proxy({ fetch: quoting, allow: ["calls.search"], onError: undefined }))).toBe(502);
      expect(logged).toHaveBeenCalledTimes(1);
      for (const text of [inspect(error, { depth: Infinity }), inspect(logged.mock.calls, { depth: Infinity })]) {
        expect(text).not.toContain("3055550180");
        expect(text).not.toContain("allo_number=");
      }
    } finally {
      logged.mockRestore();
    }
  });

  it("a stall mid-body past the timeout: 504 UPSTREAM_TIMEOUT (the timeout covers reading the whole answer)", async () => {
    fake.answer((_req, res) => stallMidBody(res));
    const { status, text, all } = await readable(await fake.proxy({ timeout: 200 })(browserRequest("/v1/api/numbers")));
    expect(status).toBe(504);
    expect(JSON.parse(text)).toMatchObject({ code: "UPSTREAM_TIMEOUT", details: null });
    expect(all).not.toContain(KEY);
    expect(fake.errors.map((e) => e.code)).toEqual(["UPSTREAM_TIMEOUT"]);
  });

  it("an answer over the client's 16 MiB limit: 502 UPSTREAM_RESPONSE_TOO_LARGE", async () => {
    fake.answer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(17 * 1024 * 1024) });
      res.end();
    });
    const { status, text } = await readable(await fake.proxy()(browserRequest("/v1/api/numbers")));
    expect(status).toBe(502);
    expect(JSON.parse(text)).toMatchObject({ code: "UPSTREAM_RESPONSE_TOO_LARGE" });
  });
});
