// The front allo-mock puts before Prism: every request passes through as it came, and is reported
// once answered. Tested against a plain node:http server standing in for Prism.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createRequestLog, type AlloMockRequest } from "../../src/mock/request-log.js";
import { listen } from "../webhooks/helpers.js";

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function front(target: { host: string; port: number }) {
  let reported!: (entry: AlloMockRequest) => void;
  const entry = new Promise<AlloMockRequest>((resolve) => (reported = resolve));
  const server = createRequestLog(target, (e) => reported(e));
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
});
