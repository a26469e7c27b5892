// What the proxy refuses, and that a refused request never reaches Allo (a real node:http server
// standing in for it records everything it receives): an unknown route (404), an operation not in
// `allow` (403), a caller `authorize` turns down (401), a path parameter, a query, a header or a
// body the spec refuses (400, each with its own code and the fields), a body not sent as JSON
// (415), a body too large (413). Each is also told to onError.
import { describe, expect, it } from "vitest";
import { createAlloProxy } from "../../src/proxy/index.js";
import { browserRequest, DEFAULT_ALLOW, fakeAllo, KEY, refusedBy } from "./harness.js";

const fake = fakeAllo();
const SMS = { from: "+13055550180", to: "+13055550142", message: "Hi" };
const SMS_FR = { sender_id: "MyCompany", to: "+33612345678", message: "Bonjour" };

describe("unknown routes", () => {
  it.each([
    ["GET", "/api/allo/v1/api/phone-numbers"],
    ["DELETE", "/api/allo/v1/api/numbers"],
    ["GET", "/api/allo/v1/api/numbers/extra"],
    ["GET", "/api/allo/v1/api/contact/"],
    ["GET", "/api/allo/numbers"],
    ["GET", "/api/allov1/api/numbers"],
    ["GET", "/v1/api/numbers"],
    ["OPTIONS", "/api/allo/v1/api/numbers"],
    ["HEAD", "/api/allo/v1/api/numbers"],
  ])("%s %s gets 404 NOT_FOUND", async (method, path) => {
    const response = await fake.proxy()(new Request(`http://app.test${path}`, { method }));
    if (method === "HEAD") {
      expect(response.status).toBe(404);
      expect(fake.server.seen).toEqual([]);
    } else {
      await refusedBy(fake, response, 404, "NOT_FOUND");
    }
    expect(fake.errors.map((e) => [e.status, e.code, e.operation])).toEqual([[404, "NOT_FOUND", null]]);
  });
});

describe("an unknown route with a phone number in it", () => {
  it.each(["%2B14155551234", "+14155551234"])("is told to onError with the number shown as {number} (%s)", async (number) => {
    const response = await fake.proxy()(new Request(`http://app.test/api/allo/v2/api/conversations/${number}/actoin`, { method: "PUT" }));
    await refusedBy(fake, response, 404, "NOT_FOUND");
    const [error] = fake.errors;
    expect(error!.path).toBe("/api/allo/v2/api/conversations/{number}/actoin");
    expect(error!.message).toMatch(/^PUT \/api\/allo\/v2\/api\/conversations\/\{number\}\/actoin: 404 NOT_FOUND/);
    expect(String(error)).not.toContain("4155551234");
  });
});

describe("operations not in allow", () => {
  it("get 403 OPERATION_NOT_ALLOWED with details null, the operation named to onError", async () => {
    const body = await refusedBy(
      fake,
      await fake.proxy({ allow: ["numbers.list"] })(browserRequest("/v1/api/webhooks")),
      403,
      "OPERATION_NOT_ALLOWED",
    );
    expect(body.details).toBeNull();
    expect(fake.errors[0]).toMatchObject({
      status: 403,
      code: "OPERATION_NOT_ALLOWED",
      operation: "webhooks.list",
      method: "GET",
      path: "/v1/api/webhooks",
    });
  });

  it.each([
    ["DELETE", "/v1/api/webhooks/wh_1"],
    ["POST", "/v1/api/contacts"],
    ["PUT", "/v1/api/contacts/cnt_1"],
    ["GET", "/v1/api/contact/cnt_1/conversation"],
    ["GET", "/v2/api/me"],
    ["POST", "/v2/api/conversations/items/search"],
    ["PATCH", "/v2/api/crm/deals/deal_1"],
    ["DELETE", "/v2/api/partner/accounts/acc_1"],
  ])("%s %s, with an allow list that does not name it, gets 403", async (method, path) => {
    const withBody = ["POST", "PUT", "PATCH"].includes(method) ? { body: { name: "x" } } : {};
    await refusedBy(fake, await fake.proxy()(browserRequest(path, { method, ...withBody })), 403, "OPERATION_NOT_ALLOWED");
  });

  it("POST /v1/api/sms with a France body gets 403 when only sms.send is allowed", async () => {
    await refusedBy(
      fake,
      await fake.proxy({ allow: ["sms.send"] })(browserRequest("/v1/api/sms", { method: "POST", body: SMS_FR })),
      403,
      "OPERATION_NOT_ALLOWED",
    );
    expect(fake.errors[0]?.operation).toBe("sms.sendFrance");
  });

  it("POST /v1/api/sms with a US body gets 403 when only sms.sendFrance is allowed", async () => {
    await refusedBy(
      fake,
      await fake.proxy({ allow: ["sms.sendFrance"] })(browserRequest("/v1/api/sms", { method: "POST", body: SMS })),
      403,
      "OPERATION_NOT_ALLOWED",
    );
    expect(fake.errors[0]?.operation).toBe("sms.send");
  });

  it("an empty allow list forwards nothing", async () => {
    await refusedBy(fake, await fake.proxy({ allow: [] })(browserRequest("/v1/api/numbers")), 403, "OPERATION_NOT_ALLOWED");
  });
});

describe("authorize", () => {
  it("false means 401 UNAUTHORIZED, and it sees the browser's request (its cookie)", async () => {
    const cookies: (string | null)[] = [];
    const proxy = fake.proxy({
      authorize: (req) => {
        cookies.push(req.headers.get("cookie"));
        return req.headers.get("cookie") === "session=valid";
      },
    });
    await refusedBy(fake, await proxy(browserRequest("/v1/api/numbers", { headers: { cookie: "session=stolen" } })), 401, "UNAUTHORIZED");
    expect(cookies).toEqual(["session=stolen"]);
  });

  it("may be async; true lets the request through; a truthy value that is not true does not", async () => {
    const proxy = fake.proxy({
      authorize: async (req) => (req.headers.get("cookie") === "session=valid" ? true : ("yes" as unknown as boolean)),
    });
    await refusedBy(fake, await proxy(browserRequest("/v1/api/numbers")), 401, "UNAUTHORIZED");
    const ok = await proxy(browserRequest("/v1/api/numbers", { headers: { cookie: "session=valid" } }));
    expect(ok.status).toBe(200);
    expect(fake.server.seen).toHaveLength(1);
  });

  it("runs before the body is read or validated: an anonymous caller learns nothing of the input rules", async () => {
    const proxy = fake.proxy({ authorize: () => false });
    await refusedBy(fake, await proxy(browserRequest("/v1/api/sms", { method: "POST", body: "{not json" })), 401, "UNAUTHORIZED");
    await refusedBy(fake, await proxy(browserRequest("/v1/api/contact/..%2Fsms")), 401, "UNAUTHORIZED");
  });

  it("runs before the allow-list: an anonymous caller cannot tell allowed operations from the others", async () => {
    const proxy = fake.proxy({ allow: ["sms.send"], authorize: (req) => req.headers.get("cookie") === "session=valid" });
    // sms.send is allowed, crm.deals.delete is not: a caller who is not let in gets the same 401 for both.
    await refusedBy(fake, await proxy(browserRequest("/v1/api/sms", { method: "POST", body: {} })), 401, "UNAUTHORIZED");
    await refusedBy(fake, await proxy(browserRequest("/v2/api/crm/deals/dea-1", { method: "DELETE" })), 401, "UNAUTHORIZED");
    const signedIn = { cookie: "session=valid" };
    await refusedBy(
      fake,
      await proxy(browserRequest("/v2/api/crm/deals/dea-1", { method: "DELETE", headers: signedIn })),
      403,
      "OPERATION_NOT_ALLOWED",
    );
  });

  it("a throwing authorize is a 500 PROXY_ERROR that tells the browser nothing; onError gets the cause, the key cut out", async () => {
    const proxy = fake.proxy({
      authorize: () => {
        throw new Error(`session store down (key ${KEY})`);
      },
    });
    const body = await refusedBy(fake, await proxy(browserRequest("/v1/api/numbers")), 500, "PROXY_ERROR");
    expect(body.details).toBeNull();
    expect(body.message).not.toContain("session store");
    const [error] = fake.errors;
    expect(error).toMatchObject({ status: 500, code: "PROXY_ERROR", operation: "numbers.list" });
    expect(String((error!.cause as Error).message)).toBe("session store down (key [redacted])");
  });

  it("a body read by authorize (not from a clone) is a 500 PROXY_ERROR that says so to onError", async () => {
    const proxy = fake.proxy({ allow: ["sms.send"], authorize: async (req) => (await req.text()).length > 0 });
    await refusedBy(fake, await proxy(browserRequest("/v1/api/sms", { method: "POST", body: SMS })), 500, "PROXY_ERROR");
    expect(String((fake.errors[0]!.cause as Error).message)).toMatch(/request\.clone\(\)/);
  });

  it("is required: a proxy without it is refused when it is made", () => {
    expect(() => createAlloProxy({ apiKey: KEY, allow: ["numbers.list"] } as never)).toThrow(/authorize is required/);
  });
});

describe("path parameters", () => {
  // contacts.get("..%2fsms") used to reach /contact/..%2Fsms; each of these names another route
  // once a server decodes it.
  it.each([
    ["/v1/api/contact/..%2fsms", "contact_id"],
    ["/v1/api/contact/..%2Fsms", "contact_id"],
    ["/v1/api/contact/cnt%2F1", "contact_id"],
    ["/v1/api/contact/cnt%5C1", "contact_id"],
    ["/v1/api/contact/cnt%252F1", "contact_id"],
    ["/v1/api/contact/%2e%2e%2f", "contact_id"],
    ["/v1/api/contact/cnt%E0%A4%A", "contact_id"],
    ["/v2/api/conversations/items/..%2Fsearch", "id"],
    ["/v2/api/conversations/items/cll-1%2F..%2F..%2Fv1%2Fapi%2Fsms", "id"],
  ])("%s gets 400 INVALID_PATH_PARAMETER naming %s", async (path, field) => {
    const body = await refusedBy(fake, await fake.proxy()(browserRequest(path)), 400, "INVALID_PATH_PARAMETER");
    expect(body.details).toContainEqual(expect.objectContaining({ field }));
  });

  // A control character is no separator, but a server written in C ends the string at a NUL
  // (`..%00` would read `..`) and a log line breaks at a line feed: every id pattern refuses them.
  it.each([
    ["/v1/api/contact/..%00", "contact_id"],
    ["/v1/api/contact/abc%00", "contact_id"],
    ["/v1/api/contact/abc%01x", "contact_id"],
    ["/v1/api/contact/%7F", "contact_id"],
    ["/v1/api/contact/abc%1F", "contact_id"],
    ["/v2/api/conversations/items/cll-1%00", "id"],
    ["/v2/api/conversations/items/cll-1/tags/vip%00", "tag"],
  ])("%s, a control character once decoded, gets 400 INVALID_PATH_PARAMETER naming %s", async (path, field) => {
    const proxy = fake.proxy({ allow: [...DEFAULT_ALLOW, "tags.remove"] });
    const method = path.includes("/tags/") ? "DELETE" : "GET";
    const body = await refusedBy(fake, await proxy(browserRequest(path, { method })), 400, "INVALID_PATH_PARAMETER");
    expect(body.details).toEqual([expect.objectContaining({ field })]);
  });

  it("one the spec's pattern refuses (an item id that is not cll-/msg-) gets the validator's message", async () => {
    const body = await refusedBy(
      fake,
      await fake.proxy()(browserRequest("/v2/api/conversations/items/cnt_1")),
      400,
      "INVALID_PATH_PARAMETER",
    );
    expect(body.details).toEqual([expect.objectContaining({ field: "id" })]);
  });

  it("dot segments the URL itself resolves reach the route they resolve to, and allow decides there", async () => {
    // WHATWG URLs resolve /contact/../webhooks (and %2e%2e) to /webhooks before the proxy sees them.
    await refusedBy(fake, await fake.proxy()(browserRequest("/v1/api/contact/../webhooks")), 403, "OPERATION_NOT_ALLOWED");
    await refusedBy(fake, await fake.proxy()(browserRequest("/v1/api/contact/%2e%2e/webhooks")), 403, "OPERATION_NOT_ALLOWED");
  });
});

describe("query parameters", () => {
  it.each([
    ["a page size above 100", "/v1/api/contacts?size=500", "size"],
    ["a page that is not a number", "/v1/api/contacts?page=first", "page"],
    ["a repeated parameter", "/v1/api/contacts?page=1&page=2", "page"],
    ["a parameter the operation does not take", "/v1/api/numbers?page=1", "page"],
    ["an encoded parameter name it does not take", "/v1/api/contacts?pag%65s=1", "pages"],
    ["an unknown extend", "/v1/api/contact/cnt_1?extend=engagement,secrets", "extend.1"],
    ["a v2 extend it does not take", "/v2/api/conversations/items/cll-1?extend=recording", "extend.0"],
    ["a boolean that is not true or false", "/v2/api/conversations?allo_number=%2B14155550100&unread=yes", "unread"],
    ["a v2 size of 101", "/v2/api/conversations?allo_number=%2B14155550100&size=101", "size"],
    ["a missing required parameter", "/v2/api/conversations", "allo_number"],
    ["a parameter named __proto__", "/v1/api/contacts?__proto__=x", "__proto__"],
  ])("%s gets 400 INVALID_QUERY_PARAMETER naming the field", async (_what, path, field) => {
    const body = await refusedBy(fake, await fake.proxy()(browserRequest(path)), 400, "INVALID_QUERY_PARAMETER");
    expect(body.details).toContainEqual(expect.objectContaining({ field }));
    expect(fake.errors[0]?.message).not.toContain("?");
  });
});

describe("headers", () => {
  it.each([
    ["an X-Request-Id over 200 characters", "/v1/api/numbers", { "x-request-id": "r".repeat(201) }, "x-request-id"],
    ["an X-Request-Id beyond ASCII", "/v1/api/numbers", { "x-request-id": "req_\u00e9t\u00e9" }, "x-request-id"],
    [
      "an Idempotency-Key over 255 characters",
      "/v2/api/conversations/items/cll-1/tags",
      { "idempotency-key": "k".repeat(256) },
      "idempotency-key",
    ],
    [
      "an Idempotency-Key where Allo takes none",
      "/v1/api/sms",
      { "idempotency-key": "5f0c6c1e-8f3a-4c8e-9a57-1d2b3c4d5e6f" },
      "idempotency-key",
    ],
    ["a Prefer beyond ASCII", "/v1/api/numbers", { prefer: "code=\u00e9" }, "prefer"],
  ])("%s gets 400 INVALID_HEADER naming it", async (_what, path, headers, field) => {
    const body = path.endsWith("/sms") ? SMS : path.endsWith("/tags") ? { tags: ["vip"] } : undefined;
    const request = browserRequest(path, { method: body ? "POST" : "GET", headers, ...(body ? { body } : {}) });
    const answer = await refusedBy(fake, await fake.proxy()(request), 400, "INVALID_HEADER");
    expect(answer.details).toContainEqual(expect.objectContaining({ field }));
  });
});

describe("bodies", () => {
  it.each([
    ["a US SMS to a non-E.164 number", "/v1/api/sms", "POST", { ...SMS, to: "0612345678" }, "to"],
    ["a 1001-character SMS", "/v1/api/sms", "POST", { ...SMS, message: "x".repeat(1001) }, "message"],
    ["an unknown field", "/v1/api/sms", "POST", { ...SMS, messsage: "typo" }, "messsage"],
    ["a body that is not an object", "/v1/api/sms", "POST", [SMS], "(input)"],
    ["no tags", "/v2/api/conversations/items/cll-1/tags", "POST", { tags: [] }, "tags"],
    ["a body where one is required, missing", "/v2/api/conversations/items/cll-1/tags", "POST", undefined, "(input)"],
  ])("%s gets 400 INVALID_REQUEST_BODY naming the field", async (_what, path, method, body, field) => {
    const request =
      body === undefined ? new Request(`http://app.test/api/allo${path}`, { method }) : browserRequest(path, { method, body });
    const answer = await refusedBy(fake, await fake.proxy()(request), 400, "INVALID_REQUEST_BODY");
    expect(answer.details).toContainEqual(expect.objectContaining({ field }));
  });

  it("a body that is not JSON gets 400 INVALID_REQUEST_BODY", async () => {
    const answer = await refusedBy(
      fake,
      await fake.proxy()(browserRequest("/v1/api/sms", { method: "POST", body: "{from:" })),
      400,
      "INVALID_REQUEST_BODY",
    );
    expect(answer.details).toEqual([{ field: "(body)", message: "must be JSON" }]);
  });

  it("a JSON body sent as text/plain (what a cross-site form can post) gets 415 UNSUPPORTED_MEDIA_TYPE", async () => {
    const request = browserRequest("/v1/api/sms", { method: "POST", body: SMS, headers: { "content-type": "text/plain" } });
    const answer = await refusedBy(fake, await fake.proxy()(request), 415, "UNSUPPORTED_MEDIA_TYPE");
    expect(answer.details).toEqual([{ field: "content-type", message: "must be application/json" }]);
  });

  it("a body over 64 KiB gets 413 REQUEST_TOO_LARGE, counted as it arrives", async () => {
    const big = JSON.stringify({ ...SMS, message: "x".repeat(70_000) });
    // A stream has no Content-Length: the proxy counts.
    const stream = new Response(big).body!;
    const request = new Request("http://app.test/api/allo/v1/api/sms", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    await refusedBy(fake, await fake.proxy()(request), 413, "REQUEST_TOO_LARGE");
  });

  it("a Content-Length over 64 KiB gets 413 REQUEST_TOO_LARGE before the body is read", async () => {
    let pulled = 0;
    const stream = new ReadableStream({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode("x"));
      },
    });
    const request = new Request("http://app.test/api/allo/v1/api/sms", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json", "content-length": "70000" },
      duplex: "half",
    } as RequestInit);
    await refusedBy(fake, await fake.proxy()(request), 413, "REQUEST_TOO_LARGE");
    expect(pulled).toBeLessThanOrEqual(1);
  });
});
