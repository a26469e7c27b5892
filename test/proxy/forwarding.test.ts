// What an allowed request carries to Allo (the key, only safe headers, the validated input) and
// what comes back to the browser (Allo's status and body, only safe headers, never the key: on
// success, on Allo's errors, and when Allo cannot be reached).
import { describe, expect, it } from "vitest";
import { json, refusedUrl } from "../helpers/fault-server.js";
import { createAlloProxy } from "../../src/proxy/index.js";
import { APP, browserRequest, fakeAllo, KEY, readable } from "./harness.js";

const fake = fakeAllo();
const SMS = { from: "+13055550180", to: "+13055550142", message: "Hi" };

describe("what reaches Allo", () => {
  it("the key in Authorization, in place of the browser's own; accept and prefer, but no cookie nor any other header", async () => {
    const response = await fake.proxy()(
      browserRequest("/sms", {
        method: "POST",
        body: SMS,
        headers: {
          authorization: "proxied",
          cookie: "session=abc",
          prefer: "code=200",
          accept: "application/json",
          "x-forwarded-for": "203.0.113.9",
          "x-app-secret": "s3cret",
        },
      }),
    );
    expect(response.status).toBe(200);
    const [seen] = fake.server.seen;
    expect(seen!.headers.authorization).toBe(KEY);
    expect(seen!.headers.prefer).toBe("code=200");
    expect(seen!.headers.accept).toBe("application/json");
    expect(seen!.headers["content-type"]).toBe("application/json");
    expect(seen!.headers.cookie).toBeUndefined();
    expect(seen!.headers["x-forwarded-for"]).toBeUndefined();
    expect(seen!.headers["x-app-secret"]).toBeUndefined();
  });

  it("the operation's path below Allo's base URL, with the query as the browser sent it and the body it validated", async () => {
    const proxy = createAlloProxy({ apiKey: KEY, allow: ["contacts.search", "sms.send"], baseUrl: `${fake.server.url}/v1/api/`, basePath: "/api/allo" });
    await proxy(browserRequest("/contacts?page=2&size=50"));
    await proxy(browserRequest("/sms", { method: "POST", body: SMS }));
    expect(fake.server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(["GET /v1/api/contacts?page=2&size=50", "POST /v1/api/sms"]);
    expect(JSON.parse(fake.server.seen[1]!.body)).toEqual(SMS);
  });

  it("a path parameter decoded for validation and encoded again, so it cannot reach another route", async () => {
    const proxy = fake.proxy({ allow: ["contacts.get"] });
    await proxy(browserRequest("/contact/cnt%20a%2Fb"));
    expect(fake.server.seen.map((s) => s.url)).toEqual(["/contact/cnt%20a%2Fb"]);
  });

  it("no request body for an operation that takes none", async () => {
    await fake.proxy()(new Request(`${APP}/numbers`, { method: "GET" }));
    expect(fake.server.seen[0]!.body).toBe("");
    expect(fake.server.seen[0]!.headers["content-type"]).toBeUndefined();
  });
});

describe("what the browser gets back", () => {
  it("Allo's status and body, content-type and retry-after, but not its cookies; never cached", async () => {
    fake.answer((_req, res) =>
      json(res, 429, { code: "RATE_LIMITED", details: null }, { "retry-after": "2", "set-cookie": "allo_session=1", "x-request-id": "req_1", server: "allo" }),
    );
    const { status, headers, text } = await readable(await fake.proxy()(browserRequest("/numbers")));
    expect(status).toBe(429);
    expect(JSON.parse(text)).toEqual({ code: "RATE_LIMITED", details: null });
    expect(headers).toEqual({
      "content-type": "application/json",
      "retry-after": "2",
      "x-request-id": "req_1",
      "cache-control": "no-store",
    });
  });

  it("an empty 204 stays empty", async () => {
    fake.answer((_req, res) => res.writeHead(204).end());
    const response = await fake.proxy({ allow: ["webhooks.delete"] })(browserRequest("/webhooks/wh_1", { method: "DELETE" }));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });
});

describe("the key never reaches the browser", () => {
  it("on success, even when Allo's answer quotes the headers it received", async () => {
    const { status, text, all } = await readable(await fake.proxy()(browserRequest("/numbers")));
    expect(status).toBe(200);
    expect(fake.server.seen[0]!.headers.authorization).toBe(KEY);
    expect(JSON.parse(text).data.headers.authorization).toBe("[redacted]");
    expect(all).not.toContain(KEY);
  });

  it("on an error that quotes the key", async () => {
    fake.answer((_req, res) => json(res, 401, { code: "API_KEY_INVALID", details: [{ field: "authorization", message: `unknown key ${KEY}` }] }));
    const { status, text, all } = await readable(await fake.proxy()(browserRequest("/numbers")));
    expect(status).toBe(401);
    expect(JSON.parse(text).details[0].message).toBe("unknown key [redacted]");
    expect(all).not.toContain(KEY);
  });

  it("in a header Allo sets, which is dropped", async () => {
    fake.answer((_req, res) => json(res, 200, { data: [] }, { "x-request-id": `req-for-${KEY}` }));
    const { headers, all } = await readable(await fake.proxy()(browserRequest("/numbers")));
    expect(headers["x-request-id"]).toBeUndefined();
    expect(all).not.toContain(KEY);
  });

  it("on an HTML error page from something in front of Allo", async () => {
    fake.answer((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end(`<html><body>Bad gateway for Authorization: ${KEY}</body></html>`);
    });
    const { status, headers, all } = await readable(await fake.proxy()(browserRequest("/numbers")));
    expect(status).toBe(502);
    expect(headers["content-type"]).toBe("text/html");
    expect(all).not.toContain(KEY);
  });

  it("when Allo refuses the connection: 502 UPSTREAM_UNREACHABLE", async () => {
    const proxy = createAlloProxy({ apiKey: KEY, allow: ["numbers.list"], baseUrl: await refusedUrl() });
    const { status, text, all } = await readable(await proxy(new Request("http://app.test/numbers")));
    expect(status).toBe(502);
    expect(JSON.parse(text)).toEqual({ code: "UPSTREAM_UNREACHABLE", details: null });
    expect(all).not.toContain(KEY);
  });

  it("when Allo stalls past the timeout: 504 UPSTREAM_TIMEOUT", async () => {
    fake.answer((_req, res) => res.writeHead(200, { "content-type": "application/json" }));
    const { status, text, all } = await readable(await fake.proxy({ timeout: 200 })(browserRequest("/numbers")));
    expect(status).toBe(504);
    expect(JSON.parse(text)).toEqual({ code: "UPSTREAM_TIMEOUT", details: null });
    expect(all).not.toContain(KEY);
  });
});
