// `allo-mock` serving Prism: one line per request (method, path without query, status, time), as
// Prism prints when run by hand; and a busy port said in one sentence, first, with a port to try.
import { once } from "node:events";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { AlloMockPortInUseError, startAlloMock } from "../../src/mock/start-mock.js";
import { run, start, waitForOutput, cleanEnv } from "./run-cli.js";

const busy: Array<ReturnType<typeof createServer>> = [];
afterEach(async () => {
  await Promise.all(busy.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A port some other process holds, as 4010 is when a mock already runs. */
async function takenPort(): Promise<number> {
  const server = createServer();
  busy.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return (server.address() as { port: number }).port;
}

describe("allo-mock on a busy port", () => {
  it("says `port N is in use, try ALLO_MOCK_PORT=M` first, with no Prism --help, and exits 1", { timeout: 60_000 }, async () => {
    const port = await takenPort();
    const { code, stdout, stderr } = await run([], cleanEnv({ ALLO_MOCK_PORT: String(port) }));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const [first, ...rest] = stderr.trim().split("\n");
    expect(first).toMatch(
      new RegExp(`^allo-mock: port ${port} is in use, try ALLO_MOCK_PORT=(\\d+) \\(or --port \\1; --port 0 picks any free port\\)\\.$`),
    );
    expect(rest).toEqual([]);
    expect(stderr).not.toMatch(/--help|Options:|EADDRINUSE/);
    const suggested = Number(first!.match(/ALLO_MOCK_PORT=(\d+)/)![1]);
    expect(suggested).not.toBe(port);
  });

  it("says the same for --port, and with --quiet (Prism then listens on the port itself)", { timeout: 60_000 }, async () => {
    const port = await takenPort();
    const { code, stderr } = await run(["--port", String(port), "--quiet"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^allo-mock: port ${port} is in use, try ALLO_MOCK_PORT=\\d+`));
  });
});

describe("startAlloMock on a busy port", () => {
  it.each([
    ["serving Prism itself", {}],
    ["behind the request log", { onRequest: () => {} }],
  ])("rejects with AlloMockPortInUseError (code EADDRINUSE, the port) before starting Prism, %s", async (_, extra) => {
    const port = await takenPort();
    // A Node.js that does not exist: starting Prism would fail otherwise, so this error proves the port came first.
    const error = await startAlloMock({ port, node: "/nonexistent/node", ...extra }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AlloMockPortInUseError);
    expect(error).toMatchObject({
      code: "EADDRINUSE",
      port,
      host: "127.0.0.1",
      message: expect.stringMatching(new RegExp(`^port ${port} is in use on 127\\.0\\.0\\.1`)),
    });
  });

  it("says so when the Node.js meant to run Prism cannot be started", async () => {
    await expect(startAlloMock({ node: "/nonexistent/node" })).rejects.toThrow(
      /^Prism could not be started: spawn \/nonexistent\/node ENOENT/,
    );
  });
});

describe("allo-mock serving", () => {
  it("prints method, path without query, status and time for each request, and stops on SIGTERM", { timeout: 90_000 }, async () => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1");
    await once(probe, "listening");
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));

    const mock = start(["--port", String(port)]);
    try {
      await waitForOutput(mock, /Base URL: http:\/\/127\.0\.0\.1:\d+/);
      const base = `http://127.0.0.1:${port}`;
      const ok = await fetch(`${base}/v1/api/numbers`, { headers: { authorization: "any-key" } });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toHaveProperty("data");
      const refused = await fetch(`${base}/v1/api/contacts?page=0&size=10&number=%2B33612345678`);
      expect(refused.status).toBe(401);
      const posted = await fetch(`${base}/v1/api/sms`, {
        method: "POST",
        headers: { authorization: "any-key", "content-type": "application/json", prefer: "code=429" },
        body: JSON.stringify({ from: "+13055550180", to: "+13055550142", message: "hi" }),
      });
      expect(posted.status).toBe(429);
      const out = await waitForOutput(mock, /POST \/v1\/api\/sms 429/);
      expect(out).toMatch(/^\d\d:\d\d:\d\d GET \/v1\/api\/numbers 200 \d+ ms$/m);
      expect(out).toMatch(/^\d\d:\d\d:\d\d GET \/v1\/api\/contacts 401 \d+ ms$/m);
      expect(out).toMatch(/^\d\d:\d\d:\d\d POST \/v1\/api\/sms 429 \d+ ms$/m);
      expect(out).not.toContain("33612345678");
      expect(out).not.toContain("any-key");
    } finally {
      mock.child.kill("SIGTERM");
    }
    const [code] = await once(mock.child, "close");
    expect(code).toBe(0);
  });
});
