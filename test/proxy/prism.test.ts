// The browser's AlloClient through the proxy, with Prism as Allo: every SDK method answers what it
// answers without the proxy, and Allo's errors reach the browser as the same AlloApiError.
import { describe, expect, inject, it } from "vitest";
import { AlloApiError, AlloClient, type RequestOptions } from "../../src/index.js";
import { createAlloProxy } from "../../src/proxy/index.js";
import { OPERATIONS } from "../../src/proxy/operations.js";

const KEY = "sk_live_PROXY_SECRET_71c3e9";
const proxy = createAlloProxy({
  apiKey: KEY,
  allow: Object.keys(OPERATIONS) as (keyof typeof OPERATIONS)[],
  baseUrl: inject("prismUrl"),
  basePath: "/api/allo",
});

/** What a page on http://app.test runs: a client whose requests reach the proxy's route. */
const browser = new AlloClient({
  apiKey: "proxied",
  baseUrl: "http://app.test/api/allo",
  fetch: (input, init) => proxy(new Request(input, init)),
});
const server = new AlloClient({ apiKey: KEY, baseUrl: inject("prismUrl") });

const SMS = { from: "+13055550180", to: "+13055550142", message: "Your order just shipped" };
const SMS_FR = { sender_id: "MyCompany", to: "+33612345678", message: "Bonjour depuis Allo" };
const HOOK = { allo_number: "+13055550180", url: "https://example.com/webhooks/allo", topics: ["SMS_RECEIVED" as const], enabled: true };
const FRANCE: RequestOptions = { headers: { prefer: "example=france" } };

const calls: Record<string, (allo: AlloClient) => Promise<unknown>> = {
  "numbers.list": (a) => a.numbers.list(),
  "sms.send": (a) => a.sms.send(SMS),
  "sms.sendFrance": (a) => a.sms.sendFrance(SMS_FR, FRANCE),
  "calls.search": (a) => a.calls.search({ allo_number: "+13055550180", contact_number: "+13055550142", page: 0, size: 20 }),
  "contacts.search": (a) => a.contacts.search({ page: 1, size: 50 }),
  "contacts.create": (a) => a.contacts.create({ numbers: ["+33612345678"], name: "Jean", emails: ["jean@example.com"] }),
  "contacts.update": (a) => a.contacts.update("cnt_abc123", { job_title: "CEO" }),
  "contacts.get": (a) => a.contacts.get("cnt_abc123", { extend: ["engagement", "activity"] }),
  "contacts.conversation": (a) => a.contacts.conversation("cnt_abc123", { allo_number: "+13055550180", size: 20 }),
  "webhooks.list": (a) => a.webhooks.list(),
  "webhooks.create": (a) => a.webhooks.create(HOOK),
  "webhooks.delete": (a) => a.webhooks.delete("wh_abc123"),
};

describe("the browser's client through the proxy, against Prism", () => {
  it("a case below for every operation the proxy knows", () => {
    expect(Object.keys(calls).sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it.each(Object.entries(calls))("%s answers what it answers without the proxy", async (_name, call) => {
    expect(await call(browser)).toEqual(await call(server));
  });

  it("sms.sendFrance and sms.send share POST /sms; the body decides which one it is", async () => {
    const franceOnly = createAlloProxy({ apiKey: KEY, allow: ["sms.sendFrance"], baseUrl: inject("prismUrl") });
    const client = new AlloClient({ apiKey: "proxied", baseUrl: "http://app.test", fetch: (i, init) => franceOnly(new Request(i, init)) });
    await expect(client.sms.sendFrance(SMS_FR, FRANCE)).resolves.toMatchObject({ sender_id: "MyCompany" });
    await expect(client.sms.send(SMS)).rejects.toMatchObject({ status: 403, code: "OPERATION_NOT_ALLOWED" });
  });

  it("an error Allo answers reaches the browser as the same AlloApiError: status, code, details", async () => {
    const prefer: RequestOptions = { headers: { prefer: "code=400, example=INVALID_SENDER_ID" } };
    const viaProxy = await browser.sms.sendFrance(SMS_FR, prefer).catch((e: unknown) => e);
    const direct = await server.sms.sendFrance(SMS_FR, prefer).catch((e: unknown) => e);
    expect(viaProxy).toBeInstanceOf(AlloApiError);
    expect(viaProxy).toMatchObject({ status: 400, code: "INVALID_SENDER_ID", details: (direct as AlloApiError).details });
  });

  it("a 429's Retry-After reaches the browser's client", async () => {
    const error = await browser.numbers.list({ headers: { prefer: "code=429" }, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, code: "RATE_LIMITED" });
    expect((error as AlloApiError).retryAfter).toBeGreaterThan(0);
  });
});
