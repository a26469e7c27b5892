// The raw key is what Allo receives, and nothing the caller can print ever shows it.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlloApiError, AlloClient, AlloValidationError, VERSION } from "../../src/index.js";
import { echoes, keyRunIn, RUN } from "../helpers/key-echoes.js";
import { NUMBERS, json, refusedUrl, stallMidBody, startFaultServer, type FaultServer } from "../helpers/fault-server.js";

const KEY = "sk_live_SECRET_4f9c2a7e1b8d3c6a";

/** A v2 error in which a misconfigured gateway quotes `sent` in every place an answer can. */
const quoting = (sent: string) => ({
  error: {
    type: "authentication_error",
    code: `BAD_${sent}`,
    message: `The key ${sent} is invalid`,
    request_id: `req_${sent}`,
    doc_url: `https://docs.example.com/?key=${sent}`,
    param: sent,
    suggestion: `Replace ${sent}`,
    errors: [{ field: sent, message: `got ${sent}`, nested: { deep: [sent] } }],
  },
});

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer((req, res) => {
    if (req.url?.includes("/contact/")) return json(res, 400, { code: "CONTACT_NOT_FOUND", details: null });
    if (req.url?.includes("/stall")) return stallMidBody(res);
    // A misconfigured gateway that quotes the key it was sent, in every place an answer can.
    if (req.url?.includes("/v2/api/users")) {
      const sent = String(req.headers.authorization);
      const echo = { "x-request-id": `req-${sent}` };
      return json(res, 401, quoting(sent), echo);
    }
    if (req.url?.includes("/v1/api/webhooks")) {
      const sent = String(req.headers.authorization);
      return json(
        res,
        403,
        { code: "API_KEY_INSUFFICIENT_SCOPE", details: [{ field: "scope", message: `required=SMS_SEND for ${sent}` }] },
        { "x-request-id": sent },
      );
    }
    json(res, 200, NUMBERS);
  });
});
afterAll(() => server.close());

function everyRendering(value: unknown): string[] {
  const e = value as Error;
  return [
    String(value),
    e?.message ?? "",
    e?.stack ?? "",
    JSON.stringify(value) ?? "",
    inspect(value, { depth: Infinity, showHidden: true }),
    inspect((value as { cause?: unknown })?.cause, { depth: Infinity, showHidden: true }),
  ];
}

describe("the API key", () => {
  it("is sent raw in Authorization, without a Bearer prefix, with an allo-client User-Agent", async () => {
    await new AlloClient({ apiKey: KEY, baseUrl: server.url, headers: { "User-Agent": "crm-sync/2.1" } }).numbers.list();
    const { headers } = server.seen.at(-1)!;
    expect(headers.authorization).toBe(KEY);
    expect(headers["user-agent"]).toBe(`crm-sync/2.1 allo-client/${VERSION}`);
  });

  it("cannot be replaced by a header option", () => {
    expect(() => new AlloClient({ apiKey: KEY, headers: { authorization: "other" } })).toThrow(AlloValidationError);
  });

  it("is refused with a Bearer prefix, with an error that does not repeat it", () => {
    const error = (() => {
      try {
        new AlloClient({ apiKey: `Bearer ${KEY}` });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AlloValidationError);
    for (const text of everyRendering(error)) expect(text).not.toContain(KEY);
  });

  it("never appears in the client, inspected to any depth", () => {
    const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url });
    expect(inspect(allo, { depth: Infinity, showHidden: true })).not.toContain(KEY);
    expect(JSON.stringify(allo)).not.toContain(KEY);
    expect(inspect(allo.sms, { depth: Infinity, showHidden: true })).not.toContain(KEY);
  });

  it.each([
    { kind: "an API error", run: (a: AlloClient) => a.contacts.get("cnt_missing") },
    { kind: "a validation error", run: (a: AlloClient) => a.sms.send({ from: KEY, to: KEY, message: "" }) },
  ])("never appears in $kind, however it is printed", async ({ run }) => {
    const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url });
    const error = await run(allo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    for (const text of everyRendering(error)) expect(text).not.toContain(KEY);
  });

  it("never appears in a network error or its cause", async () => {
    const allo = new AlloClient({ apiKey: KEY, baseUrl: await refusedUrl(), maxRetries: 0 });
    const error = await allo.numbers.list().catch((e: unknown) => e);
    expect((error as Error).name).toBe("AlloNetworkError");
    for (const text of everyRendering(error)) expect(text).not.toContain(KEY);
  });

  it.each([
    { what: "a line break", key: `${KEY}\nak_live_second_half` },
    { what: "a NUL", key: `${KEY}\u0000tail` },
    { what: "a carriage return inside", key: `ak_live_${"x".repeat(12)}\r${KEY}` },
    { what: "a character beyond Latin-1", key: `${KEY}\u2028` },
  ])("with $what (a badly pasted variable) is refused by new AlloClient, the error showing no part of it", ({ key }) => {
    let error: unknown;
    try {
      new AlloClient({ apiKey: key, baseUrl: server.url });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AlloValidationError);
    expect((error as AlloValidationError).field).toBe("apiKey");
    for (const text of everyRendering(error)) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain("ak_live_");
    }
  });

  it("never comes back through a platform error that quotes it (a fetch or Headers TypeError)", async () => {
    const quoting: typeof fetch = async (_url, init) => {
      const sent = new Headers(init?.headers).get("authorization");
      throw new TypeError(`Headers.append: "${sent}" is an invalid header value`, { cause: new Error(`value ${sent}`) });
    };
    const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url, fetch: quoting, maxRetries: 0 });
    const error = await allo.numbers.list().catch((e: unknown) => e);
    expect((error as Error).name).toBe("AlloNetworkError");
    for (const text of everyRendering(error)) expect(text).not.toContain(KEY);
    expect(String((error as Error).cause)).toContain("[redacted]");
  });

  it.each([
    { form: "the key as given", apiKey: KEY },
    { form: "the Api-Key form (its bare key redacted too)", apiKey: `Api-Key ${KEY}` },
  ])("echoed by an answer (v2 body, header), is redacted from every field and the message: $form", async ({ apiKey }) => {
    const allo = new AlloClient({ apiKey, baseUrl: server.url, maxRetries: 0 });
    const error = (await allo.users.list().catch((e: unknown) => e)) as AlloApiError;
    expect(error).toBeInstanceOf(AlloApiError);
    for (const text of everyRendering(error)) expect(text).not.toContain(KEY);
    expect(error.code).toBe("BAD_[redacted]");
    expect(error.serverMessage).toBe("The key [redacted] is invalid");
    expect(error.requestId).toBe("req_[redacted]");
    expect(error.param).toBe("[redacted]");
    expect(error.details).toEqual([{ field: "[redacted]", message: "got [redacted]", nested: { deep: ["[redacted]"] } }]);
  });

  it("echoed in a v1 error's details and its request-id header, is redacted", async () => {
    const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 });
    const error = (await allo.webhooks.list().catch((e: unknown) => e)) as AlloApiError;
    expect(error.details).toEqual([{ field: "scope", message: "required=SMS_SEND for [redacted]" }]);
    expect(error.requestId).not.toContain(KEY);
    for (const text of everyRendering(error)) expect(text).not.toContain(KEY);
  });

  describe(`echoed by an error answer in any form, whole or a run of ${RUN} characters of its secret, is cut from every field`, () => {
    let echo = "";
    let echoing: FaultServer;
    beforeAll(async () => {
      // v2 paths answer in v2's shape, v1 paths in v1's: each field an error can carry holds the echo.
      echoing = await startFaultServer((req, res) => {
        if (req.url?.startsWith("/v2/")) {
          return json(res, 401, quoting(echo));
        }
        json(
          res,
          403,
          { code: "API_KEY_INSUFFICIENT_SCOPE", details: [{ field: "scope", message: `for ${echo}`, copy: echo }] },
          { "x-request-id": echo },
        );
      });
    });
    afterAll(() => echoing.close());

    it.each(echoes(KEY))("$form", async ({ text }) => {
      echo = text;
      const allo = new AlloClient({ apiKey: KEY, baseUrl: echoing.url, maxRetries: 0 });
      for (const call of [() => allo.users.list(), () => allo.webhooks.list()]) {
        const error = (await call().catch((e: unknown) => e)) as AlloApiError;
        expect(error).toBeInstanceOf(AlloApiError);
        const fields = [error.code, error.serverMessage, error.requestId, error.docUrl, error.param, error.suggestion, error.details];
        for (const shown of [...everyRendering(error), JSON.stringify(fields)]) expect(keyRunIn(shown, KEY), shown).toBeNull();
        expect(JSON.stringify(error.details)).toContain("[redacted]");
      }
    });
  });

  it("never appears in a log line, at debug level, for successes and failures alike", async () => {
    const lines: string[] = [];
    const record = (line: string, event: unknown) => lines.push(line, JSON.stringify(event));
    const logger = { debug: record, info: record, warn: record, error: record };
    const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url, logger, logLevel: "debug", maxRetries: 1 });
    await allo.numbers.list();
    await allo.users.list().catch(() => {});
    await allo.contacts.get("cnt_missing").catch(() => {});
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(line).not.toContain(KEY);
  });

  it("never appears in a timeout while the body stalls", async () => {
    const stalling = new AlloClient({ apiKey: KEY, baseUrl: `${server.url}/stall`, timeout: 100, maxRetries: 0 });
    const error = await stalling.numbers.list().catch((e: unknown) => e);
    expect((error as Error).name).toBe("AlloTimeoutError");
    for (const text of everyRendering(error)) expect(text).not.toContain(KEY);
  });
});
