// Errors say what happened and what to do, carry everything Allo sent in either model (or in the
// shapes gateways and older revisions send), and never carry a query string (it holds phone numbers).
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlloApiError, AlloClient, AlloNetworkError, AlloTimeoutError, AlloValidationError } from "../../src/index.js";
import { json, refusedUrl, stallMidBody, startFaultServer, type FaultServer } from "../helpers/fault-server.js";

let server: FaultServer;
let answer: (url: string) => { status: number; body?: unknown; raw?: string; headers?: Record<string, string> };
beforeAll(async () => {
  server = await startFaultServer((req, res) => {
    const a = answer(req.url ?? "");
    if (a.raw !== undefined) {
      res.writeHead(a.status, { "content-type": "text/html", ...a.headers });
      return void res.end(a.raw);
    }
    json(res, a.status, a.body, a.headers);
  });
});
afterAll(() => server.close());

const client = (extra = {}) => new AlloClient({ apiKey: "ak_live_errors_test", baseUrl: server.url, maxRetries: 0, ...extra });
const failure = <T>(p: Promise<T>) =>
  p.then(
    () => Promise.reject(new Error("resolved")),
    (e: unknown) => e as AlloApiError,
  );

describe("the shape of an error answer, whatever it is", () => {
  it("v2 { error: {...} }: every field Allo sends, and its suggestion in the message", async () => {
    answer = () => ({
      status: 404,
      body: {
        error: {
          type: "not_found_error",
          code: "CONVERSATION_ITEM_NOT_FOUND",
          message: "No call or message found with ID 'cll-abc123'.",
          retryable: false,
          request_id: "req_a1b2c3d4e5f6",
          doc_url: "https://help.withallo.com/en/v2/api-reference/guides/error-handling#CONVERSATION_ITEM_NOT_FOUND",
          param: "id",
          suggestion: "Search for the item using POST /v2/api/conversations/items/search.",
          errors: [{ field: "id", message: "unknown" }],
        },
      },
    });
    const e = await failure(client().conversations.items.get("cll-abc123"));
    expect(e).toBeInstanceOf(AlloApiError);
    expect(e).toMatchObject({
      status: 404,
      code: "CONVERSATION_ITEM_NOT_FOUND",
      type: "not_found_error",
      serverMessage: "No call or message found with ID 'cll-abc123'.",
      retryable: false,
      requestId: "req_a1b2c3d4e5f6",
      docUrl: "https://help.withallo.com/en/v2/api-reference/guides/error-handling#CONVERSATION_ITEM_NOT_FOUND",
      param: "id",
      suggestion: "Search for the item using POST /v2/api/conversations/items/search.",
      details: [{ field: "id", message: "unknown" }],
      retryAfter: null,
      attempts: 1,
      maybeProcessed: false,
    });
    expect(e.message).toBe(
      "GET /v2/api/conversations/items/cll-abc123: 404 CONVERSATION_ITEM_NOT_FOUND: No call or message found with ID 'cll-abc123'. " +
        "Search for the item using POST /v2/api/conversations/items/search. Request id: req_a1b2c3d4e5f6.",
    );
  });

  it.each([
    { shape: '{ "error": "SOME_CODE" }', body: { error: "TAG_NOT_FOUND" }, code: "TAG_NOT_FOUND", serverMessage: null },
    {
      shape: '{ "error": "a sentence", "code": "X" }',
      body: { error: "Tag not found", code: "TAG_NOT_FOUND" },
      code: "TAG_NOT_FOUND",
      serverMessage: "Tag not found",
    },
    { shape: '{ "message": ... }', body: { message: "Not Found" }, code: "HTTP_404", serverMessage: "Not Found" },
    {
      shape: '{ "code", "message" } at the top',
      body: { code: "TAG_NOT_FOUND", message: "No such tag" },
      code: "TAG_NOT_FOUND",
      serverMessage: "No such tag",
    },
    { shape: '{ "error": { "message" } } without a code', body: { error: { message: "gone" } }, code: "HTTP_404", serverMessage: "gone" },
  ])("$shape still yields its code and message", async ({ body, code, serverMessage }) => {
    answer = () => ({ status: 404, body });
    const e = await failure(client().tags.remove("cll-abc123", "vip"));
    expect(e.code).toBe(code);
    expect(e.serverMessage).toBe(serverMessage);
  });

  it("v2 rate limits: retry_after_seconds when there is no Retry-After header", async () => {
    answer = () => ({
      status: 429,
      body: {
        error: { type: "rate_limit_error", code: "RATE_LIMIT_EXCEEDED", message: "Too fast", retryable: true, retry_after_seconds: 3 },
      },
    });
    const e = await failure(client({ maxRetryDelay: 1000 }).tags.list());
    expect(e.retryAfter).toBe(3);
    expect(e.message).toContain("Retry after 3 s.");
  });

  it("an answer that says retryable: false is not retried, even a 503 on a read", async () => {
    answer = () => ({ status: 503, body: { error: { type: "server_error", code: "MAINTENANCE", message: "down", retryable: false } } });
    const before = server.seen.length;
    const e = await failure(client({ maxRetries: 2 }).tags.list());
    expect(e.code).toBe("MAINTENANCE");
    expect(server.seen.length - before).toBe(1);
    expect(e.attempts).toBe(1);
  });
});

describe("messages that say what to do", () => {
  it("401: check the key, no Bearer, where keys are made", async () => {
    answer = () => ({ status: 401, body: { code: "API_KEY_INVALID", details: null } });
    const e = await failure(client().numbers.list());
    expect(e.message).toMatch(/^GET \/v1\/api\/numbers: 401 API_KEY_INVALID\. Check apiKey: .*Settings > API.*no 'Bearer ' prefix/);
  });

  it("a v1 code Allo explains nothing of gets the spec's hint (x-hint): what to do about it", async () => {
    const sms = { from: "+13055550180", to: "+13055550142", message: "hi" };
    answer = () => ({ status: 400, body: { code: "FROM_NUMBER_NOT_FOUND", details: null } });
    const from = await failure(client().sms.send(sms));
    expect(from.message).toMatch(
      /^POST \/v1\/api\/sms: 400 FROM_NUMBER_NOT_FOUND\. from must be one of your Allo numbers, in E\.164: allo\.numbers\.list\(\) lists them\. Request id: /,
    );
    answer = () => ({ status: 400, body: { code: "CONTACT_NOT_FOUND", details: null } });
    expect((await failure(client().contacts.get("cnt_missing"))).message).toContain(
      "CONTACT_NOT_FOUND. No contact has this id (Allo answers 400, not 404, for it): find the contact's id with allo.contacts.search().",
    );
    // A code the spec gives no hint keeps its bare message; Allo's own suggestion is said rather than a hint.
    answer = () => ({ status: 400, body: { code: "SOMETHING_NEW", details: null } });
    expect((await failure(client().sms.send(sms))).message).toMatch(/^POST \/v1\/api\/sms: 400 SOMETHING_NEW\. Request id: /);
    answer = () => ({
      status: 400,
      body: {
        error: { type: "validation_error", code: "FROM_NUMBER_NOT_FOUND", message: "Unknown sender.", suggestion: "Use one of yours." },
      },
    });
    const suggested = await failure(client().sms.send(sms));
    expect(suggested.message).toContain("Use one of yours.");
    expect(suggested.message).not.toContain("allo.numbers.list()");
  });

  it("403 (v1): the missing scope is named in the message, not only in details", async () => {
    answer = () => ({
      status: 403,
      body: { code: "API_KEY_INSUFFICIENT_SCOPE", details: [{ field: "scope", message: "required=SMS_SEND" }] },
    });
    const e = await failure(client().sms.send({ from: "+13055550180", to: "+13055550142", message: "hi" }));
    expect(e.message).toContain("(needs SMS_SEND)");
    expect(e.message).toContain("The key lacks the SMS_SEND scope: add it to the key in Allo's Settings > API");
  });

  it("403 (v2): the scope Allo names in its message is named too", async () => {
    answer = () => ({
      status: 403,
      body: {
        error: { type: "permission_error", code: "API_KEY_INSUFFICIENT_SCOPE", message: "This API key lacks the required scope CRM_READ." },
      },
    });
    const e = await failure(client().crm.people.get("per-1"));
    expect(e.message).toContain("The key lacks the CRM_READ scope");
  });

  it("a 404 with an HTML page names the URL without its query and suggests checking baseUrl", async () => {
    answer = () => ({ status: 404, raw: "<html><body>Cannot GET</body></html>" });
    const e = await failure(client().conversations.list({ allo_number: "+14155550100", last_activity_since: "2026-04-20T10:00:00Z" }));
    expect(e.code).toBe("HTTP_404");
    expect(e.message).toContain(`Nothing answers at ${server.url}/v2/api/conversations: check baseUrl`);
    expect(e.message).not.toContain("?");
    expect(e.message).not.toContain("14155550100");
  });

  it("a refused connection names the host and port", async () => {
    const url = await refusedUrl();
    const e = await failure(new AlloClient({ apiKey: "k", baseUrl: url, maxRetries: 1 }).numbers.list());
    expect(e).toBeInstanceOf(AlloNetworkError);
    expect(e.message).toContain(`connection refused by ${new URL(url).host}`);
    expect(e.message).toContain("2 attempts made");
  });

  it("a timeout while the body stalls says to raise `timeout`, and for a write that it may have been processed", async () => {
    const stall = await startFaultServer((_req, res) => stallMidBody(res, { "content-length": "1000" }));
    try {
      const e = await failure(
        new AlloClient({ apiKey: "k", baseUrl: stall.url, timeout: 150, maxRetries: 0 }).sms.send({
          from: "+13055550180",
          to: "+13055550142",
          message: "hi",
        }),
      );
      expect(e).toBeInstanceOf(AlloTimeoutError);
      expect(e.maybeProcessed).toBe(true);
      expect(e.message).toMatch(
        /no complete answer within 150 ms\. Raise `timeout`.*The request may have been processed: check before sending it again\./,
      );
    } finally {
      await stall.close();
    }
  });

  it("a 500 on a write says it may have been processed; on a read it does not", async () => {
    answer = () => ({
      status: 500,
      body: { error: { type: "server_error", code: "INTERNAL_SERVER_ERROR", message: "boom", retryable: true } },
    });
    const write = await failure(client().crm.people.create({ name: "Jane", numbers: ["+14155551234"] }));
    expect(write.maybeProcessed).toBe(true);
    expect(write.message).toContain("The request may have been processed");
    const read = await failure(client().crm.people.search({}));
    expect(read.maybeProcessed).toBe(false);
    expect(read.message).not.toContain("may have been processed");
  });
});

describe("no message carries a query string", () => {
  it("not an API error's, nor its path, nor a network error's", async () => {
    answer = () => ({ status: 400, body: { code: "INVALID_REQUEST_BODY", details: [{ field: "allo_number", message: "bad" }] } });
    const api = await failure(client().calls.search({ allo_number: "+13055550180", contact_number: "+13055550142" }));
    expect(api.path).toBe("/v1/api/calls");
    for (const text of [api.message, api.path, String(api), api.stack ?? ""]) {
      expect(text).not.toContain("?");
      expect(text).not.toContain("3055550180");
      expect(text).not.toContain("3055550142");
    }
    const refused = await failure(
      new AlloClient({ apiKey: "k", baseUrl: await refusedUrl(), maxRetries: 0 }).calls.search({ allo_number: "+13055550180" }),
    );
    expect(refused.message).not.toContain("3055550180");
    expect(refused.message).not.toContain("?");
  });

  it("nor a network error's cause, when the caller's fetch quotes the URL it failed on (as node-fetch does)", async () => {
    // node-fetch's FetchError: "request to <url> failed, reason: connect ECONNREFUSED", code ECONNREFUSED.
    const quoting: typeof fetch = async (input) => {
      const url = String(input instanceof Request ? input.url : input);
      const error = new Error(`request to ${url} failed, reason: connect ECONNREFUSED`, { cause: new Error(`connect to ${url}`) });
      throw Object.assign(error, { name: "FetchError", code: "ECONNREFUSED" });
    };
    const e = await failure(client({ fetch: quoting }).calls.search({ allo_number: "+13055550180", contact_number: "+13055550142" }));
    expect(e).toBeInstanceOf(AlloNetworkError);
    const cause = e.cause as Error & { code?: string };
    expect({ name: cause.name, code: cause.code }).toEqual({ name: "FetchError", code: "ECONNREFUSED" });
    expect(cause.message).toMatch(/^request to http:\/\/127\.0\.0\.1:\d+\/v1\/api\/calls failed, reason: connect ECONNREFUSED$/);
    const shown = [
      e.message,
      String(e),
      e.stack ?? "",
      inspect(e, { depth: Infinity, showHidden: true }),
      String(cause),
      cause.stack ?? "",
    ];
    for (const text of shown) {
      expect(text).not.toContain("allo_number=");
      expect(text).not.toContain("3055550180");
      expect(text).not.toContain("3055550142");
    }
  });

  it("a 2xx that is not the { data } envelope is an error naming the path only", async () => {
    answer = () => ({ status: 200, body: { numbers: [] } });
    const e = await failure(client().numbers.list());
    expect(e).toBeInstanceOf(AlloNetworkError);
    expect(e.message).toMatch(/^GET \/v1\/api\/numbers: the answer is not the \{ data \} envelope the spec documents/);
    answer = () => ({ status: 200, body: { data: { not: "a list" } } });
    const page = await failure(
      client()
        .tags.list()
        .then(() => client().conversations.items.search({})),
    );
    expect(page).toBeInstanceOf(AlloNetworkError);
    expect(page.message).toContain("is not a page");
  });
});

describe("what a server echoes of the request", () => {
  // Express's default 404 quotes the request's URL; a gateway may quote it in details.
  it("comes back without the query and the path's phone number, in the message and in every field", async () => {
    answer = (url) => ({
      status: 404,
      body: { code: "NOT_FOUND", message: `Cannot GET ${url}`, details: [{ field: "to", message: `bad ?${url.split("?")[1] ?? ""}` }] },
    });
    const list = await failure(client().conversations.list({ allo_number: "+33612345678" }));
    const act = await failure(client().conversations.act("+33612345678", "READ"));
    expect(list.serverMessage).toBe("Cannot GET /v2/api/conversations");
    expect(act.serverMessage).toBe("Cannot GET /v2/api/conversations/{contact_number}/action");
    for (const e of [list, act]) {
      for (const text of [e.message, String(e), e.stack ?? "", inspect(e, { depth: Infinity })]) {
        expect(text).not.toContain("33612345678");
        expect(text).not.toContain("allo_number=");
      }
    }
  });
});

describe("no message carries a phone number from the path", () => {
  // A conversation's contact travels in the path: /v2/api/conversations/%2B14155551234/action.
  const forms = ["4155551234", "+14155551234", "%2B14155551234"];

  it("an API error shows the contact's number as its parameter, in its message, path and url", async () => {
    answer = () => ({ status: 404, raw: "<h1>Not Found</h1>" });
    const e = await failure(client({ baseUrl: `${server.url}/allo` }).conversations.act("+14155551234", "READ"));
    expect(e).toBeInstanceOf(AlloApiError);
    expect(server.seen.at(-1)!.url).toBe("/allo/v2/api/conversations/%2B14155551234/action");
    expect(e.path).toBe("/allo/v2/api/conversations/{contact_number}/action");
    expect(e.message).toMatch(
      /^PUT \/allo\/v2\/api\/conversations\/\{contact_number\}\/action: 404 HTTP_404\. Nothing answers at http:\/\/127\.0\.0\.1:\d+\/allo\/v2\/api\/conversations\/\{contact_number\}\/action: check baseUrl/,
    );
    for (const text of [e.message, e.path, String(e), e.stack ?? ""]) for (const form of forms) expect(text).not.toContain(form);
  });

  it("so do a timeout and a refused connection", async () => {
    const stalling = await startFaultServer((_req, res) => stallMidBody(res));
    const slow = new AlloClient({ apiKey: "k", baseUrl: stalling.url, maxRetries: 0, timeout: 50 });
    const timedOut = await failure(slow.conversations.act("+14155551234", "ARCHIVE")).finally(() => stalling.close());
    expect(timedOut).toBeInstanceOf(AlloTimeoutError);
    const refused = await failure(
      new AlloClient({ apiKey: "k", baseUrl: await refusedUrl(), maxRetries: 0 }).summaryTemplates.setNumberDefault("+14155551234", {
        summary_template_id: "tst-abc123",
      }),
    );
    expect(refused).toBeInstanceOf(AlloNetworkError);
    expect(timedOut.path).toBe("/v2/api/conversations/{contact_number}/action");
    expect(refused.path).toBe("/v2/api/numbers/{number}/default_summary_template");
    for (const e of [timedOut, refused]) for (const form of forms) expect(e.message).not.toContain(form);
  });

  it("an id is not a phone number: it stays in the path, where it says which one failed", async () => {
    answer = () => ({ status: 404, body: { error: { code: "PERSON_NOT_FOUND", message: "No such person." } } });
    const e = await failure(client().crm.people.get("per-abc123"));
    expect(e.path).toBe("/v2/api/crm/people/per-abc123");
    expect(e.message).toMatch(/^GET \/v2\/api\/crm\/people\/per-abc123: 404 PERSON_NOT_FOUND/);
  });
});

describe("options in the wrong place", () => {
  it("headers given as the input of contacts.get say that options are the third argument", async () => {
    const e = (await client()
      .contacts.get("cnt_1", { headers: { "x-trace": "1" } } as never)
      .catch((x: unknown) => x)) as AlloValidationError;
    expect(e).toBeInstanceOf(AlloValidationError);
    expect(e.field).toBe("headers");
    expect(e.message).toContain("per-call options (signal, timeout, maxRetries, headers, ...) are the third argument");
  });

  it("and the second argument of a method that takes an input first", async () => {
    const e = (await client()
      .crm.people.search({ timeout: 5 } as never)
      .catch((x: unknown) => x)) as AlloValidationError;
    expect(e.message).toContain("are the second argument");
    const act = (await client()
      .conversations.act("+14155551234", "READ", { signal: AbortSignal.timeout(1000) } as never)
      .catch((x: unknown) => x)) as AlloValidationError;
    expect(act.message).toContain("are the fourth argument");
  });

  it("an idempotencyKey on an operation Allo does not deduplicate is refused before sending", async () => {
    const before = server.seen.length;
    const e = (await client()
      .crm.people.create({ name: "Jane", numbers: ["+13055550142"] }, { idempotencyKey: "k1" })
      .catch((x: unknown) => x)) as AlloValidationError;
    expect(e.field).toBe("options.idempotencyKey");
    expect(server.seen.length).toBe(before);
  });
});
