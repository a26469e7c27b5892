// The examples do what their comments say: a wrong URL token is a 404, a delivery is a 200.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestEvent } from "../../src/webhooks/index.js";
import { listen } from "./helpers.js";

const TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
const body = JSON.stringify(createTestEvent("CALL_RECEIVED"));
const log = vi.spyOn(console, "log").mockImplementation(() => {});

beforeAll(() => {
  vi.stubEnv("ALLO_WEBHOOK_TOKEN", TOKEN);
  vi.stubEnv("ALLO_NUMBERS", "+13055550180");
});
afterAll(() => {
  vi.unstubAllEnvs();
  log.mockRestore();
});

describe("examples/next-route.ts", () => {
  it("answers 404 to a wrong token and 200 to a delivery on the right one", async () => {
    const { POST } = await import("../../examples/next-route.js");
    const call = (token: string) =>
      POST(new Request(`https://example.com/api/webhooks/allo/${token}`, { method: "POST", body }), { params: Promise.resolve({ token }) });
    expect((await call("guess")).status).toBe(404);
    expect((await call(TOKEN)).status).toBe(200);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("call call_abc123"));
  });
});

describe("examples/express-webhooks.ts", () => {
  it("answers 404 to a wrong token and 200 to a delivery on the right one, before express.json()", async () => {
    const { app } = await import("../../examples/express-webhooks.js");
    const server = await listen(app);
    try {
      const post = (token: string) => fetch(`${server.url}/webhooks/allo/${token}`, { method: "POST", body, headers: { "content-type": "application/json" } });
      expect((await post("guess")).status).toBe(404);
      expect((await post(TOKEN)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
