import { describe, expect, it } from "vitest";
import { parseResetIn, parseRetryAfter } from "../../src/http/retry-after.js";
import { backoffDelay, isConnectionRefused, mayHaveTakenEffect, shouldRetry } from "../../src/http/retry-policy.js";

describe("Retry-After", () => {
  const now = Date.parse("2026-11-21T12:00:00Z");
  it.each([
    ["2", 2],
    [" 120 ", 120],
    ["Sat, 21 Nov 2026 12:00:30 GMT", 30],
    ["Sat, 21 Nov 2026 11:00:00 GMT", 0],
    ["soon", null],
    ["-5", null],
    [null, null],
  ] as const)("%s gives %s seconds", (header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });

  it("reset_in is read from a quota 429's details", () => {
    expect(parseResetIn([{ field: "DAILY", message: "limit=1000;type=DAILY;reset_in=3600" }])).toBe(3600);
    expect(
      parseResetIn([
        { field: "scope", message: "required=SMS_SEND" },
        { field: "DAILY", message: "reset_in=7" },
      ]),
    ).toBe(7);
    expect(parseResetIn([{ field: "DAILY", message: "limit=1000;not_reset_in=5" }])).toBeNull();
    expect(parseResetIn([])).toBeNull();
  });
});

describe("retry policy", () => {
  // Traits as the generated table gives them.
  const write = { readOnly: false, idempotent: false, idempotencyKey: false }; // sms.send, crm.people.create
  const keyedWrite = { readOnly: false, idempotent: false, idempotencyKey: true }; // tags.add
  const put = { readOnly: false, idempotent: true, idempotencyKey: false }; // contacts.update
  const read = { readOnly: true, idempotent: true, idempotencyKey: false }; // GETs, searches
  const status = (s: number, retryable: boolean | null = null) => ({ kind: "status", status: s, retryable }) as const;

  it("retries a write without an Idempotency-Key only on a 429 or a refused connection", () => {
    for (const s of [408, 500, 502, 503, 504]) expect(shouldRetry(write, status(s))).toBe(false);
    expect(shouldRetry(write, status(429))).toBe(true);
    expect(shouldRetry(write, { kind: "refused" })).toBe(true);
    expect(shouldRetry(write, { kind: "lost" })).toBe(false);
    expect(shouldRetry(write, { kind: "unreadable" })).toBe(false);
  });

  it("retries reads, PUT/DELETE and writes sent with an Idempotency-Key on network failures and 408, 429, 500, 502, 503, 504", () => {
    for (const op of [read, put, keyedWrite]) {
      for (const s of [408, 429, 500, 502, 503, 504]) expect(shouldRetry(op, status(s))).toBe(true);
      for (const s of [400, 401, 403, 404, 409, 422, 501]) expect(shouldRetry(op, status(s))).toBe(false);
      expect(shouldRetry(op, { kind: "lost" })).toBe(true);
      expect(shouldRetry(op, { kind: "unreadable" })).toBe(false);
    }
  });

  it("never retries an answer that says retryable: false, even a 429 or a 503 on a read", () => {
    expect(shouldRetry(read, status(503, false))).toBe(false);
    expect(shouldRetry(read, status(429, false))).toBe(false);
    expect(shouldRetry(read, status(503, true))).toBe(true);
    // retryable: true does not make a 500 on a plain write safe to send again.
    expect(shouldRetry(write, status(500, true))).toBe(false);
  });

  it("says a write may have taken effect after a reset, a timeout, a 5xx or an unreadable 2xx; a read never", () => {
    for (const op of [write, keyedWrite, put]) {
      expect(mayHaveTakenEffect(op, { kind: "lost" })).toBe(true);
      expect(mayHaveTakenEffect(op, { kind: "unreadable" })).toBe(true);
      for (const s of [500, 502, 503, 504]) expect(mayHaveTakenEffect(op, status(s))).toBe(true);
      for (const s of [400, 401, 403, 404, 409, 429]) expect(mayHaveTakenEffect(op, status(s))).toBe(false);
      expect(mayHaveTakenEffect(op, { kind: "refused" })).toBe(false);
    }
    for (const outcome of [{ kind: "lost" }, { kind: "unreadable" }, status(500)] as const)
      expect(mayHaveTakenEffect(read, outcome)).toBe(false);
  });

  it("backs off 0.5 s x 2^n, capped at 5 s, with jitter in [0.5, 1]", () => {
    expect(backoffDelay(0, () => 1)).toBe(500);
    expect(backoffDelay(0, () => 0)).toBe(250);
    expect(backoffDelay(1, () => 1)).toBe(1000);
    expect(backoffDelay(3, () => 1)).toBe(4000);
    expect(backoffDelay(4, () => 1)).toBe(5000);
    expect(backoffDelay(30, () => 0)).toBe(2500);
  });

  it("recognises a refused connection on Node, Bun and Deno", () => {
    expect(isConnectionRefused(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }))).toBe(true);
    expect(isConnectionRefused(Object.assign(new Error("Unable to connect"), { code: "ConnectionRefused" }))).toBe(true);
    expect(isConnectionRefused(new TypeError("error sending request: Connection refused (os error 111)"))).toBe(true);
    expect(isConnectionRefused(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } }))).toBe(false);
    expect(isConnectionRefused(new TypeError("fetch failed"))).toBe(false);
  });
});
