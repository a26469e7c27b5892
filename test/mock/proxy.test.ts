// startAlloMock({ proxy }): the real Prism in proxy mode in front of a local stand-in for Allo that
// answers off the spec on purpose (test/mock/fixtures/off-spec-allo.ts). What breaks the spec is
// reported, exactly that, by operation template and place, with no value and no key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlloApiError, AlloClient, AlloValidationError } from "../../src/index.js";
import { startAlloMock, type AlloMockProxy, type AlloMockRequest, type AlloMockViolation } from "../../src/mock/index.js";
import type { FaultServer } from "../helpers/fault-server.js";
import {
  ALLO_NUMBER,
  CALLS_PATH,
  CONTACT_NUMBER,
  KEY,
  NEVER_PRINTED,
  OFF_SPEC_CALL,
  THREE_VIOLATIONS,
  startOffSpecAllo,
} from "./fixtures/off-spec-allo.js";

function expectNoValue(text: string): void {
  for (const value of NEVER_PRINTED) expect(text).not.toContain(value);
}

const ACTION_PATH = `/v2/api/conversations/${encodeURIComponent(CONTACT_NUMBER)}/action`;
const badAction = { method: "PUT", headers: { authorization: KEY, "content-type": "application/json" }, body: '{"action":"SHRED"}' };

/** Each request the proxy reported, as it reports them; `next()` resolves with the next one. */
function requestLog() {
  const seen: AlloMockRequest[] = [];
  const waiting: Array<(r: AlloMockRequest) => void> = [];
  return {
    seen,
    onRequest: (r: AlloMockRequest) => {
      seen.push(r);
      waiting.shift()?.(r);
    },
    next: () => new Promise<AlloMockRequest>((resolve) => waiting.push(resolve)),
  };
}

let allo: FaultServer;
beforeAll(async () => {
  allo = await startOffSpecAllo();
});
afterAll(() => allo.close());

describe("startAlloMock({ proxy }) warning of drift", () => {
  let proxy: AlloMockProxy;
  const told: AlloMockViolation[] = [];
  const requests = requestLog();
  beforeAll(async () => {
    proxy = await startAlloMock({ proxy: allo.url, onViolation: (v) => told.push(v), onRequest: requests.onRequest });
  });
  afterAll(() => proxy.stop());

  it("forwards the request with its key and query, passes Allo's answer on as it came, and reports exactly the three violations", async () => {
    const before = proxy.violations().length;
    const res = await fetch(`${proxy.url}${CALLS_PATH}`, { headers: { authorization: KEY } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { results: [OFF_SPEC_CALL], metadata: { total_pages: 1, current_page: 0 } } });
    const sent = allo.seen.at(-1)!;
    expect(sent).toMatchObject({ method: "GET", url: CALLS_PATH, headers: { authorization: KEY } });
    // Not the extra field (favourite_colour), not the unknown value of the open enum (result).
    expect(proxy.violations().slice(before)).toEqual(THREE_VIOLATIONS);
    expect(told.slice(before)).toEqual(THREE_VIOLATIONS);
  });

  it("names a path by its template, and reports a request's value outside a closed enum, and still sends it", async () => {
    const before = proxy.violations().length;
    const sentBefore = allo.seen.length;
    const reported = requests.next();
    const res = await fetch(`${proxy.url}${ACTION_PATH}`, badAction);
    expect(res.status).toBe(200);
    expect(allo.seen.slice(sentBefore)).toMatchObject([{ method: "PUT", url: ACTION_PATH, body: '{"action":"SHRED"}' }]);
    expect(proxy.violations().slice(before)).toEqual([
      {
        method: "PUT",
        path: "/v2/api/conversations/{contact_number}/action",
        in: "request",
        location: "action",
        kind: "enum",
        problem: "not one of the spec's values",
      },
    ]);
    expect(await reported).toMatchObject({ method: "PUT", path: "/v2/api/conversations/{contact_number}/action", status: 200 });
  });

  it("reports a nullable field of the wrong type once, with both types it may have", async () => {
    const before = proxy.violations().length;
    await fetch(`${proxy.url}${CALLS_PATH}&contact_number=${encodeURIComponent(CONTACT_NUMBER)}`, { headers: { authorization: KEY } });
    // to_number is oneOf [string, null]: Prism finds two type errors and a oneOf, one place.
    expect(proxy.violations().slice(before)).toEqual([
      { ...THREE_VIOLATIONS[0], location: "data.results[0].to_number", kind: "type", problem: "must be string or null" },
      { ...THREE_VIOLATIONS[0], location: "data.results[0].summary", kind: "type", problem: "must be string or null" },
    ]);
  });

  it("sums up by operation, place and rule, array indices written []", async () => {
    const count = (location: string) =>
      proxy.report().problems.find((p) => p.path === "/v1/api/calls" && p.location === location)?.count ?? 0;
    const places = ["data.results[].from_number", "data.results[].length_in_minutes", "data.results[].start_date"];
    const before = places.map(count);
    const { requests: requestsBefore } = proxy.report();
    await fetch(`${proxy.url}${CALLS_PATH.replace("size=1", "size=3")}`, { headers: { authorization: KEY } });
    expect(places.map(count)).toEqual(before.map((n) => n + 3));
    expect(proxy.report()).toMatchObject({ upstream: allo.url, requests: requestsBefore + 1 });
  });

  it("keeps what it can of a list Prism cuts short (it keeps its header under 8 KB), and says it was cut", async () => {
    const { cut, violations } = proxy.report();
    await fetch(`${proxy.url}${CALLS_PATH.replace("size=1", "size=100")}`, { headers: { authorization: KEY } });
    const after = proxy.report();
    expect(after.cut).toBe(cut + 1);
    // 300 violations in the answer: Prism lists some dozens, all of them read.
    expect(after.violations - violations).toBeGreaterThan(20);
    expect(after.violations - violations).toBeLessThan(300);
  });

  it("prints no value, no number and no key in any violation, report or request line", () => {
    expect(told.length).toBeGreaterThan(0);
    // A request line's durationMs is measured here, not taken from an answer: its digits may hold
    // those of a value (12.754 ms holds 12.75), so it is left out of what is searched.
    const lines = requests.seen.map(({ durationMs: _measured, ...line }) => line);
    expectNoValue(JSON.stringify([proxy.violations(), proxy.report(), lines]));
  });
});

describe("startAlloMock({ proxy, errors: true }) failing on drift", () => {
  let proxy: AlloMockProxy;
  beforeAll(async () => {
    proxy = await startAlloMock({ proxy: allo.url, errors: true });
  });
  afterAll(() => proxy.stop());

  it("answers an answer that breaks the spec with a 502 SPEC_VIOLATION naming exactly the three, without values", async () => {
    const before = proxy.violations().length;
    const res = await fetch(`${proxy.url}${CALLS_PATH}`, { headers: { authorization: KEY } });
    expect(res.status).toBe(502);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({
      error: "SPEC_VIOLATION",
      retryable: false,
      details: THREE_VIOLATIONS.map((v) => ({ in: "answer", field: v.location, kind: v.kind, message: v.problem })),
    });
    expect(JSON.parse(text).details).toHaveLength(3);
    expect(proxy.violations().slice(before)).toEqual(THREE_VIOLATIONS);
    expectNoValue(text);
  });

  it("makes a suite's call through the client fail at once with AlloApiError SPEC_VIOLATION, not retried", async () => {
    const client = new AlloClient({ apiKey: KEY, baseUrl: proxy.url });
    const sent = allo.seen.length;
    const error = await client.calls.search({ allo_number: ALLO_NUMBER, size: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AlloApiError);
    expect(error).toMatchObject({ status: 502, code: "SPEC_VIOLATION", retryable: false });
    expect(allo.seen.length).toBe(sent + 1);
  });

  it("does not send a request that breaks the spec: 422 SPEC_VIOLATION, without the value or the number", async () => {
    const sent = allo.seen.length;
    const res = await fetch(`${proxy.url}${ACTION_PATH}`, badAction);
    expect(res.status).toBe(422);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ error: "SPEC_VIOLATION", details: [{ in: "request", field: "action", kind: "enum" }] });
    expectNoValue(text);
    expect(allo.seen.length).toBe(sent);
  });

  it("does not send a request without a key: 401, reported as a security violation", async () => {
    const sent = allo.seen.length;
    const res = await fetch(`${proxy.url}${CALLS_PATH}`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: "SPEC_VIOLATION", details: [{ in: "request", kind: "security" }] });
    expect(allo.seen.length).toBe(sent);
    expect(proxy.violations().at(-1)).toMatchObject({ method: "GET", path: "/v1/api/calls", in: "request", kind: "security" });
  });
});

describe("startAlloMock({ proxy }) when Allo cannot be reached", () => {
  it("answers 502 UPSTREAM_UNAVAILABLE naming the upstream and the cause, never the query", async () => {
    const gone = await startOffSpecAllo();
    await gone.close();
    const proxy = await startAlloMock({ proxy: gone.url });
    try {
      const res = await fetch(`${proxy.url}${CALLS_PATH}`, { headers: { authorization: KEY } });
      expect(res.status).toBe(502);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({
        error: "UPSTREAM_UNAVAILABLE",
        message: `allo-mock --proxy could not reach ${gone.url} (ECONNREFUSED).`,
      });
      expectNoValue(text);
    } finally {
      await proxy.stop();
    }
  });
});

describe("startAlloMock({ proxy }) refusing an upstream", () => {
  it.each([
    ["http:// on another host", "http://allo.example.com", /must be https:\/\/, or http:\/\/ on this machine/],
    ["a user name and password", "https://me:secret@api.withallo.com", /must not carry a user name or password/],
    ["a query", "https://api.withallo.com/?key=1", /must not carry a query/],
    ["no URL", "api.withallo.com", /is not a URL/],
  ])("refuses %s with AlloValidationError on `proxy`, before starting anything", async (_, proxy, reason) => {
    // A Node.js that does not exist: had Prism been started, the error would say so.
    const error = await startAlloMock({ proxy, node: "/nonexistent/node" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AlloValidationError);
    expect(error).toMatchObject({ field: "proxy", reason: expect.stringMatching(reason) });
  });
});
