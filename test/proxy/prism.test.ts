// The proxy in front of Prism (started from the spec), as it would sit in front of Allo: every SDK
// method of the generated table, v1 and v2, answers through a proxy that allows only it what
// Prism answers directly; the browser's client gets Allo's errors as the same AlloApiError; every
// refusal is the proxy's own and never reaches Prism; the key Prism echoes is cut out.
import { describe, expect, inject, it } from "vitest";
import { operationNames, operations, type OperationEntry, type OperationName } from "../../generated/operations.js";
import { AlloApiError, AlloClient, type RequestOptions } from "../../src/index.js";
import { createAlloProxy, type AlloProxyOptions } from "../../src/proxy/index.js";
import { operationAt, parameters, requestExamples } from "../helpers/spec.js";

const prism = inject("prismUrl");
const KEY = "sk_live_PROXY_SECRET_71c3e9";

/** A proxy in front of Prism, with a fetch that records what it sends there. */
function proxyToPrism(options: Partial<AlloProxyOptions> = {}) {
  const sent: string[] = [];
  const proxy = createAlloProxy({
    apiKey: KEY,
    allow: operationNames,
    baseUrl: prism,
    basePath: "/api/allo",
    authorize: "public",
    onError: () => {},
    fetch: (input, init) => {
      sent.push(`${init?.method} ${String(input).slice(prism.length)}`);
      return fetch(input, init);
    },
    ...options,
  });
  return { proxy, sent };
}

/** A valid request for an SDK method, from its operation's examples: the body example its own validator accepts. */
function validRequest(name: OperationName): { path: string; body?: unknown } {
  const entry: OperationEntry = operations[name];
  const o = operationAt(entry);
  let path = o.path;
  const query: string[] = [];
  for (const p of parameters(o.op)) {
    if (p.example === undefined) continue;
    const value = Array.isArray(p.example)
      ? p.example.map((v: unknown) => encodeURIComponent(String(v))).join(",")
      : encodeURIComponent(String(p.example));
    if (p.in === "path") path = path.replace(`{${p.name}}`, value);
    if (p.in === "query" && p.required) query.push(`${p.name}=${value}`);
  }
  const body = requestExamples(o.op)
    .map(([, value]) => value)
    .find((value) => entry.validate.body?.safeParse(value).success);
  return { path: query.length ? `${path}?${query.join("&")}` : path, ...(body !== undefined ? { body } : {}) };
}

async function answerOf(response: Response) {
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

function request(base: string, name: OperationName, init: { auth?: string } = {}): Request {
  const { path, body } = validRequest(name);
  const headers: Record<string, string> = {
    ...(init.auth ? { authorization: init.auth } : {}),
    ...(body !== undefined ? { "content-type": "application/json" } : {}),
  };
  return new Request(`${base}${path}`, {
    method: operations[name].method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

describe("every operation of the spec through a proxy that allows only it", () => {
  it.each(operationNames)("%s answers what Prism answers directly", async (name) => {
    const { proxy, sent } = proxyToPrism({ allow: [name] });
    const viaProxy = await answerOf(await proxy(request("https://app.test/api/allo", name)));
    const direct = await answerOf(await fetch(request(prism, name, { auth: KEY })));
    expect(direct.status).toBeLessThan(300);
    expect(viaProxy).toEqual(direct);
    expect(sent).toHaveLength(1);
  });
});

describe("the browser's client through the proxy", () => {
  const { proxy } = proxyToPrism();
  const browser = new AlloClient({
    apiKey: "proxied",
    baseUrl: "https://app.test/api/allo",
    fetch: (input, init) => proxy(new Request(input, init)),
    // Not paced: a test below asks the mock for 429s, after which a client rightly waits and paces.
    rateLimit: false,
  });
  const server = new AlloClient({ apiKey: KEY, baseUrl: prism });
  const SMS_FR = { sender_id: "MyCompany", to: "+33612345678", message: "Bonjour depuis Allo" };

  it.each<[string, (allo: AlloClient) => Promise<unknown>]>([
    ["numbers.list", (a) => a.numbers.list()],
    ["contacts.get", (a) => a.contacts.get("cnt_abc123", { extend: ["engagement", "activity"] })],
    ["sms.sendFrance", (a) => a.sms.sendFrance(SMS_FR, { headers: { prefer: "example=france" } })],
    ["me", (a) => a.me()],
    ["conversations.list", (a) => a.conversations.list({ allo_number: "+14155550100" })],
    ["conversations.items.search", (a) => a.conversations.items.search({ search: "refund", type: "CALL" })],
    ["conversations.items.get", (a) => a.conversations.items.get("cll-abc123", { extend: ["transcript"] })],
    ["tags.add", (a) => a.tags.add("cll-abc123", ["qualified"])],
    ["crm.deals.search", (a) => a.crm.deals.search({})],
  ])("%s answers what it answers without the proxy", async (_name, call) => {
    expect(await call(browser)).toEqual(await call(server));
  });

  it("sms.sendFrance and sms.send share POST /v1/api/sms; the body decides which one it is", async () => {
    const franceOnly = proxyToPrism({ allow: ["sms.sendFrance"] }).proxy;
    const client = new AlloClient({
      apiKey: "proxied",
      baseUrl: "https://app.test/api/allo",
      fetch: (i, init) => franceOnly(new Request(i, init)),
    });
    await expect(client.sms.sendFrance(SMS_FR, { headers: { prefer: "example=france" } })).resolves.toMatchObject({
      sender_id: "MyCompany",
    });
    await expect(client.sms.send({ from: "+13055550180", to: "+13055550142", message: "Hi" })).rejects.toMatchObject({
      status: 403,
      code: "OPERATION_NOT_ALLOWED",
    });
  });

  it("a v1 error Allo answers reaches the browser as the same AlloApiError: status, code, details", async () => {
    const prefer: RequestOptions = { headers: { prefer: "code=400, example=INVALID_SENDER_ID" } };
    const viaProxy = await browser.sms.sendFrance(SMS_FR, prefer).catch((e: unknown) => e);
    const direct = await server.sms.sendFrance(SMS_FR, prefer).catch((e: unknown) => e);
    expect(viaProxy).toBeInstanceOf(AlloApiError);
    expect(viaProxy).toMatchObject({ status: 400, code: "INVALID_SENDER_ID", details: (direct as AlloApiError).details });
  });

  it("a v2 error Allo answers reaches the browser with every field of its { error } body", async () => {
    const prefer: RequestOptions = { headers: { prefer: "code=404" } };
    const viaProxy = (await browser.conversations.items.get("cll-abc123", {}, prefer).catch((e: unknown) => e)) as AlloApiError;
    const direct = (await server.conversations.items.get("cll-abc123", {}, prefer).catch((e: unknown) => e)) as AlloApiError;
    expect(viaProxy).toBeInstanceOf(AlloApiError);
    const fields = (e: AlloApiError) => ({
      status: e.status,
      code: e.code,
      type: e.type,
      serverMessage: e.serverMessage,
      suggestion: e.suggestion,
      docUrl: e.docUrl,
    });
    expect(fields(viaProxy)).toEqual(fields(direct));
    expect(viaProxy.status).toBe(404);
  });

  it("a 429's Retry-After reaches the browser's client, v1 and v2", async () => {
    const v1 = await browser.numbers.list({ headers: { prefer: "code=429" }, maxRetries: 0 }).catch((e: unknown) => e);
    expect(v1).toMatchObject({ status: 429, code: "RATE_LIMITED" });
    expect((v1 as AlloApiError).retryAfter).toBeGreaterThan(0);
    const v2 = await browser.conversations.items.search({}, { headers: { prefer: "code=429" }, maxRetries: 0 }).catch((e: unknown) => e);
    expect(v2).toMatchObject({ status: 429, code: "RATE_LIMIT_EXCEEDED" });
    expect((v2 as AlloApiError).retryAfter).toBeGreaterThan(0);
  });

  it("the proxy's own refusal reaches the browser's client as an AlloApiError with its code and fields", async () => {
    const error = (await browser.contacts.get("..%2Fsms").catch((e: unknown) => e)) as AlloApiError;
    // The client's own validator refuses this id before sending; a hand-written request does not.
    expect(error).toMatchObject({ name: "AlloValidationError", field: "contact_id" });
    const raw = await proxy(new Request("https://app.test/api/allo/v1/api/contact/..%2Fsms"));
    expect(await raw.json()).toMatchObject({ code: "INVALID_PATH_PARAMETER", details: [expect.objectContaining({ field: "contact_id" })] });
  });
});

describe("refusals in front of Prism never reach it", () => {
  const US = { from: "+13055550180", to: "+13055550142", message: "Hi" };
  const json = { "content-type": "application/json" };
  it.each<[string, number, string, string, RequestInit, Partial<AlloProxyOptions>?]>([
    ["an unknown route", 404, "NOT_FOUND", "/v1/api/phone-numbers", {}],
    ["an operation not allowed", 403, "OPERATION_NOT_ALLOWED", "/v1/api/webhooks", {}, { allow: ["numbers.list"] }],
    ["a caller authorize refuses", 401, "UNAUTHORIZED", "/v1/api/numbers", {}, { authorize: () => false }],
    ["an id naming another route", 400, "INVALID_PATH_PARAMETER", "/v1/api/contact/..%2Fsms", {}],
    ["a size of 101", 400, "INVALID_QUERY_PARAMETER", "/v2/api/conversations?allo_number=%2B14155550100&size=101", {}],
    [
      "an Idempotency-Key where none is taken",
      400,
      "INVALID_HEADER",
      "/v1/api/sms",
      { method: "POST", headers: { ...json, "idempotency-key": "k1" }, body: JSON.stringify(US) },
    ],
    [
      "an SMS to a non-E.164 number",
      400,
      "INVALID_REQUEST_BODY",
      "/v1/api/sms",
      { method: "POST", headers: json, body: JSON.stringify({ ...US, to: "0612" }) },
    ],
    [
      "a text/plain body",
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      "/v1/api/sms",
      { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify(US) },
    ],
    [
      "a body over 64 KiB",
      413,
      "REQUEST_TOO_LARGE",
      "/v1/api/sms",
      { method: "POST", headers: json, body: JSON.stringify({ ...US, message: "x".repeat(70_000) }) },
    ],
    [
      "an authorize that throws",
      500,
      "PROXY_ERROR",
      "/v1/api/numbers",
      {},
      {
        authorize: () => {
          throw new Error("down");
        },
      },
    ],
  ])("%s: %i %s", async (_what, status, code, path, init, options) => {
    const { proxy, sent } = proxyToPrism(options);
    const answer = await answerOf(await proxy(new Request(`https://app.test/api/allo${path}`, init)));
    expect(answer).toMatchObject({ status, body: { code } });
    expect(sent).toEqual([]);
  });
});

describe("the key Prism answers with", () => {
  it("is cut out of the answer: GET /v2/api/me's example names the key it was asked with", async () => {
    // The spec's example of /me has `api_key_id: api-abc123def456`: a proxy holding that string as
    // its key must not let it through.
    const { proxy, sent } = proxyToPrism({ apiKey: "api-abc123def456", allow: ["me"] });
    const text = await (await proxy(new Request("https://app.test/api/allo/v2/api/me"))).text();
    expect(sent).toEqual(["GET /v2/api/me"]);
    expect(text).not.toContain("api-abc123def456");
    expect(JSON.parse(text).data.api_key_id).toBe("[redacted]");
  });
});
