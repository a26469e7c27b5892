import { describe, expect, it } from "vitest";
import { parseResetIn, parseRetryAfter } from "../../src/http/retry-after.js";
import { backoffDelay, isConnectionRefused, retryableFailure, retryableStatus } from "../../src/http/retry-policy.js";

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
    expect(parseResetIn([{ field: "scope", message: "required=SMS_SEND" }, { field: "DAILY", message: "reset_in=7" }])).toBe(7);
    expect(parseResetIn([{ field: "DAILY", message: "limit=1000;not_reset_in=5" }])).toBeNull();
    expect(parseResetIn([])).toBeNull();
  });
});

describe("retry policy", () => {
  it("retries a POST only on a 429 or a refused connection", () => {
    for (const status of [408, 500, 502, 503, 504]) expect(retryableStatus("POST", status)).toBe(false);
    expect(retryableStatus("POST", 429)).toBe(true);
    expect(retryableFailure("POST", true)).toBe(true);
    expect(retryableFailure("POST", false)).toBe(false);
  });

  it("retries GET, PUT and DELETE on network failures and on 408, 429, 500, 502, 503, 504", () => {
    for (const method of ["GET", "PUT", "DELETE"]) {
      for (const status of [408, 429, 500, 502, 503, 504]) expect(retryableStatus(method, status)).toBe(true);
      for (const status of [400, 401, 403, 404, 501]) expect(retryableStatus(method, status)).toBe(false);
      expect(retryableFailure(method, false)).toBe(true);
    }
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
