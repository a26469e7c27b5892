// The key must not cross a network in clear text: an http:// baseUrl is taken for this machine
// only, unless the caller says otherwise, and a baseUrl carrying credentials is refused without
// repeating them. Every request here goes to a recording fetch: nothing leaves this process.
import { afterEach, describe, expect, it, vi } from "vitest";
import { AlloClient, AlloValidationError } from "../../src/index.js";
import { createAlloMcpServer } from "../../src/mcp/index.js";
import { createAlloProxy } from "../../src/proxy/index.js";
import { allo as cli } from "../cli/in-process.js";
import { NUMBERS } from "../helpers/fault-server.js";

function recording() {
  const urls: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return new Response(JSON.stringify(NUMBERS), { headers: { "content-type": "application/json" } });
  };
  return { urls, fetch: fetch as typeof globalThis.fetch };
}

function refusal(make: () => unknown): AlloValidationError {
  try {
    make();
  } catch (error) {
    if (error instanceof AlloValidationError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("an http:// baseUrl", () => {
  it.each(["http://10.255.255.1", "http://api.withallo.com", "http://gateway.internal:8080/allo", "http://127.0.0.1.example.com"])(
    "on a host other than this machine (%s) is refused, saying why and what to do, and nothing is sent",
    (baseUrl) => {
      const { urls, fetch } = recording();
      const error = refusal(() => new AlloClient({ apiKey: "ak_live_secret", baseUrl, fetch }));
      expect(error.field).toBe("baseUrl");
      expect(error.message).toMatch(/unencrypted/);
      expect(error.message).toMatch(/https:\/\//);
      expect(error.message).toMatch(/allowInsecureHttp/);
      expect(urls).toEqual([]);
    },
  );

  it.each(["http://localhost:4010", "http://127.0.0.1:4010", "http://127.8.9.10", "http://[::1]:4010", "http://LOCALHOST"])(
    "on this machine (%s) is taken: a local mock needs no TLS",
    async (baseUrl) => {
      const { urls, fetch } = recording();
      await new AlloClient({ apiKey: "k", baseUrl, fetch }).numbers.list();
      expect(urls).toHaveLength(1);
      expect(new URL(urls[0]!).protocol).toBe("http:");
    },
  );

  it("elsewhere is taken when the caller opts in with allowInsecureHttp: true", async () => {
    const { urls, fetch } = recording();
    await new AlloClient({ apiKey: "k", baseUrl: "http://10.255.255.1", allowInsecureHttp: true, fetch }).numbers.list();
    expect(urls).toEqual(["http://10.255.255.1/v1/api/numbers"]);
  });

  it("allowInsecureHttp must be a boolean", () => {
    expect(refusal(() => new AlloClient({ apiKey: "k", allowInsecureHttp: "yes" as never })).field).toBe("allowInsecureHttp");
  });

  it("given as a path in a browser goes to the page's own origin, whatever its scheme", async () => {
    const { urls, fetch } = recording();
    vi.stubGlobal("location", { href: "http://192.168.1.20:3000/dashboard" });
    try {
      await new AlloClient({ apiKey: "proxied", baseUrl: "/api/allo", fetch }).numbers.list();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(urls).toEqual(["http://192.168.1.20:3000/api/allo/v1/api/numbers"]);
  });
});

describe("a baseUrl with a user name or password", () => {
  it.each(["https://user:hunter2@api.withallo.com", "https://hunter2@api.withallo.com", "http://u:hunter2@127.0.0.1:4010"])(
    "(%s) is refused up front, and the error never repeats them",
    (baseUrl) => {
      const { urls, fetch } = recording();
      const error = refusal(() => new AlloClient({ apiKey: "k", baseUrl, fetch }));
      expect(error.field).toBe("baseUrl");
      expect(error.message).toMatch(/user name or password/);
      expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain("hunter2");
      expect(urls).toEqual([]);
    },
  );
});

describe("the same rule for every surface that takes a baseUrl", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("the proxy refuses an http:// upstream elsewhere, and takes it when allowed", () => {
    const { fetch } = recording();
    const options = { apiKey: "k", allow: ["numbers.list" as const], authorize: "public" as const, fetch };
    const error = refusal(() => createAlloProxy({ ...options, baseUrl: "http://10.255.255.1" }));
    expect(error.field).toBe("baseUrl");
    expect(() => createAlloProxy({ ...options, baseUrl: "http://10.255.255.1", allowInsecureHttp: true })).not.toThrow();
  });

  it("the MCP server refuses it by name", () => {
    const error = refusal(() => createAlloMcpServer({ apiKey: "k", baseUrl: "http://10.255.255.1" }));
    expect(error.operation).toBe("createAlloMcpServer");
    expect(error.field).toBe("baseUrl");
  });

  it("the CLI exits with the refusal and sends nothing; --allow-insecure-http opens it", async () => {
    const { urls, fetch } = recording();
    vi.stubGlobal("fetch", fetch);
    const refused = await cli(["numbers", "list", "--base-url", "http://10.255.255.1"]).then(
      () => null,
      (error: Error & { stderr?: string }) => error,
    );
    expect(refused).toBeInstanceOf(AlloValidationError);
    expect((refused as AlloValidationError).field).toBe("baseUrl");
    expect(urls).toEqual([]);
    await cli(["numbers", "list", "--base-url", "http://10.255.255.1", "--allow-insecure-http"]);
    expect(urls).toEqual(["http://10.255.255.1/v1/api/numbers"]);
  });
});
