// createAlloProxy refuses bad options when it is created, not on the first request, and never
// quotes the key; `allow` is typed, so a misspelt operation fails to compile, and so does a proxy
// without `authorize`.
import { describe, expect, it } from "vitest";
import { AlloValidationError } from "../../src/index.js";
import { createAlloProxy, type AlloProxyOptions } from "../../src/proxy/index.js";

const KEY = "sk_live_PROXY_SECRET_55e0aa";
const valid: AlloProxyOptions = { apiKey: KEY, allow: ["numbers.list"], authorize: "public" };

describe("createAlloProxy options", () => {
  it.each([
    ["an empty key", { apiKey: " " }, "apiKey"],
    ["a Bearer key", { apiKey: `Bearer ${KEY}` }, "apiKey"],
    ["a key with a line break", { apiKey: `${KEY}\n` }, "apiKey"],
    ["an allow that is not a list", { allow: "sms.send" }, "allow"],
    ["an operation that does not exist (from JavaScript)", { allow: ["numbers.list", "sms.sned"] }, "allow.1"],
    ["an iterator rather than its operation", { allow: ["conversations.items.searchAll"] }, "allow.0"],
    ["a relative base URL", { baseUrl: "/v1/api" }, "baseUrl"],
    ["a basePath without its leading slash", { basePath: "api/allo" }, "basePath"],
    ["a basePath ending with a slash", { basePath: "/api/allo/" }, "basePath"],
    ["no authorize", { authorize: undefined }, "authorize"],
    ["an authorize that is true", { authorize: true }, "authorize"],
    ["an authorize that is another word", { authorize: "anyone" }, "authorize"],
    ["an onError that is not a function", { onError: "console" }, "onError"],
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

  it.each([
    ["sms.sned", 'allow.0 is not an operation: did you mean "sms.send"?'],
    ["conversations.items.searchAll", 'allow.0 is not an operation: did you mean "conversations.items.search"?'],
    ["frobnicate", 'allow.0 is not an operation: SDK method names such as "me" or "conversations.items.search"'],
  ])("says which operation %s most likely meant, or what the names look like", (name, message) => {
    expect(() => createAlloProxy({ ...valid, allow: [name] } as unknown as AlloProxyOptions)).toThrow(`createAlloProxy: ${message}`);
  });

  it('takes "public" or a function for authorize, and every v1 and v2 operation by name', () => {
    expect(typeof createAlloProxy(valid)).toBe("function");
    const proxy = createAlloProxy({
      ...valid,
      allow: ["me", "conversations.items.search", "crm.deals.update", "sms.sendFrance"],
      authorize: () => true,
    });
    expect(typeof proxy.nodeHandler()).toBe("function");
  });
});

describe("the upstream fetch", () => {
  it("is called as a plain function, as browsers' and Workers' fetch require", async () => {
    // Like a browser's or a Worker's fetch: any `this` but undefined or the global object throws.
    const strictFetch = function (this: unknown, _input: RequestInfo | URL, _init?: RequestInit) {
      if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
      return Promise.resolve(new Response(JSON.stringify({ data: [] }), { headers: { "content-type": "application/json" } }));
    };
    const proxy = createAlloProxy({ ...valid, baseUrl: "https://api.example", fetch: strictFetch as typeof fetch });
    const answer = await proxy(new Request("https://app.example/v1/api/numbers"));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: [] });
  });

  it("is sent to https://api.withallo.com by default, at the operation's versioned path", async () => {
    const urls: string[] = [];
    const recording = (input: RequestInfo | URL) => {
      urls.push(String(input));
      return Promise.resolve(new Response('{"data":[]}', { headers: { "content-type": "application/json" } }));
    };
    const proxy = createAlloProxy({ ...valid, allow: ["numbers.list", "phoneNumbers.list"], fetch: recording as typeof fetch });
    await proxy(new Request("https://app.example/v1/api/numbers"));
    await proxy(new Request("https://app.example/v2/api/numbers"));
    expect(urls).toEqual(["https://api.withallo.com/v1/api/numbers", "https://api.withallo.com/v2/api/numbers"]);
  });
});
