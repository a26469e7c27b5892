// sms.send with an idempotencyKey: at most one SMS per key, against a real local server that
// counts the sends and misbehaves on purpose. The three outcomes of a key: sent (the stored answer,
// nothing sent again), unknown (refused until forgotten), free (nothing left, so it may send).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AlloApiError, AlloClient, AlloNetworkError, AlloValidationError, type AlloClientOptions } from "../../src/index.js";
import { AlloIdempotencyError } from "../../src/errors/idempotency-error.js";
import { createMemoryStores } from "../../src/stores/index.js";
import { SENT, json, refusedUrl, startFaultServer, type Behaviour, type FaultServer } from "../helpers/fault-server.js";

const SMS = { from: "+13055550180", to: "+13055550142", message: "Your appointment is tomorrow at 10" };
const FRANCE = { sender_id: "MyCompany", to: "+33612345678", message: "Bonjour" };

/** What the server does with the next SMS; it answers SENT when nothing is queued. */
let next: Behaviour[] = [];
let server: FaultServer;
const sends = () => server.seen.filter((s) => s.method === "POST" && s.url === "/v1/api/sms");

beforeAll(async () => {
  server = await startFaultServer((req, res, seen, n) => {
    const behaviour = next.shift();
    if (behaviour) return behaviour(req, res, seen, n);
    json(res, 200, { data: { ...SENT.data, content: JSON.parse(seen.body).message, to_number: JSON.parse(seen.body).to } });
  });
});
afterAll(() => server.close());
afterEach(() => {
  next = [];
  server.seen.length = 0;
});

const client = (options: Partial<AlloClientOptions> = {}) => new AlloClient({ apiKey: "k", baseUrl: server.url, ...options });

describe("sms.send with an idempotencyKey", () => {
  it("sends once: the same key again answers what the first send answered, sending nothing", async () => {
    const allo = client();
    const first = await allo.sms.send(SMS, { idempotencyKey: "appt-1" }).withResponse();
    const again = await allo.sms.send(SMS, { idempotencyKey: "appt-1" }).withResponse();
    expect(sends()).toHaveLength(1);
    expect(again.data).toEqual(first.data);
    expect(again.response).toMatchObject({ status: 200, requestId: first.response.requestId, attempts: 0 });
    // Another key is another SMS.
    await allo.sms.send(SMS, { idempotencyKey: "appt-2" });
    expect(sends()).toHaveLength(2);
  });

  it("keeps the key to the client: no Idempotency-Key header goes to Allo, which does not deduplicate SMS", async () => {
    await client().sms.send(SMS, { idempotencyKey: "appt-1" });
    expect(sends()[0]!.headers["idempotency-key"]).toBeUndefined();
  });

  it.each<[string, Behaviour, Partial<AlloClientOptions>]>([
    ["a 500", (_req, res) => json(res, 500, { code: "INTERNAL_SERVER_ERROR" }), {}],
    ["a reset after the request was sent", (req) => req.socket.destroy(), {}],
    ["a 200 that is not JSON", (_req, res) => void res.writeHead(200, { "content-type": "application/json" }).end("<html>"), {}],
    ["a timeout", () => {}, { timeout: 150 }],
  ])("after %s, refuses the key as unknown, sending nothing, until it is forgotten", async (_name, behaviour, options) => {
    const allo = client(options);
    next = [behaviour];
    const failed = await allo.sms.send(SMS, { idempotencyKey: "appt-1" }).catch((e: unknown) => e);
    expect(failed).toMatchObject({ maybeProcessed: true });
    const refused = await allo.sms.send(SMS, { idempotencyKey: "appt-1" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AlloIdempotencyError);
    expect(refused).toBeInstanceOf(AlloValidationError);
    expect(refused).toMatchObject({ state: "unknown", key: "appt-1", field: "options.idempotencyKey" });
    expect((refused as Error).message).toMatch(/without knowing whether the SMS went out.*allo\.sms\.forget\(key\)/);
    expect(sends()).toHaveLength(1);
    await allo.sms.forget("appt-1");
    await allo.sms.send(SMS, { idempotencyKey: "appt-1" });
    expect(sends()).toHaveLength(2);
  });

  it("after the caller's abort while the SMS was on the wire, refuses the key as unknown", async () => {
    const allo = client();
    next = [() => {}];
    const controller = new AbortController();
    const sending = allo.sms.send(SMS, { idempotencyKey: "appt-1", signal: controller.signal }).catch((e: unknown) => e);
    await server.received(1);
    controller.abort(new Error("user left"));
    expect(await sending).toMatchObject({ message: "user left" });
    await expect(allo.sms.send(SMS, { idempotencyKey: "appt-1" })).rejects.toMatchObject({ state: "unknown" });
    expect(sends()).toHaveLength(1);
  });

  it.each<[string, Behaviour | null, Partial<AlloClientOptions>]>([
    [
      "a 429",
      (_req, res) =>
        json(res, 429, { code: "API_KEY_QUOTA_EXCEEDED", details: [{ field: "DAILY", message: "limit=1000;type=DAILY;reset_in=3600" }] }),
      {},
    ],
    ["a 400", (_req, res) => json(res, 400, { code: "INVALID_TO_NUMBER", details: [] }), {}],
    ["a refused connection", null, { maxRetries: 0 }],
  ])("after %s (nothing was done), leaves the key free: the next send under it goes out", async (_name, behaviour, options) => {
    const allo = behaviour ? client(options) : new AlloClient({ apiKey: "k", baseUrl: await refusedUrl(), ...options });
    if (behaviour) next = [behaviour];
    const failed = await allo.sms.send(SMS, { idempotencyKey: "appt-1" }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(behaviour ? AlloApiError : AlloNetworkError);
    expect(failed).toMatchObject({ maybeProcessed: false });
    const before = sends().length;
    if (!behaviour)
      return expect(await allo.sms.send(SMS, { idempotencyKey: "appt-1" }).catch((e: unknown) => e)).toBeInstanceOf(AlloNetworkError);
    await allo.sms.send(SMS, { idempotencyKey: "appt-1" });
    expect(sends()).toHaveLength(before + 1);
  });

  it("leaves the key free when the input is refused before sending", async () => {
    const allo = client();
    await expect(allo.sms.send({ ...SMS, to: "0612" }, { idempotencyKey: "appt-1" })).rejects.toMatchObject({ field: "to" });
    await allo.sms.send(SMS, { idempotencyKey: "appt-1" });
    expect(sends()).toHaveLength(1);
  });

  it("refuses a key used for another SMS, sending nothing", async () => {
    const allo = client();
    await allo.sms.send(SMS, { idempotencyKey: "appt-1" });
    await expect(allo.sms.send({ ...SMS, message: "Another text" }, { idempotencyKey: "appt-1" })).rejects.toMatchObject({
      state: "reused",
    });
    // The same SMS with its fields in another order is the same SMS.
    await allo.sms.send({ message: SMS.message, to: SMS.to, from: SMS.from }, { idempotencyKey: "appt-1" });
    expect(sends()).toHaveLength(1);
  });

  it("lets one of two concurrent sends under a key through, and refuses the other as in flight", async () => {
    const allo = client();
    const both = await Promise.allSettled([
      allo.sms.send(SMS, { idempotencyKey: "appt-1" }),
      allo.sms.send(SMS, { idempotencyKey: "appt-1" }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(both.find((r) => r.status === "rejected")).toMatchObject({ reason: { state: "in-flight" } });
    expect(sends()).toHaveLength(1);
  });

  it("shares the keys with sendFrance, and sends without a key as before", async () => {
    const allo = client();
    await allo.sms.sendFrance(FRANCE, { idempotencyKey: "promo-1" });
    await allo.sms.sendFrance(FRANCE, { idempotencyKey: "promo-1" });
    await expect(allo.sms.send(SMS, { idempotencyKey: "promo-1" })).rejects.toMatchObject({ state: "reused" });
    await allo.sms.send(SMS);
    await allo.sms.send(SMS);
    expect(sends()).toHaveLength(3);
  });

  it("shares the keys between clients given the same stores", async () => {
    const stores = createMemoryStores();
    await client({ stores }).sms.send(SMS, { idempotencyKey: "appt-1" });
    await client({ stores }).sms.send(SMS, { idempotencyKey: "appt-1" });
    await client().sms.send(SMS, { idempotencyKey: "appt-1" });
    expect(sends()).toHaveLength(2);
  });

  it("refuses a bad key, to send or to forget, before anything", async () => {
    const allo = client();
    await expect(allo.sms.send(SMS, { idempotencyKey: "" })).rejects.toMatchObject({ field: "options.idempotencyKey" });
    await expect(allo.sms.forget(42 as unknown as string)).rejects.toMatchObject({ operation: "sms.forget", field: "idempotencyKey" });
    expect(sends()).toHaveLength(0);
  });
});

describe("sms.send with an idempotencyKey, under the rate gate (fake clock)", () => {
  const T0 = Date.parse("2026-11-27T10:00:00Z");
  afterEach(() => vi.useRealTimers());

  /** A client whose fetch counts sends and answers at once, paced at 5 writes per second. */
  function paced(stores = createMemoryStores()) {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    vi.setSystemTime(T0);
    const starts: number[] = [];
    const fetch = (async () => {
      starts.push(Date.now());
      return new Response(JSON.stringify(SENT), { headers: { "content-type": "application/json" } });
    }) as typeof globalThis.fetch;
    return {
      allo: new AlloClient({ apiKey: "k", baseUrl: "https://allo.test", fetch, rateLimit: { writesPerSecond: 5 }, stores }),
      starts,
      stores,
    };
  }

  it("answers a key already sent at once, without waiting for a turn", async () => {
    const { allo, starts } = paced();
    await allo.sms.send(SMS, { idempotencyKey: "appt-1" });
    // The next turn is some 200 ms away and the clock does not move: the replay answers all the same.
    const replayed = await allo.sms.send(SMS, { idempotencyKey: "appt-1" }).withResponse();
    expect(replayed.response.attempts).toBe(0);
    expect(starts).toEqual([T0]);
  });

  it("holds no key while the send waits for its turn (a process that dies there leaves it free), and claims it to send", async () => {
    const { allo, starts, stores } = paced();
    await allo.sms.send(SMS);
    const controller = new AbortController();
    const waiting = allo.sms.send(SMS, { idempotencyKey: "appt-1", signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    expect(await stores.smsKeys.peek("appt-1")).toBeNull();
    controller.abort(new Error("shutting down"));
    expect(await waiting).toMatchObject({ message: "shutting down" });
    const again = allo.sms.send(SMS, { idempotencyKey: "appt-1" });
    await vi.advanceTimersByTimeAsync(500);
    await again;
    expect(starts).toHaveLength(2);
  });

  it("answers with the first send when the key was sent while this call waited for its turn", async () => {
    const { allo, starts } = paced();
    await allo.sms.send(SMS);
    const first = allo.sms.send(SMS, { idempotencyKey: "appt-1" }).withResponse();
    const second = allo.sms.send(SMS, { idempotencyKey: "appt-1" }).withResponse();
    await vi.advanceTimersByTimeAsync(1000);
    const [a, b] = await Promise.all([first, second]);
    expect(starts).toHaveLength(2);
    expect(b.data).toEqual(a.data);
    expect(b.response.attempts).toBe(0);
  });
});
