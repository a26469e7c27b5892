// createAlloProxy refuses bad options when it is created, not on the first request, and never
// quotes the key; `allow` is typed, so a misspelt operation fails to compile.
import { describe, expect, it } from "vitest";
import { AlloValidationError } from "../../src/index.js";
import { createAlloProxy, type AlloProxyOptions } from "../../src/proxy/index.js";

const KEY = "sk_live_PROXY_SECRET_55e0aa";
const valid: AlloProxyOptions = { apiKey: KEY, allow: ["numbers.list"] };

describe("createAlloProxy options", () => {
  it.each([
    ["an empty key", { apiKey: " " }, "apiKey"],
    ["a Bearer key", { apiKey: `Bearer ${KEY}` }, "apiKey"],
    ["an allow that is not a list", { allow: "sms.send" }, "allow"],
    ["an operation that does not exist (from JavaScript)", { allow: ["numbers.list", "sms.sned"] }, "allow.1"],
    ["a relative base URL", { baseUrl: "/v1/api" }, "baseUrl"],
    ["a basePath without its leading slash", { basePath: "api/allo" }, "basePath"],
    ["a basePath ending with a slash", { basePath: "/api/allo/" }, "basePath"],
    ["an authorize that is not a function", { authorize: true }, "authorize"],
    ["a timeout of 0", { timeout: 0 }, "timeout"],
  ])("refuses %s, naming the option, without the key", (_what, change, field) => {
    const error = (() => {
      try {
        createAlloProxy({ ...valid, ...(change as object) } as AlloProxyOptions);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AlloValidationError);
    expect(error).toMatchObject({ operation: "createAlloProxy", field });
    expect(String((error as Error).message) + (error as Error).stack).not.toContain("PROXY_SECRET");
  });

  it("takes the defaults: Allo's base URL, mounted at the root", () => {
    expect(typeof createAlloProxy(valid)).toBe("function");
  });
});

// Compile-time checks: `tsc --noEmit` (npm test) fails if a misspelt operation compiles.
export function typeChecks() {
  // @ts-expect-error "sms.sned" is not an operation
  createAlloProxy({ apiKey: KEY, allow: ["sms.sned"] });
  // @ts-expect-error a method the SDK has, but not an HTTP operation: allow "contacts.search"
  createAlloProxy({ apiKey: KEY, allow: ["contacts.searchAll"] });
}

describe("the upstream fetch", () => {
  it("is called as a plain function, as browsers' and Workers' fetch require", async () => {
    // Like a browser's or a Worker's fetch: any `this` but undefined or the global object throws.
    const strictFetch = function (this: unknown, _input: RequestInfo | URL, _init?: RequestInit) {
      if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
      return Promise.resolve(new Response(JSON.stringify({ data: [] }), { headers: { "content-type": "application/json" } }));
    };
    const proxy = createAlloProxy({ apiKey: "k", allow: ["numbers.list"], baseUrl: "https://api.example", fetch: strictFetch as typeof fetch });
    const answer = await proxy(new Request("https://app.example/numbers"));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: [] });
  });
});
