import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AlloClient, AlloValidationError, DEFAULTS, VERSION } from "../../src/index.js";
import { NUMBERS, json, startFaultServer } from "../helpers/fault-server.js";

describe("client options", () => {
  it("has its defaults in one place, as the issue and the seed document them", () => {
    expect(DEFAULTS).toEqual({
      baseUrl: "https://api.withallo.com",
      allowInsecureHttp: false,
      timeout: 30_000,
      maxRetries: 2,
      maxRetryDelay: 30_000,
      maxResponseBytes: 16 * 1024 * 1024,
      maxRequestBytes: 1024 * 1024,
      logLevel: "off",
      rateLimit: { readsPerSecond: 20, writesPerSecond: 5 },
      validateAnswers: false,
    });
  });

  it.each([
    ["https://api.withallo.com/v1/api", "https://api.withallo.com"],
    ["https://api.withallo.com/v1/api/", "https://api.withallo.com"],
    ["https://api.withallo.com/v2/api", "https://api.withallo.com"],
    ["http://127.0.0.1:4010", "http://127.0.0.1:4010"],
    ["https://gateway.example.com/allo/v1/api", "https://gateway.example.com/allo"],
  ])("a baseUrl of %s means the origin %s: paths carry their version", async (baseUrl, origin) => {
    const urls: string[] = [];
    const allo = new AlloClient({
      apiKey: "k",
      baseUrl,
      fetch: async (input) => {
        urls.push(String(input));
        return new Response(JSON.stringify(NUMBERS), { headers: { "content-type": "application/json" } });
      },
    });
    await allo.numbers.list();
    await allo.phoneNumbers.list();
    expect(urls).toEqual([`${origin}/v1/api/numbers`, `${origin}/v2/api/numbers`]);
  });

  it("sends to https://api.withallo.com by default, each path with its version", async () => {
    const urls: string[] = [];
    const allo = new AlloClient({
      apiKey: "k",
      fetch: async (input) => {
        urls.push(String(input));
        return new Response(JSON.stringify(NUMBERS), { headers: { "content-type": "application/json" } });
      },
    });
    await allo.numbers.list();
    expect(urls).toEqual(["https://api.withallo.com/v1/api/numbers"]);
  });

  it.each([
    { what: "a key with a line break (a badly pasted environment variable)", options: { apiKey: "ak_live_abc\ndef" }, field: "apiKey" },
    { what: "a key with a NUL", options: { apiKey: "ak_live_abc\u0000def" }, field: "apiKey" },
    { what: "a key with a character beyond Latin-1", options: { apiKey: "ak_live_abc\u2028def" }, field: "apiKey" },
    { what: "an unknown logLevel", options: { apiKey: "k", logLevel: "verbose" }, field: "logLevel" },
    { what: "no apiKey", options: {}, field: "apiKey" },
    { what: "an empty apiKey", options: { apiKey: "" }, field: "apiKey" },
    { what: "a blank apiKey", options: { apiKey: "   " }, field: "apiKey" },
    { what: "a Bearer-prefixed apiKey", options: { apiKey: "Bearer abc" }, field: "apiKey" },
    { what: "a relative baseUrl", options: { apiKey: "k", baseUrl: "v1/api" }, field: "baseUrl" },
    { what: "an ftp baseUrl", options: { apiKey: "k", baseUrl: "ftp://x" }, field: "baseUrl" },
    { what: "a zero timeout", options: { apiKey: "k", timeout: 0 }, field: "timeout" },
    { what: "an infinite timeout", options: { apiKey: "k", timeout: Infinity }, field: "timeout" },
    { what: "negative retries", options: { apiKey: "k", maxRetries: -1 }, field: "maxRetries" },
    { what: "a negative maxRetryDelay", options: { apiKey: "k", maxRetryDelay: -5 }, field: "maxRetryDelay" },
    { what: "an Authorization header", options: { apiKey: "k", headers: { AUTHORIZATION: "x" } }, field: "headers.AUTHORIZATION" },
  ])("refuses $what, naming $field", ({ options, field }) => {
    let error: unknown;
    try {
      new AlloClient(options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AlloValidationError);
    expect((error as AlloValidationError).field).toBe(field);
    expect((error as AlloValidationError).operation).toBe("new AlloClient");
  });

  it.each([
    { key: "timeoutMs", hint: "did you mean timeout?" },
    { key: "retries", hint: "did you mean maxRetries?" },
    { key: "environment", hint: "" },
    { key: "maxRetry", hint: "did you mean maxRetries?" },
  ])("refuses an option it does not read ($key), naming it, instead of ignoring it", ({ key, hint }) => {
    const error = (() => {
      try {
        new AlloClient({ apiKey: "k", [key]: 5 } as never);
      } catch (e) {
        return e as AlloValidationError;
      }
    })();
    expect(error).toBeInstanceOf(AlloValidationError);
    expect(error!.field).toBe(key);
    expect(error!.message).toContain(`${key} is not an option of AlloClient`);
    if (hint) expect(error!.message).toContain(hint);
  });

  it("says where per-call options go when they are not an object", async () => {
    const error = await new AlloClient({ apiKey: "k" }).contacts.search({}, 20 as never).catch((e: unknown) => e as AlloValidationError);
    expect(error).toBeInstanceOf(AlloValidationError);
    expect((error as AlloValidationError).field).toBe("options");
    expect((error as AlloValidationError).message).toContain("given as the last argument");
  });

  it("calls fetch as a plain function, as a browser's fetch requires (no 'Illegal invocation')", async () => {
    // A browser's fetch throws when `this` is not the window; this one does the same for anything
    // but undefined or the global object.
    const strictFetch = function (this: unknown, _input: RequestInfo | URL, _init?: RequestInit) {
      if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
      return Promise.resolve(new Response(JSON.stringify(NUMBERS), { headers: { "content-type": "application/json" } }));
    };
    const allo = new AlloClient({ apiKey: "k", fetch: strictFetch as typeof fetch });
    await expect(allo.numbers.list()).resolves.toEqual(NUMBERS.data);
  });

  it("resolves a path baseUrl against the page in a browser; without a page, refuses the request, not the client", async () => {
    const urls: string[] = [];
    const record = async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response(JSON.stringify(NUMBERS), { headers: { "content-type": "application/json" } });
    };
    const g = globalThis as { location?: { href: string } };
    g.location = { href: "https://app.example.com/dashboard/contacts?tab=1" };
    try {
      await new AlloClient({ apiKey: "proxied", baseUrl: "/api/allo/", fetch: record }).numbers.list();
      expect(urls).toEqual(["https://app.example.com/api/allo/v1/api/numbers"]);
    } finally {
      delete g.location;
    }
    // Server rendering of a client component: the client is made, and sending needs a page.
    const serverSide = new AlloClient({ apiKey: "proxied", baseUrl: "/api/allo", fetch: record });
    const error = await serverSide.numbers.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AlloValidationError);
    expect((error as AlloValidationError).field).toBe("baseUrl");
    expect(urls).toHaveLength(1);
    expect(() => new AlloClient({ apiKey: "k", baseUrl: "api/allo" })).toThrow(AlloValidationError);
  });

  it("sends the client's headers and each call's own", async () => {
    const server = await startFaultServer((_req, res) => json(res, 200, NUMBERS));
    try {
      const allo = new AlloClient({ apiKey: "k", baseUrl: `${server.url}/`, headers: { "X-App-Name": "crm-sync" } });
      await allo.numbers.list({ headers: { "X-Trace": "t-1" } });
      const { headers, url } = server.seen[0]!;
      expect(url).toBe("/v1/api/numbers");
      expect(headers["x-app-name"]).toBe("crm-sync");
      expect(headers["x-trace"]).toBe("t-1");
      expect(headers["user-agent"]).toBe(`allo-client/${VERSION}`);
    } finally {
      await server.close();
    }
  });

  it("VERSION is package.json's version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
