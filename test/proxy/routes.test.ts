// The proxy routes over the generated operation table and nothing else: every operation of the
// spec, v1 and v2, is reached by its path; a literal segment wins over a parameter; and a path
// parameter that could reach another route once put back into a URL is refused, by the spec's
// validators and by the router itself for an id the spec leaves without a pattern.
import { describe, expect, it } from "vitest";
import { operationNames, operations, type OperationEntry } from "../../generated/operations.js";
import { createAlloProxy } from "../../src/proxy/index.js";
import { OPERATIONS } from "../../src/proxy/operations.js";
import { MAX_IDEMPOTENCY_KEY, MAX_REQUEST_ID } from "../../src/proxy/headers.js";
import { createRouter, fill } from "../../src/proxy/routes.js";
import { pathParamsOf } from "../../src/operations/flat-input.js";
import { spec } from "../helpers/spec.js";

const route = createRouter(OPERATIONS);
const sample = (path: string) => path.replace(/\{\w+\}/g, "x1");

describe("the proxy's operations", () => {
  it("are the generated table itself, not a copy", () => {
    expect(OPERATIONS).toBe(operations);
  });

  it("can all be allowed by SDK method name, v1 and v2", () => {
    expect(operationNames.length).toBeGreaterThanOrEqual(58);
    expect(() => createAlloProxy({ apiKey: "sk_test_0123456789", allow: operationNames, authorize: "public" })).not.toThrow();
  });

  it.each(operationNames)("%s is reached by its method and path", (name) => {
    const op = operations[name];
    const found = route(op.method, sample(op.path));
    expect(found?.template).toBe(op.path);
    expect(found?.candidates).toContain(name);
  });

  it("sms.send and sms.sendFrance share POST /v1/api/sms, and only they share a route", () => {
    const shared = operationNames
      .map((name) => route(operations[name].method, sample(operations[name].path))!)
      .filter((r) => r.candidates.length > 1);
    expect(new Set(shared.map((r) => r.candidates.join(" ")))).toEqual(new Set(["sms.send sms.sendFrance"]));
  });

  it("a literal segment wins over a parameter: GET /v2/api/webhooks/event_types is eventTypes, not get", () => {
    expect(route("GET", "/v2/api/webhooks/event_types")?.candidates).toEqual(["webhookEndpoints.eventTypes"]);
    expect(route("GET", "/v2/api/webhooks/wh_1")?.candidates).toEqual(["webhookEndpoints.get"]);
    expect(route("POST", "/v2/api/conversations/items/search")?.candidates).toEqual(["conversations.items.search"]);
  });

  it.each([
    ["GET", "/v1/api/phone-numbers"],
    ["GET", "/v3/api/numbers"],
    ["GET", "/numbers"],
    ["DELETE", "/v1/api/numbers"],
    ["GET", "/v1/api/contact/"],
    ["GET", "/v1/api/numbers/extra"],
  ])("%s %s is no route", (method, path) => {
    expect(route(method, path)).toBeNull();
  });
});

describe("a path parameter that could name another route", () => {
  const hostile = [
    ["..%2Fsms", "../sms"],
    ["a%2Fb", "a/b"],
    ["a%5Cb", "a\\b"],
    ["a%252Fb", "a%2Fb"],
    ["%2E%2E", ".."],
    ["%2e", "."],
    ["..%00", "..\u0000"],
    ["abc%00", "abc\u0000"],
    ["abc%01x", "abc\u0001x"],
    ["abc%1F", "abc\u001f"],
    ["%7F", "\u007f"],
    // Last: a malformed escape is kept as sent, which only the router looks at.
    ["%E0%A4%A", "%E0%A4%A"],
  ];

  it.each(hostile)("%s is flagged by the router, whatever the operation's validators say", (segment, decoded) => {
    // A table the spec does not have: an id with no pattern at all.
    const bare = createRouter({ "things.get": { method: "GET", path: "/v2/api/things/{id}" } });
    expect(bare("GET", `/v2/api/things/${segment}`)).toMatchObject({ params: { id: decoded }, unsafe: "id" });
    expect(bare("GET", "/v2/api/things/thing_1")).toMatchObject({ params: { id: "thing_1" }, unsafe: null });
  });

  const withPathParams = operationNames.filter((name) => pathParamsOf(operations[name]).length > 0);
  it.each(withPathParams)("is refused by the generated validator of %s", (name) => {
    const op: OperationEntry = operations[name];
    for (const param of pathParamsOf(op)) {
      for (const [, decoded] of hostile.slice(0, -1)) {
        const params = Object.fromEntries(pathParamsOf(op).map((p) => [p, p === param ? decoded : "x1"]));
        expect(op.validate.path?.safeParse(params).success, `${name} ${param}=${decoded}`).toBe(false);
      }
    }
  });

  it("is put back into the path as one encoded segment", () => {
    expect(fill("/v2/api/conversations/{contact_number}/action", { contact_number: "+14155551234" })).toBe(
      "/v2/api/conversations/%2B14155551234/action",
    );
  });
});

describe("the header limits", () => {
  it("are the spec's: X-Request-Id and Idempotency-Key", () => {
    const byName = Object.values(spec.components.parameters as Record<string, { name: string; schema: { maxLength: number } }>);
    const requestId = byName.find((p) => p.name === "X-Request-Id");
    const idempotencyKey = byName.find((p) => p.name === "Idempotency-Key");
    expect(requestId?.schema.maxLength).toBe(MAX_REQUEST_ID);
    expect(idempotencyKey?.schema.maxLength).toBe(MAX_IDEMPOTENCY_KEY);
  });
});
