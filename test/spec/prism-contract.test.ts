// The spec, served by Prism, behaves as documented: valid requests get the documented example,
// every documented error is selectable, and every constraint is enforced.
import { describe, expect, inject, it } from "vitest";
import { deref, operations, parameters, requestExamples, responseExamples, responseValidator, type Operation } from "../helpers/spec.js";

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
    if (p.in === "query" && (p.required || p.example !== undefined)) query.set(p.name, value);
  }
  const qs = query.toString();
  const body = requestExamples(o.op)[0]?.[1];
  return { path: qs ? `${path}?${qs}` : path, ...(body !== undefined ? { body } : {}) };
}

/** The first 2xx the operation documents: 200, 201 or 204. */
const success = (o: Operation) => Object.keys(o.op.responses).find((s) => /^2\d\d$/.test(s))!;

/** The code of an error body, in either model: v1 `{ code }`, v2 `{ error: { code } }`. */
const codeOf = (body: any) => (body && typeof body.error === "object" ? body.error.code : body?.code);

describe.each(operations)("$method $path ($operationId)", (o) => {
  it("answers a valid request with the documented example, valid against its schema", async () => {
    const { path, body } = validRequest(o);
    const res = await send(o.method, path, { body });
    const status = success(o);
    expect(res.status).toBe(Number(status));
    const examples = deref(o.op.responses[status]).content ? responseExamples(o.op, status) : [];
    if (examples.length === 0) {
      expect(res.body).toBeUndefined();
      return;
    }
    expect(res.body).toEqual(examples[0]![1]);
    const validate = responseValidator(o.operationId, status);
    expect(validate(res.body), JSON.stringify(validate.errors)).toBe(true);
  });

  it("refuses a request without a key with 401 API_KEY_INVALID", async () => {
    const { path, body } = validRequest(o);
    const res = await send(o.method, path, { body, auth: false });
    expect(res.status).toBe(401);
    expect(codeOf(res.body)).toBe("API_KEY_INVALID");
  });

  const documented = Object.keys(o.op.responses)
    .filter((s) => !/^2/.test(s))
    .flatMap((status) =>
      (deref(o.op.responses[status]).content ? responseExamples(o.op, status) : []).map(([name, value]) => ({
        status,
        name,
        code: codeOf(value),
      })),
    );

  it.each(documented)("serves $status $name when asked with Prefer", async ({ status, name, code }) => {
    const { path, body } = validRequest(o);
    const res = await send(o.method, path, { body, headers: { prefer: `code=${status}, example=${name}` } });
    expect(res.status).toBe(Number(status));
    expect(codeOf(res.body)).toBe(code);
    const validate = responseValidator(o.operationId, status);
    expect(validate(res.body), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("429", () => {
  it("v1: Prefer: code=429 gets RATE_LIMITED with a Retry-After header", async () => {
    const res = await send("get", "/v1/api/numbers", { headers: { prefer: "code=429" } });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("2");
    expect(res.body).toEqual({ code: "RATE_LIMITED", details: null });
  });

  it("v1: the quota form carries reset_in in its details", async () => {
    const res = await send("get", "/v1/api/numbers", { headers: { prefer: "code=429, example=API_KEY_QUOTA_EXCEEDED" } });
    expect(res.status).toBe(429);
    expect(res.body.details[0]).toEqual({ field: "DAILY", message: "limit=1000;type=DAILY;reset_in=3600" });
  });

  it("v2: Prefer: code=429 gets RATE_LIMIT_EXCEEDED, retryable, with Retry-After and the rate-limit headers", async () => {
    const res = await send("post", "/v2/api/conversations/items/search", { body: {}, headers: { prefer: "code=429" } });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("2");
    expect(res.headers.get("x-ratelimit-remaining")).not.toBeNull();
    expect(res.body.error).toMatchObject({
      type: "rate_limit_error",
      code: "RATE_LIMIT_EXCEEDED",
      retryable: true,
      retry_after_seconds: 1,
    });
  });
});

describe("the mock serves what the README promises", () => {
  it("GET /v2/api/conversations?allo_number=%2B14155550100 answers the documented example", async () => {
    const res = await send("get", "/v2/api/conversations?allo_number=%2B14155550100");
    expect(res.status).toBe(200);
    const listConversations = operations.find((x) => x.operationId === "listConversations")!;
    expect(res.body).toEqual(responseExamples(listConversations.op, "200")[0]![1]);
  });
});

const US = { from: "+13055550180", to: "+13055550142", message: "hi" };
const FR = { sender_id: "MyCompany", to: "+33612345678", message: "hi" };
const V1 = "/v1/api";
const V2 = "/v2/api";
const CALLS = `${V1}/calls?allo_number=%2B13055550180`;
const HOOK = { allo_number: "+13055550180", url: "https://example.com/h", topics: ["CALL_RECEIVED"] };

describe("constraints are enforced", () => {
  it.each([
    { what: "size 500", method: "get", path: `${V1}/contacts?size=500`, field: "size" },
    { what: "size 0", method: "get", path: `${V1}/contacts?size=0`, field: "size" },
    { what: "page -1", method: "get", path: `${V1}/contacts?page=-1`, field: "page" },
    { what: "size 101 on calls", method: "get", path: `${CALLS}&size=101`, field: "size" },
    { what: "calls without allo_number", method: "get", path: `${V1}/calls`, field: "allo_number" },
    { what: "calls with a non-E.164 allo_number", method: "get", path: `${V1}/calls?allo_number=0612345678`, field: "allo_number" },
    { what: "conversation size 500", method: "get", path: `${V1}/contact/cnt_abc123/conversation?size=500`, field: "size" },
    { what: "an SMS without message", method: "post", path: `${V1}/sms`, body: { from: US.from, to: US.to }, field: "message" },
    { what: "an empty message", method: "post", path: `${V1}/sms`, body: { ...US, message: "" }, field: "message" },
    { what: "a 1001-character message", method: "post", path: `${V1}/sms`, body: { ...US, message: "x".repeat(1001) }, field: "message" },
    { what: "a non-E.164 recipient", method: "post", path: `${V1}/sms`, body: { ...US, to: "0612345678" }, field: "to" },
    { what: "a 2-character sender_id", method: "post", path: `${V1}/sms`, body: { ...FR, sender_id: "AB" }, field: "sender_id" },
    { what: "a 12-character sender_id", method: "post", path: `${V1}/sms`, body: { ...FR, sender_id: "ABCDEFGHIJKL" }, field: "sender_id" },
    { what: "a sender_id with a space", method: "post", path: `${V1}/sms`, body: { ...FR, sender_id: "My Co" }, field: "sender_id" },
    { what: "both from and sender_id", method: "post", path: `${V1}/sms`, body: { ...US, sender_id: "MyCompany" }, field: "" },
    { what: "a contact without numbers", method: "post", path: `${V1}/contacts`, body: { name: "Jean" }, field: "numbers" },
    { what: "a contact with an empty numbers list", method: "post", path: `${V1}/contacts`, body: { numbers: [] }, field: "numbers" },
    { what: "a contact with a non-E.164 number", method: "post", path: `${V1}/contacts`, body: { numbers: ["0612"] }, field: "numbers" },
    { what: "an empty contact update", method: "put", path: `${V1}/contacts/cnt_abc123`, body: {}, field: "" },
    {
      what: "a topic outside the list",
      method: "post",
      path: `${V1}/webhooks`,
      body: { ...HOOK, topics: ["CALL_ENDED"] },
      field: "topics",
    },
    { what: "no topics", method: "post", path: `${V1}/webhooks`, body: { ...HOOK, topics: [] }, field: "topics" },
    {
      what: "an http:// webhook URL",
      method: "post",
      path: `${V1}/webhooks`,
      body: { ...HOOK, url: "http://example.com/h" },
      field: "url",
    },
    { what: "an unknown extend value", method: "get", path: `${V1}/contact/cnt_abc123?extend=everything`, field: "extend" },
    // v2
    { what: "a v2 size of 101", method: "get", path: `${V2}/conversations?allo_number=%2B14155550100&size=101`, field: "size" },
    { what: "a v2 page of 0", method: "get", path: `${V2}/conversations?allo_number=%2B14155550100&page=0`, field: "page" },
    { what: "conversations without allo_number", method: "get", path: `${V2}/conversations`, field: "allo_number" },
    {
      what: "an unknown extend on conversations",
      method: "get",
      path: `${V2}/conversations?allo_number=%2B14155550100&extend=everything`,
      field: "extend",
    },
    { what: "an unknown extend on an item", method: "get", path: `${V2}/conversations/items/cll-abc123?extend=summary`, field: "extend" },
    { what: "an item id that is neither a call nor a message", method: "get", path: `${V2}/conversations/items/abc123`, field: "id" },
    { what: "a search body size of 101", method: "post", path: `${V2}/conversations/items/search`, body: { size: 101 }, field: "size" },
    {
      what: "a search type outside the list",
      method: "post",
      path: `${V2}/conversations/items/search`,
      body: { type: "FAX" },
      field: "type",
    },
    {
      what: "a search with an unknown field",
      method: "post",
      path: `${V2}/conversations/items/search`,
      body: { date_from: "2026-01-01" },
      field: "",
    },
    {
      what: "a batch of 101 ids",
      method: "post",
      path: `${V2}/conversations/items/batch`,
      body: { ids: Array.from({ length: 101 }, (_, i) => `cll-${i}`) },
      field: "ids",
    },
    { what: "an empty batch", method: "post", path: `${V2}/conversations/items/batch`, body: { ids: [] }, field: "ids" },
    {
      what: "a bad conversation action",
      method: "put",
      path: `${V2}/conversations/%2B14155551234/action`,
      body: { action: "DELETE" },
      field: "action",
    },
    {
      what: "an action on a number that is not E.164",
      method: "put",
      path: `${V2}/conversations/0612345678/action`,
      body: { action: "READ" },
      field: "contact_number",
    },
    {
      what: "a summary over 100,000 characters",
      method: "patch",
      path: `${V2}/conversations/items/cll-abc123/summary`,
      body: { content: "x".repeat(100_001) },
      field: "content",
    },
    { what: "adding no tags", method: "post", path: `${V2}/conversations/items/cll-abc123/tags`, body: {}, field: "tags" },
    { what: "analytics without a date", method: "post", path: `${V2}/analytics/overview`, body: {}, field: "date" },
    {
      what: "a date that is not YYYY-MM-DD",
      method: "post",
      path: `${V2}/analytics/overview`,
      body: { date: { from: "21/04/2026", to: "2026-04-22" } },
      field: "from",
    },
    {
      what: "a granularity outside the list",
      method: "post",
      path: `${V2}/analytics/outbound`,
      body: { date: { from: "2026-04-01", to: "2026-04-21" }, granularity: "HOUR" },
      field: "granularity",
    },
    {
      what: "a webhook endpoint on http://",
      method: "post",
      path: `${V2}/webhooks`,
      body: { url: "http://example.com/h", topics: ["call.completed"] },
      field: "url",
    },
    {
      what: "a v1 topic on a v2 endpoint",
      method: "post",
      path: `${V2}/webhooks`,
      body: { url: "https://example.com/h", topics: ["CALL_RECEIVED"] },
      field: "topics",
    },
    {
      what: "a template with 11 sections",
      method: "post",
      path: `${V2}/summary_templates`,
      body: { name: "T", sections: Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, instructions: "x", order: i })) },
      field: "sections",
    },
    { what: "appending no numbers", method: "post", path: `${V2}/dialing-queues/current/numbers`, body: { numbers: [] }, field: "numbers" },
    {
      what: "a partner account without its mobile",
      method: "post",
      path: `${V2}/partner/accounts`,
      body: { email: "a@b.co", name: "C", number_preference: { country: "FR" } },
      field: "personal_mobile",
    },
  ])("refuses $what", async ({ method, path, body, field }) => {
    const res = await send(method, path, { body });
    expect([400, 422]).toContain(res.status);
    const violations = JSON.parse(res.headers.get("sl-violations") ?? "[]") as Array<{ location: string[]; message: string }>;
    expect(violations.length).toBeGreaterThan(0);
    // A missing property is reported on its parent, with the property named in the message.
    const where = violations.map((v) => `${v.location.join(".")} ${v.message}`);
    if (field) expect(where).toEqual(expect.arrayContaining([expect.stringContaining(field)]));
  });

  it.each([
    { what: "size 1 and size 100", method: "get", path: `${V1}/contacts?size=1&page=0`, also: `${V1}/contacts?size=100&page=7` },
    { what: "a 1000-character message", method: "post", path: `${V1}/sms`, body: { ...US, message: "x".repeat(1000) } },
    { what: "a 3-character sender_id", method: "post", path: `${V1}/sms`, body: { ...FR, sender_id: "ABC" } },
    { what: "an 11-character sender_id", method: "post", path: `${V1}/sms`, body: { ...FR, sender_id: "ABCDEFGHIJK" } },
    { what: "a France SMS", method: "post", path: `${V1}/sms`, body: FR },
    {
      what: "every topic at once",
      method: "post",
      path: `${V1}/webhooks`,
      body: { ...HOOK, topics: ["CALL_RECEIVED", "SMS_RECEIVED", "SMS_SENT", "CONTACT_CREATED", "CONTACT_UPDATED"] },
    },
    {
      what: "a v2 size of 100 and a lowercase search type (the pagination guide's spelling)",
      method: "post",
      path: `${V2}/conversations/items/search`,
      body: { size: 100, type: "call" },
    },
    {
      what: "a batch of 100 ids",
      method: "post",
      path: `${V2}/conversations/items/batch`,
      body: { ids: Array.from({ length: 100 }, (_, i) => `cll-${i}`) },
    },
    { what: "an item id spelled with an underscore", method: "get", path: `${V2}/conversations/items/cll_abc123` },
    {
      what: "a 100,000-character summary",
      method: "patch",
      path: `${V2}/conversations/items/cll-abc123/summary`,
      body: { content: "x".repeat(100_000) },
    },
  ])("accepts the boundary: $what", async ({ method, path, body, also }) => {
    expect((await send(method, path, { body })).status).toBe(200);
    if (also) expect((await send(method, also)).status).toBe(200);
  });
});
