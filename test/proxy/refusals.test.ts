// What the proxy refuses, and that a refused request never reaches Allo: an operation not in
// `allow` (403), an unknown route (404), a caller `authorize` turns down (401), input the spec
// refuses (400, with the fields), a body too large (413).
import { describe, expect, it } from "vitest";
import { browserRequest, fakeAllo, KEY, readable } from "./harness.js";

const fake = fakeAllo();
const SMS = { from: "+13055550180", to: "+13055550142", message: "Hi" };
const SMS_FR = { sender_id: "MyCompany", to: "+33612345678", message: "Bonjour" };

async function refused(response: Response, status: number, code: string) {
  const { status: got, headers, text } = await readable(response);
  expect({ status: got, body: JSON.parse(text) }).toMatchObject({ status, body: { code } });
  expect(headers["content-type"]).toBe("application/json");
  expect(text).not.toContain(KEY);
  expect(fake.server.seen, "a refused request must not reach Allo").toEqual([]);
  return JSON.parse(text) as { code: string; details: unknown };
}

describe("operations not in allow", () => {
  it("get 403 OPERATION_NOT_ALLOWED with details null", async () => {
    const proxy = fake.proxy({ allow: ["numbers.list"] });
    const body = await refused(await proxy(browserRequest("/webhooks")), 403, "OPERATION_NOT_ALLOWED");
    expect(body).toEqual({ code: "OPERATION_NOT_ALLOWED", details: null });
  });

  it.each([
    ["DELETE", "/webhooks/wh_1"],
    ["POST", "/contacts"],
    ["PUT", "/contacts/cnt_1"],
    ["GET", "/contact/cnt_1/conversation"],
  ])("%s %s, with an allow list that does not name it, gets 403", async (method, path) => {
    const proxy = fake.proxy({ allow: ["numbers.list", "contacts.search", "contacts.get", "sms.send"] });
    await refused(await proxy(browserRequest(path, { method, ...(method === "POST" || method === "PUT" ? { body: { name: "x" } } : {}) })), 403, "OPERATION_NOT_ALLOWED");
  });

  it("POST /sms with a France body gets 403 when only sms.send is allowed", async () => {
    const proxy = fake.proxy({ allow: ["sms.send"] });
    await refused(await proxy(browserRequest("/sms", { method: "POST", body: SMS_FR })), 403, "OPERATION_NOT_ALLOWED");
  });

  it("POST /sms with a US body gets 403 when only sms.sendFrance is allowed", async () => {
    const proxy = fake.proxy({ allow: ["sms.sendFrance"] });
    await refused(await proxy(browserRequest("/sms", { method: "POST", body: SMS })), 403, "OPERATION_NOT_ALLOWED");
  });

  it("an empty allow list forwards nothing", async () => {
    await refused(await fake.proxy({ allow: [] })(browserRequest("/numbers")), 403, "OPERATION_NOT_ALLOWED");
  });
});

describe("unknown routes", () => {
  it.each([
    ["GET", "/api/allo/phone-numbers"],
    ["DELETE", "/api/allo/numbers"],
    ["GET", "/api/allo/numbers/extra"],
    ["GET", "/api/allo/contact/"],
    ["GET", "/api/allonumbers"],
    ["GET", "/numbers"],
    ["OPTIONS", "/api/allo/numbers"],
  ])("%s %s gets 404 NOT_FOUND", async (method, path) => {
    const proxy = fake.proxy();
    await refused(await proxy(new Request(`http://app.test${path}`, { method })), 404, "NOT_FOUND");
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
    await refused(await proxy(browserRequest("/numbers", { headers: { cookie: "session=stolen" } })), 401, "UNAUTHORIZED");
    expect(cookies).toEqual(["session=stolen"]);
  });

  it("may be async; true lets the request through", async () => {
    const proxy = fake.proxy({ authorize: async (req) => req.headers.get("cookie") === "session=valid" });
    await refused(await proxy(browserRequest("/numbers")), 401, "UNAUTHORIZED");
    const ok = await proxy(browserRequest("/numbers", { headers: { cookie: "session=valid" } }));
    expect(ok.status).toBe(200);
    expect(fake.server.seen).toHaveLength(1);
  });

  it("a throwing authorize is a 500 PROXY_ERROR that says nothing of the error", async () => {
    const proxy = fake.proxy({
      authorize: () => {
        throw new Error(`session store down (key ${KEY})`);
      },
    });
    const body = await refused(await proxy(browserRequest("/numbers")), 500, "PROXY_ERROR");
    expect(body.details).toBeNull();
  });
});

describe("input the spec refuses", () => {
  it.each([
    ["a US SMS to a non-E.164 number", "/sms", "POST", { ...SMS, to: "0612345678" }, "to"],
    ["a 1001-character SMS", "/sms", "POST", { ...SMS, message: "x".repeat(1001) }, "message"],
    ["an unknown field", "/sms", "POST", { ...SMS, messsage: "typo" }, "messsage"],
    ["a body that is not an object", "/sms", "POST", [SMS], "(input)"],
    ["a page size above 100", "/contacts?size=500", "GET", undefined, "size"],
    ["a page that is not a number", "/contacts?page=first", "GET", undefined, "page"],
    ["a repeated parameter", "/contacts?page=1&page=2", "GET", undefined, "page"],
    ["a parameter the operation does not take", "/numbers?page=1", "GET", undefined, "page"],
    ["an unknown extend", "/contact/cnt_1?extend=engagement,secrets", "GET", undefined, "extend.1"],
    ["a parameter named __proto__", "/contacts?__proto__=x", "GET", undefined, "__proto__"],
  ])("%s gets 400 INVALID_REQUEST_BODY naming the field", async (_what, path, method, body, field) => {
    const response = await fake.proxy()(browserRequest(path, { method, ...(body === undefined ? {} : { body }) }));
    const answer = await refused(response, 400, "INVALID_REQUEST_BODY");
    expect(answer.details).toContainEqual(expect.objectContaining({ field }));
  });

  it("a body that is not JSON gets 400 INVALID_REQUEST_BODY", async () => {
    const answer = await refused(await fake.proxy()(browserRequest("/sms", { method: "POST", body: "{from:" })), 400, "INVALID_REQUEST_BODY");
    expect(answer.details).toEqual([{ field: "(body)", message: "must be JSON" }]);
  });

  it("a body over 64 KiB gets 413 REQUEST_TOO_LARGE", async () => {
    const body = JSON.stringify({ ...SMS, message: "x".repeat(70_000) });
    await refused(await fake.proxy()(browserRequest("/sms", { method: "POST", body })), 413, "REQUEST_TOO_LARGE");
  });
});
