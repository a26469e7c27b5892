// The examples do what their comments say: a wrong URL token is a 404, an unsigned delivery a 401,
// a signed one a 200 that reaches its topic's handler; and `allo-mock trigger` works against the
// Express example, as its header says.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestEvent } from "../../src/webhooks/index.js";
import { run } from "../mock/run-cli.js";
import { listen } from "./helpers.js";

// The examples import the package by name, as a user's code does; here that name is this
// repository's source, not whatever dist/ a previous build left behind.
vi.mock("allo-client/webhooks", () => import("../../src/webhooks/index.js"));

const TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
const SECRET = `whsec_${Buffer.from("the examples' secret, 32 bytes!!").toString("base64")}`;
const log = vi.spyOn(console, "log").mockImplementation(() => {});
const warn = vi.spyOn(console, "warn").mockImplementation(() => {});

beforeAll(() => {
  vi.stubEnv("ALLO_WEBHOOK_TOKEN", TOKEN);
  vi.stubEnv("ALLO_WEBHOOK_SECRET", SECRET);
});
afterAll(() => {
  vi.unstubAllEnvs();
  log.mockRestore();
  warn.mockRestore();
});

describe("examples/next-route.ts", () => {
  it("answers 404 to a wrong token, 401 to an unsigned delivery, and 200 to a signed one, which its handler logs", async () => {
    const { POST } = await import("../../examples/next-route.js");
    const call = (token: string, { body, headers }: { body: string; headers: Record<string, string> }) =>
      POST(new Request(`https://example.com/api/webhooks/allo/${token}`, { method: "POST", body, headers }), {
        params: Promise.resolve({ token }),
      });
    const signed = createTestEvent("call.completed", {}, { signingSecret: SECRET });
    expect((await call("guess", signed)).status).toBe(404);
    expect((await call(TOKEN, createTestEvent("call.completed"))).status).toBe(401);
    expect((await call(TOKEN, signed)).status).toBe(200);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("call cll_2NfDKEm9sF8xK3pQr1Zt: Customer called about upgrading"));
  });
});

describe("examples/express-webhooks.ts", () => {
  it("answers 404 to a wrong token and 200 to a signed delivery on the right one, before express.json()", async () => {
    const { app } = await import("../../examples/express-webhooks.js");
    const server = await listen(app);
    try {
      const { body, headers } = createTestEvent("sms.received", {}, { signingSecret: SECRET });
      const post = (token: string) => fetch(`${server.url}/webhooks/allo/${token}`, { method: "POST", body, headers });
      expect((await post("guess")).status).toBe(404);
      expect((await post(TOKEN)).status).toBe(200);
      expect(log).toHaveBeenCalledWith("text from +33612345678: Thanks for the call, can you send the quote to my email?");
    } finally {
      await server.close();
    }
  });

  it("takes an unsigned v1 delivery on its v1 route, which the signed route refuses", async () => {
    const { app } = await import("../../examples/express-webhooks.js");
    const server = await listen(app);
    try {
      const { body, headers } = createTestEvent("CALL_RECEIVED");
      const post = (path: string) => fetch(`${server.url}${path}`, { method: "POST", body, headers });
      expect((await post(`/webhooks/allo/${TOKEN}`)).status).toBe(401);
      expect((await post("/webhooks/allo-v1/guess")).status).toBe(404);
      expect((await post(`/webhooks/allo-v1/${TOKEN}`)).status).toBe(200);
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/^call \w+ from \+\d+: /));
    } finally {
      await server.close();
    }
  });

  it("takes `allo-mock trigger call.completed --to <its URL> --secret <its secret>` with a 200", { timeout: 60_000 }, async () => {
    const { app } = await import("../../examples/express-webhooks.js");
    const server = await listen(app);
    try {
      const { code, stdout } = await run(["trigger", "call.completed", "--to", `${server.url}/webhooks/allo/${TOKEN}`, "--secret", SECRET]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/\n200 OK/);
      expect(log).toHaveBeenCalledWith(
        expect.stringMatching(/^call cll_2NfDKEm9sF8xK3pQr1Zt ended \(ANSWERED\), webhook-id msg_\w+: Customer called/),
      );
    } finally {
      await server.close();
    }
  });
});
