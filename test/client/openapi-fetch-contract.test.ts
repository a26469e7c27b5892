// The transport hands openapi-fetch plain objects instead of a real Request and Response
// (src/http/prepared.ts): measured, building them cost more than the rest of the client. That holds
// only while openapi-fetch reads no other member of them than these. This test runs openapi-fetch,
// as the client configures it, over recording proxies of the two classes, and fails as soon as an
// upgrade makes it read something else: then give prepared.ts that member (or go back to the real
// classes) before loosening the dependency's range.
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { BufferedResponse, PreparedRequest } from "../../src/http/prepared.js";

const READ_OF_RESPONSE = new Set(["ok", "status", "headers", "json", "text"]);
const READ_OF_RESPONSE_HEADERS = new Set(["content-length", "transfer-encoding"]);
const READ_OF_REQUEST = new Set(["method", "url", "headers", "body"]);

function recording<T extends object>(target: T, seen: Set<string>): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === "string") seen.add(key);
      const value = Reflect.get(t, key, receiver);
      return typeof value === "function" ? value.bind(t) : value;
    },
    has(t, key) {
      if (typeof key === "string") seen.add(`in:${key}`);
      return Reflect.has(t, key);
    },
  });
}

function harness(answer: () => BufferedResponse) {
  const onRequest = new Set<string>();
  const onResponse = new Set<string>();
  const onHeaders = new Set<string>();
  class RecordedRequest extends PreparedRequest {
    constructor(input: string | URL, init?: RequestInit) {
      super(input, init);
      return recording(this, onRequest);
    }
  }
  const client = createClient<Record<string, never>>({
    baseUrl: "https://allo.test",
    querySerializer: { array: { style: "form", explode: false } },
    Request: RecordedRequest as unknown as typeof Request,
  });
  const fetch = async (request: unknown) => {
    // What the transport receives is the PreparedRequest openapi-fetch built.
    expect(request).toBeInstanceOf(PreparedRequest);
    const response = answer();
    const headers = response.headers;
    Object.defineProperty(response, "headers", {
      value: { get: (name: string) => (onHeaders.add(name.toLowerCase()), headers.get(name)) },
    });
    return recording(response, onResponse) as unknown as Response;
  };
  const call = (method: string, body?: unknown) =>
    (client.request as unknown as (m: string, p: string, i: object) => Promise<{ data?: unknown }>)(method, "/v2/api/x", {
      fetch,
      params: { query: { extend: ["transcript"], size: 2 } },
      ...(body === undefined ? {} : { body }),
    });
  return { call, onRequest, onResponse, onHeaders };
}

// `then` is read by the promise machinery when an async fetch returns the object, not by openapi-fetch.
const subsetOf = (seen: Set<string>, allowed: Set<string>) => [...seen].filter((k) => !k.startsWith("in:") && k !== "then" && !allowed.has(k));

describe("openapi-fetch reads only what prepared.ts provides", () => {
  it.each([
    { what: "a 200 with a JSON body", method: "post", body: { a: 1 }, answer: () => new BufferedResponse(200, { data: [1] }, '{"data":[1]}'), data: { data: [1] } },
    { what: "a 204", method: "delete", body: undefined, answer: () => new BufferedResponse(204, undefined, ""), data: undefined },
    { what: "an empty 200", method: "put", body: { b: 2 }, answer: () => new BufferedResponse(200, undefined, ""), data: undefined },
  ])("on $what", async ({ method, body, answer, data }) => {
    const h = harness(answer);
    const result = await h.call(method, body);
    expect(result.data).toEqual(data);
    expect(subsetOf(h.onResponse, READ_OF_RESPONSE)).toEqual([]);
    expect(subsetOf(h.onRequest, READ_OF_REQUEST)).toEqual([]);
    expect([...h.onHeaders].filter((n) => !READ_OF_RESPONSE_HEADERS.has(n))).toEqual([]);
    // And it did read what the client relies on it reading: the status and the parsed body.
    expect(h.onResponse.has("status") || h.onResponse.has("ok")).toBe(true);
  });

  it("builds the URL, query and JSON body the transport sends", async () => {
    let sent: PreparedRequest | undefined;
    const client = createClient<Record<string, never>>({
      baseUrl: "https://allo.test",
      querySerializer: { array: { style: "form", explode: false } },
      Request: PreparedRequest as unknown as typeof Request,
    });
    await (client.request as unknown as (m: string, p: string, i: object) => Promise<unknown>)("post", "/v2/api/items/{id}", {
      params: { path: { id: "+1 a/b" }, query: { extend: ["transcript", "x"], size: 2 } },
      body: { ids: ["cll-1"] },
      fetch: async (request: PreparedRequest) => {
        sent = request;
        return new BufferedResponse(200, { data: null }, '{"data":null}');
      },
    });
    expect(sent!.url).toBe("https://allo.test/v2/api/items/%2B1%20a%2Fb?extend=transcript,x&size=2");
    expect(sent!.method).toBe("POST");
    expect(sent!.body).toBe('{"ids":["cll-1"]}');
    expect(sent!.headers.get("content-type")).toBe("application/json");
  });
});
