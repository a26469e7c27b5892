// A shared store that stops answering (a paused Redis, a network that drops its packets) holds no
// call longer than the call's timeout: the rate gate paces the call in this process instead, and
// an SMS under an idempotency key is refused, nothing sent, as when the store throws.
import { afterAll, beforeAll, expect, it } from "vitest";
import { AlloClient } from "../../src/index.js";
import { MemoryRateLimitStore, MemorySmsKeyStore } from "../../src/stores/index.js";
import { json, SENT, startFaultServer, type FaultServer } from "../helpers/fault-server.js";

/** Every method of the store answers with a promise that never settles. */
function stalled<T extends object>(methods: readonly (keyof T)[]): T {
  return Object.fromEntries(methods.map((m) => [m, () => new Promise(() => {})])) as T;
}

let server: FaultServer;
let answers: Array<() => [number, unknown, Record<string, string>?]> = [];
beforeAll(async () => {
  server = await startFaultServer((_req, res) => {
    const [status, body, headers] = (answers.shift() ?? (() => [200, SENT] as [number, unknown]))();
    json(res, status, body, headers);
  });
});
afterAll(() => server.close());

it("an SMS under an idempotency key is refused when the key store does not answer within the call's timeout; nothing is sent", async () => {
  const before = server.seen.length;
  const allo = new AlloClient({
    apiKey: "ak_test_stalled",
    baseUrl: server.url,
    timeout: 200,
    stores: {
      rateLimits: new MemoryRateLimitStore(),
      smsKeys: stalled<MemorySmsKeyStore>(["peek", "claim", "settle", "release", "forget"]),
    },
  });
  const error = await allo.sms
    .send({ from: "+13055550180", to: "+13055550142", message: "hi" }, { idempotencyKey: "appt-stalled" })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ name: "StoreTimeout", message: "the SMS key store did not answer within 200 ms" });
  expect(server.seen.length).toBe(before);
});

it("a paced call whose rate-limit store does not answer is paced in this process instead, and goes out", async () => {
  // A 429 makes the gate pace every later call through its store.
  answers = [() => [429, { code: "RATE_LIMITED", details: null }, { "retry-after": "0" }]];
  const allo = new AlloClient({
    apiKey: "ak_test_stalled",
    baseUrl: server.url,
    timeout: 200,
    maxRetries: 1,
    rateLimit: {},
    stores: { rateLimits: stalled<MemoryRateLimitStore>(["reserve", "pause", "pausedFor"]), smsKeys: new MemorySmsKeyStore() },
  });
  const { response } = await allo.numbers.list().withResponse();
  expect(response).toMatchObject({ status: 200, attempts: 2 });
});
