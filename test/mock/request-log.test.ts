// The front allo-mock puts before Prism: every request passes through as it came, and is reported
// once answered. Tested against a plain node:http server standing in for Prism.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createRequestLog, type AlloMockRequest, type AnswerHook } from "../../src/mock/request-log.js";
import { listen } from "../webhooks/helpers.js";

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function front(target: { host: string; port: number }, onAnswer?: AnswerHook) {
  let reported!: (entry: AlloMockRequest) => void;
  const entry = new Promise<AlloMockRequest>((resolve) => (reported = resolve));
  const server = createRequestLog(target, (e) => reported(e), onAnswer);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  closers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, entry };
}

describe("the request log in front of Prism", () => {
  it("forwards method, path, query, headers and body, answers what the target answered, and reports the path without its query", async () => {
    const target = await listen(async (req, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      res.statusCode = 201;
      res.setHeader("x-request-id", "req_1");
      res.setHeader("set-cookie", ["a=1", "b=2"]);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ method: req.method, url: req.url, auth: req.headers.authorization, body }));
    });
    closers.push(target.close);
    const { url, entry } = await front({ host: "127.0.0.1", port: Number(new URL(target.url).port) });

    const res = await fetch(`${url}/v1/api/sms?to=%2B33612345678`, {
      method: "POST",
      headers: { authorization: "key-1" },
      body: '{"message":"hi"}',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("x-request-id")).toBe("req_1");
    expect(res.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(await res.json()).toEqual({ method: "POST", url: "/v1/api/sms?to=%2B33612345678", auth: "key-1", body: '{"message":"hi"}' });
    const reported = await entry;
    expect(reported).toMatchObject({ method: "POST", path: "/v1/api/sms", status: 201, aborted: false });
    expect(reported.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("answers 502 MOCK_UNAVAILABLE, and reports it, when Prism does not answer", async () => {
    const gone = await listen(() => {});
    await gone.close();
    const { url, entry } = await front({ host: "127.0.0.1", port: Number(new URL(gone.url).port) });
    const res = await fetch(`${url}/v1/api/numbers`);
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ error: "MOCK_UNAVAILABLE" });
    await expect(entry).resolves.toMatchObject({ method: "GET", path: "/v1/api/numbers", status: 502 });
  });

  describe("with an answer hook (the proxy's drift watch)", () => {
    const problem = { type: "about:blank", title: "Nope", detail: "x".repeat(70_000) };
    async function problemTarget() {
      const target = await listen((_req, res) => {
        res.writeHead(409, { "content-type": "application/problem+json", "access-control-allow-origin": "*", "x-request-id": "req_2" });
        res.end(JSON.stringify(problem));
      });
      closers.push(target.close);
      return { host: "127.0.0.1", port: Number(new URL(target.url).port) };
    }

    it("hands it a problem answer parsed, and passes the answer on whole when it answers nothing instead", async () => {
      const seen: unknown[] = [];
      const { url } = await front(
        await problemTarget(),
        (request, answer) => void seen.push({ request, status: answer.status, problem: answer.problem }),
      );
      const res = await fetch(`${url}/v1/api/contacts?number=%2B33612345678`);
      expect(res.status).toBe(409);
      expect(res.headers.get("x-request-id")).toBe("req_2");
      expect(await res.json()).toEqual(problem);
      expect(seen).toEqual([{ request: { method: "GET", path: "/v1/api/contacts" }, status: 409, problem }]);
    });

    it("passes a problem answer past 1 MiB on whole, without parsing it", async () => {
      const large = { type: "about:blank", detail: "y".repeat(3 << 20) };
      const target = await listen((_req, res) => {
        res.writeHead(500, { "content-type": "application/problem+json" });
        res.end(JSON.stringify(large));
      });
      closers.push(target.close);
      const problems: unknown[] = [];
      const { url } = await front(
        { host: "127.0.0.1", port: Number(new URL(target.url).port) },
        (_r, answer) => void problems.push(answer.problem),
      );
      const res = await fetch(`${url}/v1/api/numbers`);
      expect(await res.json()).toEqual(large);
      expect(problems).toEqual([undefined]);
    });

    it("sends what it answers instead, keeping the CORS headers and nothing else of the answer", async () => {
      const { url, entry } = await front(await problemTarget(), () => ({
        status: 502,
        headers: { "content-type": "application/json" },
        body: '{"error":"SPEC_VIOLATION"}',
      }));
      const res = await fetch(`${url}/v1/api/numbers`);
      expect(res.status).toBe(502);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("x-request-id")).toBeNull();
      expect(await res.json()).toEqual({ error: "SPEC_VIOLATION" });
      await expect(entry).resolves.toMatchObject({ path: "/v1/api/numbers", status: 502 });
    });
  });
});
