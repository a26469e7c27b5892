// A fake Allo that records what it receives and answers as each test says, and helpers to call a
// proxy mounted at http://app.test/api/allo as a browser would.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createAlloProxy, type AlloProxy, type AlloProxyOptions } from "../../src/proxy/index.js";
import { json, startFaultServer, type FaultServer, type Seen } from "../helpers/fault-server.js";

export const KEY = "sk_live_PROXY_SECRET_9d41b7";
export const APP = "http://app.test/api/allo";

type Answer = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void;

/** By default the fake Allo answers 200 with the headers it received, as some debug upstreams do. */
const echo: Answer = (_req, res, seen) => json(res, 200, { data: { headers: seen.headers, url: seen.url, body: seen.body } });

export interface FakeAllo {
  /** The fake upstream; `seen` lists what reached it. */
  server: FaultServer;
  /** Replaces the answer for the rest of the test. */
  answer(with_: Answer): void;
  /** A proxy on the fake, mounted at /api/allo. */
  proxy(options?: Partial<AlloProxyOptions>): AlloProxy;
}

/** Starts a fake Allo for the file; each test starts with the echo answer and an empty `seen`. */
export function fakeAllo(): FakeAllo {
  let current: Answer = echo;
  const fake = { server: undefined as unknown as FaultServer } as FakeAllo;
  beforeAll(async () => {
    fake.server = await startFaultServer((req, res, seen) => current(req, res, seen));
  });
  afterAll(() => fake.server.close());
  beforeEach(() => {
    current = echo;
    fake.server.seen.length = 0;
  });
  fake.answer = (with_) => {
    current = with_;
  };
  fake.proxy = (options = {}) =>
    createAlloProxy({ apiKey: KEY, allow: ["numbers.list", "contacts.search", "contacts.get", "sms.send"], baseUrl: fake.server.url, basePath: "/api/allo", ...options });
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
export async function readable(response: Response): Promise<{ status: number; headers: Record<string, string>; text: string; all: string }> {
  const headers = Object.fromEntries(response.headers);
  const text = await response.text();
  return { status: response.status, headers, text, all: `${response.status}\n${JSON.stringify(headers)}\n${text}` };
}
