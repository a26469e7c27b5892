// proxy.nodeHandler() mounted on a real node:http server, in front of a fake Allo (another real
// node:http server): the same routing, refusals and answers as the Fetch API handler, the body read
// from the stream or taken from what express.json() parsed, Express's mount path, the 413 that
// reaches the client, a browser that goes away, and a kept-alive connection that stays usable.
import { request as httpRequest, Agent, createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAlloProxy, type AlloProxyOptions, type NodeRequestLike } from "../../src/proxy/index.js";
import { json } from "../helpers/fault-server.js";
import { fakeAllo, KEY } from "./harness.js";

const fake = fakeAllo();
const SMS = { from: "+13055550180", to: "+13055550142", message: "Hi" };
const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

type Middleware = (req: IncomingMessage & { body?: unknown; originalUrl?: string }, res: ServerResponse, next: () => void) => void;

/** A node:http app: the middlewares in order, then the proxy's node handler. */
async function app(options: Partial<AlloProxyOptions> = {}, ...before: Middleware[]): Promise<string> {
  const handler = fake.proxy(options).nodeHandler();
  const server = createServer((req, res) => {
    const run = (i: number): void => {
      if (i < before.length) before[i]!(req, res, () => run(i + 1));
      else void handler(req, res);
    };
    run(0);
  });
  servers.push(server);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** What express.json() does: reads the body to its end and leaves the parsed value in req.body. */
const jsonParser: Middleware = (req, _res, next) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    req.body = JSON.parse(Buffer.concat(chunks).toString() || "{}");
    next();
  });
};

/** What app.use("/api/allo", ...) does: the mount path cut from url, kept in originalUrl. */
const mountedAt =
  (prefix: string): Middleware =>
  (req, _res, next) => {
    req.originalUrl = req.url!;
    req.url = req.url!.slice(prefix.length) || "/";
    next();
  };

describe("nodeHandler", () => {
  it("forwards an allowed GET and answers Allo's status, body and safe headers", async () => {
    fake.answer((_req, res) => json(res, 200, { data: [{ number: "+13055550180" }] }, { "set-cookie": "a=1", "x-request-id": "req_9" }));
    const response = await fetch(`${await app()}/api/allo/v1/api/numbers`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: [{ number: "+13055550180" }] });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-request-id")).toBe("req_9");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(fake.server.seen.map((s) => [s.method, s.url, s.headers.authorization])).toEqual([["GET", "/v1/api/numbers", KEY]]);
  });

  it("reads a POST body from the stream and forwards the validated value", async () => {
    const response = await fetch(`${await app()}/api/allo/v1/api/sms`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(SMS),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(fake.server.seen[0]!.body)).toEqual(SMS);
  });

  it("takes the body express.json() already parsed", async () => {
    const response = await fetch(`${await app({}, jsonParser)}/api/allo/v1/api/sms`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(SMS),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(fake.server.seen[0]!.body)).toEqual(SMS);
  });

  it("routes on originalUrl under an Express mount path, with the query rewritten", async () => {
    const response = await fetch(`${await app({}, mountedAt("/api/allo"))}/api/allo/v1/api/contacts?size=%35&page=1`);
    expect(response.status).toBe(200);
    expect(fake.server.seen.map((s) => s.url)).toEqual(["/v1/api/contacts?page=1&size=5"]);
  });

  it("refuses as the Fetch API handler does: 403, 400 with its code, 404 for a method no operation has", async () => {
    const base = await app();
    const notAllowed = await fetch(`${base}/api/allo/v1/api/webhooks`);
    const badId = await fetch(`${base}/api/allo/v1/api/contact/..%2Fsms`);
    const badQuery = await fetch(`${base}/api/allo/v1/api/contacts?size=500`);
    const propfind = await fetch(`${base}/api/allo/v1/api/numbers`, { method: "PROPFIND" });
    expect([notAllowed.status, badId.status, badQuery.status, propfind.status]).toEqual([403, 400, 400, 404]);
    expect((await badId.json()).code).toBe("INVALID_PATH_PARAMETER");
    expect((await badQuery.json()).code).toBe("INVALID_QUERY_PARAMETER");
    expect((await propfind.json()).code).toBe("NOT_FOUND");
    expect(fake.server.seen).toEqual([]);
    expect(fake.errors.map((e) => e.code)).toEqual([
      "OPERATION_NOT_ALLOWED",
      "INVALID_PATH_PARAMETER",
      "INVALID_QUERY_PARAMETER",
      "NOT_FOUND",
    ]);
  });

  it("judges a path segment decoded over a real socket: ..%00, abc%01x and %7F are 400, nothing forwarded", async () => {
    const base = await app();
    for (const id of ["..%00", "abc%01x", "%7F"]) {
      const answer = await fetch(`${base}/api/allo/v1/api/contact/${id}`);
      expect(answer.status, id).toBe(400);
      expect(await answer.json()).toMatchObject({ code: "INVALID_PATH_PARAMETER", details: [{ field: "contact_id" }] });
    }
    expect(fake.server.seen).toEqual([]);
  });

  it("gives authorize the node request, where a session middleware left its state", async () => {
    const session: Middleware = (req, _res, next) => {
      (req as { session?: { user: string } | undefined }).session = req.headers.cookie === "sid=ok" ? { user: "ana" } : undefined;
      next();
    };
    const authorize = (_request: Request, { nodeRequest }: { nodeRequest: NodeRequestLike | undefined }) =>
      (nodeRequest as { session?: { user: string } } | undefined)?.session?.user === "ana";
    const base = await app({ authorize }, session);
    expect((await fetch(`${base}/api/allo/v1/api/numbers`)).status).toBe(401);
    expect((await fetch(`${base}/api/allo/v1/api/numbers`, { headers: { cookie: "sid=ok" } })).status).toBe(200);
    expect(fake.server.seen).toHaveLength(1);
  });

  it("answers a streamed body over 64 KiB with a 413 the client reads, and closes the connection", async () => {
    const base = await app();
    const { status, headers, body } = await new Promise<{ status: number; headers: IncomingMessage["headers"]; body: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          `${base}/api/allo/v1/api/sms`,
          { method: "POST", headers: { "content-type": "application/json" } },
          (res) => {
            let text = "";
            res.on("data", (c: Buffer) => (text += c));
            res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
          },
        );
        req.on("error", reject);
        // No Content-Length: chunked, so only counting can tell.
        for (let i = 0; i < 40; i++) req.write("x".repeat(4096));
        req.end();
      },
    );
    expect(status).toBe(413);
    expect(JSON.parse(body).code).toBe("REQUEST_TOO_LARGE");
    expect(headers.connection).toBe("close");
    expect(fake.server.seen).toEqual([]);
  });

  it("keeps a kept-alive connection usable after a refusal whose body it did not read", async () => {
    const base = await app({ allow: ["numbers.list"] });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, body?: string) =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const req = httpRequest(`${base}${path}`, { method, agent, headers: body ? { "content-type": "application/json" } : {} }, (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode!, reused: req.reusedSocket }));
        });
        req.on("error", reject);
        req.end(body);
      });
    // Larger than a socket read: the proxy leaves most of it unread.
    const refused = await send("POST", "/api/allo/v1/api/sms", JSON.stringify({ ...SMS, message: "x".repeat(60_000) }));
    const next = await send("GET", "/api/allo/v1/api/numbers");
    agent.destroy();
    expect(refused).toEqual({ status: 403, reused: false });
    expect(next).toEqual({ status: 200, reused: true });
  });

  it("stops waiting for Allo when the browser goes away", async () => {
    let closed!: () => void;
    const upstreamClosed = new Promise<void>((resolve) => (closed = resolve));
    const received = new Promise<void>((resolve) => {
      // Allo receives the request and never answers: only the proxy giving up closes it.
      fake.answer((req) => {
        req.socket.on("close", closed);
        resolve();
      });
    });
    const base = await app();
    const browser = httpRequest(`${base}/api/allo/v1/api/numbers`);
    browser.on("error", () => {});
    browser.end();
    await received;
    browser.destroy();
    await upstreamClosed;
    expect(fake.errors).toEqual([]);
  });

  it("a body read before it ran, and left nowhere, is a 500 PROXY_ERROR that says what to do", async () => {
    const swallow: Middleware = (req, _res, next) => {
      req.resume();
      req.on("end", next);
    };
    const response = await fetch(`${await app({}, swallow)}/api/allo/v1/api/sms`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(SMS),
    });
    expect(response.status).toBe(500);
    expect((await response.json()).code).toBe("PROXY_ERROR");
    expect(String((fake.errors[0]!.cause as Error).message)).toMatch(/before body parsers, or after express\.json\(\)/);
  });
});

describe("without onError", () => {
  it("a 5xx is logged with console.error, the key cut out; a 4xx is not", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const proxy = createAlloProxy({
        apiKey: KEY,
        allow: ["numbers.list"],
        baseUrl: fake.server.url,
        authorize: (req) => {
          if (req.headers.get("x-fail")) throw new Error(`store down, key ${KEY}`);
          return true;
        },
      });
      await proxy(new Request("http://app.test/v1/api/webhooks"));
      expect(logged).not.toHaveBeenCalled();
      await proxy(new Request("http://app.test/v1/api/numbers", { headers: { "x-fail": "1" } }));
      expect(logged).toHaveBeenCalledTimes(1);
      const printed = logged.mock.calls[0]!.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(" ");
      expect(printed).toMatch(/500 PROXY_ERROR/);
      expect(printed).not.toContain(KEY);
    } finally {
      logged.mockRestore();
    }
  });

  it("an onError that throws changes nothing of the answer", async () => {
    const proxy = createAlloProxy({
      apiKey: KEY,
      allow: ["numbers.list"],
      baseUrl: fake.server.url,
      authorize: "public",
      onError: () => {
        throw new Error("logger down");
      },
    });
    const response = await proxy(new Request("http://app.test/v1/api/webhooks"));
    expect(response.status).toBe(403);
    expect((await response.json()).code).toBe("OPERATION_NOT_ALLOWED");
  });
});
