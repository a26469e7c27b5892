// The spec, served by Prism, behaves as documented: valid requests get the documented example,
// every documented error is selectable, and every constraint is enforced.
import { describe, expect, inject, it } from "vitest";
import { operations, parameters, requestExamples, responseExamples, responseValidator, type Operation } from "../helpers/spec.js";

const base = inject("prismUrl");
const KEY = "test-key";

interface Sent {
  status: number;
  headers: Headers;
  body: any;
}

async function send(
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string>; auth?: boolean } = {},
): Promise<Sent> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.auth !== false) headers.authorization = KEY;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(base + path, {
    method: method.toUpperCase(),
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** A valid request for an operation, from its own parameter and body examples. */
function validRequest(o: Operation): { path: string; body?: unknown } {
  let path = o.path;
  const query = new URLSearchParams();
  for (const p of parameters(o.op)) {
    const value = Array.isArray(p.example) ? p.example.join(",") : String(p.example);
    if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(value));
    if (p.in === "query") query.set(p.name, value);
  }
  const qs = query.toString();
  const body = requestExamples(o.op)[0]?.[1];
  return { path: qs ? `${path}?${qs}` : path, ...(body !== undefined ? { body } : {}) };
}

describe.each(operations)("$method $path ($operationId)", (o) => {
  it("answers a valid request with the documented example, valid against its schema", async () => {
    const { path, body } = validRequest(o);
    const res = await send(o.method, path, { body });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(responseExamples(o.op, "200")[0]![1]);
    const validate = responseValidator(o.operationId, "200");
    expect(validate(res.body), JSON.stringify(validate.errors)).toBe(true);
  });

  it("refuses a request without a key with 401 API_KEY_INVALID", async () => {
    const { path, body } = validRequest(o);
    const res = await send(o.method, path, { body, auth: false });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ code: "API_KEY_INVALID", details: null });
  });

  const documented = Object.keys(o.op.responses)
    .filter((s) => s !== "200")
    .flatMap((status) => responseExamples(o.op, status).map(([name]) => ({ status, name })));

  it.each(documented)("serves $status $name when asked with Prefer", async ({ status, name }) => {
    const { path, body } = validRequest(o);
    const res = await send(o.method, path, { body, headers: { prefer: `code=${status}, example=${name}` } });
    expect(res.status).toBe(Number(status));
    expect(res.body.code).toBe(name);
    const validate = responseValidator(o.operationId, status);
    expect(validate(res.body), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("429", () => {
  it("Prefer: code=429 gets RATE_LIMITED with a Retry-After header", async () => {
    const res = await send("get", "/numbers", { headers: { prefer: "code=429" } });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("2");
    expect(res.body).toEqual({ code: "RATE_LIMITED", details: null });
  });

  it("the quota form carries reset_in in its details", async () => {
    const res = await send("get", "/numbers", { headers: { prefer: "code=429, example=API_KEY_QUOTA_EXCEEDED" } });
    expect(res.status).toBe(429);
    expect(res.body.details[0]).toEqual({ field: "DAILY", message: "limit=1000;type=DAILY;reset_in=3600" });
  });
});

const US = { from: "+13055550180", to: "+13055550142", message: "hi" };
const FR = { sender_id: "MyCompany", to: "+33612345678", message: "hi" };
const CALLS = "/calls?allo_number=%2B13055550180";
const HOOK = { allo_number: "+13055550180", url: "https://example.com/h", topics: ["CALL_RECEIVED"] };

describe("constraints are enforced", () => {
  it.each([
    { what: "size 500", method: "get", path: "/contacts?size=500", field: "size" },
    { what: "size 0", method: "get", path: "/contacts?size=0", field: "size" },
    { what: "page -1", method: "get", path: "/contacts?page=-1", field: "page" },
    { what: "size 101 on calls", method: "get", path: `${CALLS}&size=101`, field: "size" },
    { what: "calls without allo_number", method: "get", path: "/calls", field: "allo_number" },
    { what: "calls with a non-E.164 allo_number", method: "get", path: "/calls?allo_number=0612345678", field: "allo_number" },
    { what: "conversation size 500", method: "get", path: "/contact/cnt_abc123/conversation?size=500", field: "size" },
    { what: "an SMS without message", method: "post", path: "/sms", body: { from: US.from, to: US.to }, field: "message" },
    { what: "an empty message", method: "post", path: "/sms", body: { ...US, message: "" }, field: "message" },
    { what: "a 1001-character message", method: "post", path: "/sms", body: { ...US, message: "x".repeat(1001) }, field: "message" },
    { what: "a non-E.164 recipient", method: "post", path: "/sms", body: { ...US, to: "0612345678" }, field: "to" },
    { what: "a 2-character sender_id", method: "post", path: "/sms", body: { ...FR, sender_id: "AB" }, field: "sender_id" },
    { what: "a 12-character sender_id", method: "post", path: "/sms", body: { ...FR, sender_id: "ABCDEFGHIJKL" }, field: "sender_id" },
    { what: "a sender_id with a space", method: "post", path: "/sms", body: { ...FR, sender_id: "My Co" }, field: "sender_id" },
    { what: "both from and sender_id", method: "post", path: "/sms", body: { ...US, sender_id: "MyCompany" }, field: "" },
    { what: "a contact without numbers", method: "post", path: "/contacts", body: { name: "Jean" }, field: "numbers" },
    { what: "a contact with an empty numbers list", method: "post", path: "/contacts", body: { numbers: [] }, field: "numbers" },
    { what: "a contact with a non-E.164 number", method: "post", path: "/contacts", body: { numbers: ["0612"] }, field: "numbers" },
    { what: "an empty contact update", method: "put", path: "/contacts/cnt_abc123", body: {}, field: "" },
    { what: "a topic outside the list", method: "post", path: "/webhooks", body: { ...HOOK, topics: ["CALL_ENDED"] }, field: "topics" },
    { what: "no topics", method: "post", path: "/webhooks", body: { ...HOOK, topics: [] }, field: "topics" },
    { what: "an http:// webhook URL", method: "post", path: "/webhooks", body: { ...HOOK, url: "http://example.com/h" }, field: "url" },
    { what: "an unknown extend value", method: "get", path: "/contact/cnt_abc123?extend=everything", field: "extend" },
  ])("refuses $what", async ({ method, path, body, field }) => {
    const res = await send(method, path, { body });
    expect(res.status).toBe(400);
    const violations = JSON.parse(res.headers.get("sl-violations") ?? "[]") as Array<{ location: string[]; message: string }>;
    expect(violations.length).toBeGreaterThan(0);
    // A missing property is reported on its parent, with the property named in the message.
    const where = violations.map((v) => `${v.location.join(".")} ${v.message}`);
    if (field) expect(where).toEqual(expect.arrayContaining([expect.stringContaining(field)]));
  });

  it.each([
    { what: "size 1 and size 100", method: "get", path: "/contacts?size=1&page=0", also: "/contacts?size=100&page=7" },
    { what: "a 1000-character message", method: "post", path: "/sms", body: { ...US, message: "x".repeat(1000) } },
    { what: "a 3-character sender_id", method: "post", path: "/sms", body: { ...FR, sender_id: "ABC" } },
    { what: "an 11-character sender_id", method: "post", path: "/sms", body: { ...FR, sender_id: "ABCDEFGHIJK" } },
    { what: "a France SMS", method: "post", path: "/sms", body: FR },
    { what: "every topic at once", method: "post", path: "/webhooks", body: { ...HOOK, topics: ["CALL_RECEIVED", "SMS_RECEIVED", "SMS_SENT", "CONTACT_CREATED", "CONTACT_UPDATED"] } },
  ])("accepts the boundary: $what", async ({ method, path, body, also }) => {
    expect((await send(method, path, { body })).status).toBe(200);
    if (also) expect((await send(method, also)).status).toBe(200);
  });
});
