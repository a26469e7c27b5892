// What the client does can be seen: a logger (or ALLO_LOG=debug) hears every attempt, response,
// retry and failure with method, path without query, attempt, status, duration and request id;
// withResponse() gives the status, headers and request id of a successful answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlloClient, type AlloLogEvent } from "../../src/index.js";
import { json, startFaultServer, type FaultServer } from "../helpers/fault-server.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer((req, res, _seen, n) => {
    if (req.url?.startsWith("/v1/api/calls"))
      return n % 2 === 0
        ? json(res, 503, { code: "BUSY", details: null }, { "retry-after": "0" })
        : json(res, 200, { data: { results: [], metadata: {} } });
    if (req.url?.startsWith("/v2/api/tags"))
      return json(res, 200, { data: [] }, { "x-request-id": "req_fromallo12", "x-ratelimit-remaining": "19" });
    json(res, 404, { code: "NOPE", details: null });
  });
});
afterAll(() => server.close());

function recorder() {
  const lines: Array<{ level: string; line: string; event: AlloLogEvent }> = [];
  const at = (level: string) => (line: string, event: AlloLogEvent) => lines.push({ level, line, event });
  return { lines, logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") } };
}

describe("the logger", () => {
  it("at debug, hears each attempt, the retry with its wait, and the response, never the query", async () => {
    const { lines, logger } = recorder();
    server.seen.length = 0;
    const allo = new AlloClient({ apiKey: "k", baseUrl: server.url, logger, logLevel: "debug" });
    await allo.calls.search({ allo_number: "+13055550180" });
    const sentId = server.seen[0]!.headers["x-request-id"];
    expect(lines.map((l) => [l.level, l.event.event, l.event.attempt])).toEqual([
      ["debug", "request", 1],
      ["warn", "retry", 1],
      ["debug", "request", 2],
      ["info", "response", 2],
    ]);
    for (const { line, event } of lines) {
      expect(event).toMatchObject({ method: "GET", path: "/v1/api/calls", requestId: sentId });
      expect(line).toContain("GET /v1/api/calls");
      expect(line).toContain(`request ${sentId}`);
      expect(line + JSON.stringify(event)).not.toContain("3055550180");
    }
    expect(lines[1]!.event).toMatchObject({ status: 503, reason: "BUSY", waitMs: 0 });
    expect(lines[3]!.event).toMatchObject({ status: 200 });
    expect(lines[3]!.event.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("at warn, hears retries and failures only; a failed call is said once, with its reason", async () => {
    const { lines, logger } = recorder();
    const allo = new AlloClient({ apiKey: "k", baseUrl: server.url, logger, logLevel: "warn" });
    await allo.tags.list();
    await allo.numbers.list().catch(() => {});
    expect(lines.map((l) => [l.level, l.event.event])).toEqual([["error", "error"]]);
    expect(lines[0]!.line).toMatch(/GET \/v1\/api\/numbers failed \(NOPE\)/);
  });

  it("is silent by default, and ALLO_LOG=debug turns it on without code changes", async () => {
    const { lines, logger } = recorder();
    await new AlloClient({ apiKey: "k", baseUrl: server.url, logger }).tags.list();
    expect(lines).toEqual([]);
    process.env.ALLO_LOG = "debug";
    try {
      await new AlloClient({ apiKey: "k", baseUrl: server.url, logger }).tags.list();
    } finally {
      delete process.env.ALLO_LOG;
    }
    expect(lines.map((l) => l.event.event)).toEqual(["request", "response"]);
  });

  it("a logger that throws does not fail the call it describes", async () => {
    const boom = () => {
      throw new Error("logger down");
    };
    const allo = new AlloClient({ apiKey: "k", baseUrl: server.url, logger: { debug: boom, info: boom }, logLevel: "debug" });
    await expect(allo.tags.list()).resolves.toEqual([]);
  });
});

describe("withResponse()", () => {
  it("gives the answer's status, headers and Allo's request id with the data", async () => {
    const { data, response } = await new AlloClient({ apiKey: "k", baseUrl: server.url }).tags.list().withResponse();
    expect(data).toEqual([]);
    expect(response).toMatchObject({ status: 200, requestId: "req_fromallo12", attempts: 1 });
    expect(response.headers.get("x-ratelimit-remaining")).toBe("19");
  });

  it("counts the attempts a retried call took, and the plain await still gives the data", async () => {
    const allo = new AlloClient({ apiKey: "k", baseUrl: server.url });
    server.seen.length = 0;
    const call = allo.calls.search({ allo_number: "+13055550180" });
    const { response } = await call.withResponse();
    expect(response.attempts).toBe(2);
    expect(await call).toEqual({ results: [], metadata: { pagination: { total_pages: undefined, current_page: undefined } } });
    expect(server.seen).toHaveLength(2);
  });

  it("rejects as the call does", async () => {
    const allo = new AlloClient({ apiKey: "k", baseUrl: server.url, maxRetries: 0 });
    await expect(allo.numbers.list().withResponse()).rejects.toMatchObject({ code: "NOPE" });
  });
});
