// A fake Allo that records what it receives and answers as each test says, and helpers to call a
// proxy mounted at http://app.test/api/allo as a browser would.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { createAlloProxy, type AlloProxy, type AlloProxyError, type AlloProxyOptions } from "../../src/proxy/index.js";
import { json, startFaultServer, type FaultServer, type Seen } from "../helpers/fault-server.js";

export const KEY = "sk_live_PROXY_SECRET_9d41b7";
export const APP = "https://app.test/api/allo";

type Answer = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void;

/** By default the fake Allo answers 200 with the headers it received, as some debug upstreams do. */
const echo: Answer = (_req, res, seen) => json(res, 200, { data: { headers: seen.headers, url: seen.url, body: seen.body } });

export interface FakeAllo {
  /** The fake upstream; `seen` lists what reached it. */
  server: FaultServer;
  /** What the proxies made by `proxy()` told onError, in order. */
  errors: AlloProxyError[];
  /** Replaces the answer for the rest of the test. */
  answer(with_: Answer): void;
  /** A proxy on the fake, mounted at /api/allo, public unless `authorize` is given. */
  proxy(options?: Partial<AlloProxyOptions>): AlloProxy;
}

export const DEFAULT_ALLOW = [
  "numbers.list",
  "contacts.search",
  "contacts.get",
  "sms.send",
  "conversations.items.get",
  "conversations.list",
  "tags.add",
] as const;

/** Starts a fake Allo for the file; each test starts with the echo answer and an empty `seen`. */
export function fakeAllo(): FakeAllo {
  let current: Answer = echo;
  const fake = { server: undefined as unknown as FaultServer, errors: [] } as unknown as FakeAllo;
  beforeAll(async () => {
    fake.server = await startFaultServer((req, res, seen) => current(req, res, seen));
  });
  afterAll(() => fake.server.close());
  beforeEach(() => {
    current = echo;
    fake.server.seen.length = 0;
    fake.errors.length = 0;
  });
  fake.answer = (with_) => {
    current = with_;
  };
  fake.proxy = (options = {}) =>
    createAlloProxy({
      apiKey: KEY,
      allow: DEFAULT_ALLOW,
      baseUrl: fake.server.url,
      basePath: "/api/allo",
      authorize: "public",
      onError: (error) => fake.errors.push(error),
      ...options,
    });
  return fake;
}

/** A browser's request to the proxy: `path` below /api/allo, a JSON body when given. */
export function browserRequest(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Request {
  const { body, ...rest } = init;
  return new Request(`${APP}${path}`, {
    ...rest,
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
  });
}

/** Everything a browser can read of an answer: status, every header, the body. */
export async function readable(
  response: Response,
): Promise<{ status: number; headers: Record<string, string>; text: string; all: string }> {
  const headers = Object.fromEntries(response.headers);
  const text = await response.text();
  return { status: response.status, headers, text, all: `${response.status}\n${JSON.stringify(headers)}\n${text}` };
}

/**
 * Checks an answer is the proxy's own refusal with `status` and `code`, in the v1 shape, without
 * the key, and that nothing reached the fake Allo; returns its body.
 */
export async function refusedBy(fake: FakeAllo, response: Response, status: number, code: string) {
  const { status: got, headers, text } = await readable(response);
  const body = JSON.parse(text) as { code: string; message: string; details: Array<{ field: string; message: string }> | null };
  expect({ status: got, code: body.code }).toEqual({ status, code });
  expect(typeof body.message).toBe("string");
  expect(headers["content-type"]).toBe("application/json");
  expect(headers["cache-control"]).toBe("no-store");
  expect(text).not.toContain(KEY);
  expect(fake.server.seen, "a refused request must not reach Allo").toEqual([]);
  return body;
}
