// allo-client/redis against a real redis-server (started on a free port for this file, stopped
// after it), through both clients it takes: the stores' contract, several clients and processes
// sharing one schedule and one set of SMS keys, two webhook receivers sharing one set of ids, and
// what happens when Redis is down. Without redis-server these tests are reported as skipped, with
// how to enable them: never as passed.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { createClient } from "redis";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlloClient, AlloValidationError } from "../../src/index.js";
import { createRedisStores, type RedisClientLike, type RedisStoresOptions } from "../../src/redis/index.js";
import { storesForApiKey } from "../../src/stores/keyed.js";
import { WebhookReceiver } from "../../src/webhooks/index.js";
import { SENT, json, refusedUrl, startFaultServer, type FaultServer } from "../helpers/fault-server.js";
import { exampleOf } from "../webhooks/helpers.js";
import { inFlightContract } from "../webhooks/in-flight-contract.js";
import { storeContract, type StoreSubject } from "./store-contract.js";
import { startRedis, type RedisServer } from "./redis-server.js";
import { describeWithRedis } from "./with-redis.js";

const SMS = { from: "+13055550180", to: "+13055550142", message: "hi" };

describeWithRedis("allo-client/redis against a real redis-server", () => {
  let server: RedisServer;
  let io: Redis;
  let node: RedisClientLike & { quit(): Promise<unknown>; sendCommand(args: string[]): Promise<unknown> };
  let prefixes = 0;
  const prefix = () => `test:${++prefixes}:`;
  /**
   * The stores as a client uses them, on an API key of the prefix's own: the rate schedule and the
   * SMS keys of a key are one whatever the prefix, so each test has a key nobody else used (this
   * Redis does not persist: its warning is dropped).
   */
  const storesOf = (client: RedisClientLike, options: RedisStoresOptions) =>
    storesForApiKey(createRedisStores(client, options), `k-${options.prefix}`, { warn: () => {}, debug: () => {} });
  // This Redis does not persist, on purpose: the clients' warning about it is not what these tests are about.
  const logLevel = "off";

  beforeAll(async () => {
    server = await startRedis();
    io = new Redis(server.url);
    node = (await createClient({ url: server.url }).connect()) as unknown as typeof node;
  });
  afterAll(async () => {
    await io?.quit();
    await node?.quit();
    await server?.stop();
  });

  /** Waits until Redis's own clock has moved by `ms`, asking it the time. */
  const passTime = async (ms: number) => {
    const now = async () => {
      const [s, us] = (await io.call("TIME")) as [string, string];
      return Number(s) * 1000 + Number(us) / 1000;
    };
    const start = await now();
    while ((await now()) - start < ms);
  };

  const subject =
    (client: () => RedisClientLike): (() => StoreSubject) =>
    () => ({
      make: (options) => storesOf(client(), { prefix: prefix(), ...options }),
      passTime,
    });
  storeContract(
    "Redis through ioredis",
    subject(() => io),
  );
  storeContract(
    "Redis through node-redis",
    subject(() => node),
  );
  inFlightContract("Redis through ioredis", () => createRedisStores(io, { prefix: prefix() }).webhookIds);
  inFlightContract("Redis through node-redis", () => createRedisStores(node, { prefix: prefix() }).webhookIds);

  describe("allo-client/redis", () => {
    let api: FaultServer;
    /** When set, the SMS answer waits for it. */
    let hold: Promise<void> | null = null;
    beforeAll(async () => {
      api = await startFaultServer(async (_req, res, seen) => {
        if (seen.url === "/v1/api/sms" && hold) await hold;
        json(res, 200, SENT);
      });
    });
    afterAll(() => api.close());
    const smsSent = () => api.seen.filter((s) => s.url === "/v1/api/sms").length;

    it("refuses what is not a Redis client, naming it", () => {
      expect(() => createRedisStores({} as RedisClientLike)).toThrow(AlloValidationError);
      expect(() => createRedisStores({} as RedisClientLike)).toThrow(/redis must be an ioredis client/);
    });

    it("loads its scripts again when Redis has lost them (a restart, SCRIPT FLUSH)", async () => {
      const { rateLimits } = storesOf(io, { prefix: prefix() });
      expect(await rateLimits.reserve("write", 1000, 60_000)).toBe(0);
      await io.call("SCRIPT", "FLUSH");
      expect(await rateLimits.reserve("write", 1000, 60_000)).toBeGreaterThan(900);
    });

    it("shares one SMS key set between clients on two connections: a key sent by one is not sent by the other", async () => {
      const p = prefix();
      const a = new AlloClient({ apiKey: `k-${p}`, logLevel, baseUrl: api.url, stores: createRedisStores(io, { prefix: p }) });
      const b = new AlloClient({ apiKey: `k-${p}`, logLevel, baseUrl: api.url, stores: createRedisStores(node, { prefix: p }) });
      const before = smsSent();
      const sent = await a.sms.send(SMS, { idempotencyKey: "appt-1" });
      const again = await b.sms.send(SMS, { idempotencyKey: "appt-1" }).withResponse();
      expect(smsSent()).toBe(before + 1);
      expect(again.data).toEqual(sent);
      expect(again.response.attempts).toBe(0);
      await b.sms.forget("appt-1");
      await a.sms.send(SMS, { idempotencyKey: "appt-1" });
      expect(smsSent()).toBe(before + 2);
    });

    it("shares one schedule between clients on two connections: their calls together keep to the rate", async () => {
      const p = prefix();
      const starts: number[] = [];
      const counting = (async () => {
        starts.push(performance.now());
        return new Response(JSON.stringify(SENT), { headers: { "content-type": "application/json" } });
      }) as typeof fetch;
      const rateLimit = { readsPerSecond: 50, writesPerSecond: 50 };
      const a = new AlloClient({
        apiKey: `k-${p}`,
        logLevel,
        baseUrl: api.url,
        fetch: counting,
        rateLimit,
        stores: createRedisStores(io, { prefix: p }),
      });
      const b = new AlloClient({
        apiKey: `k-${p}`,
        logLevel,
        baseUrl: api.url,
        fetch: counting,
        rateLimit,
        stores: createRedisStores(node, { prefix: p }),
      });
      await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).sms.send(SMS)));
      starts.sort((x, y) => x - y);
      // 50 per second: one turn every 20 ms (and the margin) for both clients together, so ten
      // calls span nine turns; each start is its turn plus a few ms of timer and network jitter.
      // Two schedules would start the calls in pairs, all ten within four turns.
      expect(starts.at(-1)! - starts[0]!).toBeGreaterThan(9 * 20 - 30);
    });

    it("lets exactly one of two processes racing on one key send; the other is refused while it is in flight", async () => {
      const p = prefix();
      let release!: () => void;
      hold = new Promise((resolve) => (release = resolve));
      const before = smsSent();
      const script = fileURLToPath(new URL("./fixtures/send-under-key.ts", import.meta.url));
      const workers = (["ioredis", "redis"] as const).map((lib) => {
        const child = spawn(process.execPath, ["--import", "tsx", script, server.url, p, api.url, "race-1", lib], {
          stdio: ["pipe", "pipe", "inherit"],
        });
        const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
        const next = async () => JSON.parse(((await lines.next()).value as string) ?? "null") as Record<string, unknown>;
        return { child, next };
      });
      try {
        for (const w of workers) expect(await w.next()).toEqual({ ready: true });
        for (const w of workers) w.child.stdin!.write("go\n");
        const outcomes = workers.map((w) => w.next());
        // The first to print is the one refused: the other's SMS is still held on the wire.
        const first = await Promise.race(outcomes);
        expect(first).toMatchObject({ outcome: "refused", name: "AlloIdempotencyError", state: "in-flight" });
        release();
        const all = await Promise.all(outcomes);
        expect(all.map((o) => o.outcome).sort()).toEqual(["refused", "sent"]);
        expect(smsSent()).toBe(before + 1);
      } finally {
        hold = null;
        release();
        for (const w of workers) if (w.child.exitCode === null) w.child.kill();
      }
    });

    it("runs a webhook's handlers once across two receivers sharing Redis, and again after a failed handler released it", async () => {
      const secret = `whsec_${Buffer.from("redis dedupe test secret, 32 b!!").toString("base64")}`;
      const body = JSON.stringify(exampleOf("sms.received"));
      const headers = (id: string) => {
        const now = new Date();
        return {
          "webhook-id": id,
          "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
          "webhook-signature": new Webhook(secret).sign(id, now, body),
        };
      };
      const p = prefix();
      let runs = 0;
      let fail = false;
      const handler = () => {
        runs++;
        if (fail) throw new Error("handler failed");
      };
      const one = new WebhookReceiver({ signingSecret: secret, dedupeStore: createRedisStores(io, { prefix: p }).webhookIds }).on(
        "sms.received",
        handler,
      );
      const two = new WebhookReceiver({ signingSecret: secret, dedupeStore: createRedisStores(node, { prefix: p }).webhookIds }).on(
        "sms.received",
        handler,
      );
      const outcomes = await Promise.allSettled([one, two, one, two].map((r) => r.handle(body, { headers: headers("msg_redis_1") })));
      expect(runs).toBe(1);
      // The copies that lost the claim were answered before the winner finished (refused as in
      // flight) or after (acknowledged as duplicates): never run.
      const lost = outcomes.filter((o) =>
        o.status === "fulfilled" ? o.value.delivery.duplicate : (o.reason as { code?: string }).code === "DELIVERY_IN_FLIGHT",
      );
      expect(lost).toHaveLength(3);
      await expect(two.handle(body, { headers: headers("msg_redis_1") })).resolves.toMatchObject({ delivery: { duplicate: true } });
      fail = true;
      await expect(one.handle(body, { headers: headers("msg_redis_2") })).rejects.toThrow("handler failed");
      fail = false;
      await two.handle(body, { headers: headers("msg_redis_2") });
      expect(runs).toBe(3);
    });

    it("when Redis is down, still sends calls (paced in this process), and refuses an SMS with a key, sending nothing", async () => {
      const port = Number(new URL(await refusedUrl()).port);
      const down = new Redis(port, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 0 });
      down.on("error", () => {});
      try {
        const allo = new AlloClient({ apiKey: "k", logLevel, baseUrl: api.url, rateLimit: {}, stores: createRedisStores(down) });
        const before = smsSent();
        await allo.sms.send(SMS);
        expect(smsSent()).toBe(before + 1);
        await expect(allo.sms.send(SMS, { idempotencyKey: "appt-1" })).rejects.toThrow();
        expect(smsSent()).toBe(before + 1);
      } finally {
        down.disconnect();
      }
    });
  });
});
