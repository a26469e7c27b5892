// Where allo-client/redis writes, against a real redis-server: the rate schedule and the SMS keys
// go under `allo:` and a hash of the client's API key, so processes on one key share them whatever
// prefix they give (`allo:prod:` and `allo:prod` once sent every SMS twice), processes on two keys
// do not, and the key itself is never written, logged or kept. A namespace set by hand splits them
// on purpose, and warns once. Each test uses an API key of its own: the keys of one are no other's.
import { inspect } from "node:util";
import { Redis } from "ioredis";
import { createClient } from "redis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { AlloClient, AlloTimeoutError, AlloValidationError } from "../../src/index.js";
import { createRedisStores, type RedisClientLike } from "../../src/redis/index.js";
import { SENT, json, startFaultServer, type FaultServer } from "../helpers/fault-server.js";
import { startRedis, type RedisServer } from "./redis-server.js";
import { describeWithRedis } from "./with-redis.js";

const SMS = { from: "+13055550180", to: "+13055550142", message: "hi" };
let keys = 0;
/** An API key no other test used. */
const apiKey = () => `sk_live_namespace_test_key_${++keys}_0123456789`;

describeWithRedis("allo-client/redis namespaces", () => {
  let server: RedisServer;
  let io: Redis;
  let node: RedisClientLike & { quit(): Promise<unknown> };
  let api: FaultServer;
  let runs = 0;
  /** A prefix no other test wrote under, ending as asked. */
  const prefixes = (...ends: string[]) => {
    const base = `ns${++runs}:prod`;
    return ends.map((end) => base + end);
  };
  const smsSent = () => api.seen.filter((s) => s.url === "/v1/api/sms").length;
  /** A logger that keeps what it is told. */
  const recorder = () => {
    const lines: string[] = [];
    return { lines, logger: { warn: (line: string) => void lines.push(line), debug: () => {} } };
  };

  beforeAll(async () => {
    server = await startRedis();
    io = new Redis(server.url);
    node = (await createClient({ url: server.url }).connect()) as unknown as typeof node;
    api = await startFaultServer((_req, res) => json(res, 200, SENT));
  });
  afterAll(async () => {
    await api?.close();
    await io?.quit();
    await node?.quit();
    await server?.stop();
  });

  it("sends one SMS per key from clients on one API key whatever prefixes they give: allo:prod:, allo:prod, another:app", async () => {
    const [withColon, without, other] = [...prefixes(":", ""), `another${runs}:app`];
    const { logger } = recorder();
    const key = apiKey();
    const clients = [
      new AlloClient({ apiKey: key, baseUrl: api.url, logger, stores: createRedisStores(io, { prefix: withColon }) }),
      new AlloClient({ apiKey: key, baseUrl: api.url, logger, stores: createRedisStores(node, { prefix: without }) }),
      new AlloClient({ apiKey: key, baseUrl: api.url, logger, stores: createRedisStores(io, { prefix: other }) }),
    ];
    const before = smsSent();
    for (let i = 0; i < 9; i++) {
      const first = clients[i % 3]!;
      await first.sms.send(SMS, { idempotencyKey: `appt-${i}` });
      for (const second of clients.filter((c) => c !== first)) {
        const again = await second.sms.send(SMS, { idempotencyKey: `appt-${i}` }).withResponse();
        expect(again.response.attempts).toBe(0);
      }
    }
    expect(smsSent()).toBe(before + 9);
  });

  it("sends one SMS per key from clients given one API key spelled three ways: as is, after Api-Key, with a trailing space", async () => {
    const [prefix] = prefixes(":");
    const { logger } = recorder();
    const key = apiKey();
    const clients = [key, `Api-Key ${key}`, `${key} `].map(
      (spelling) => new AlloClient({ apiKey: spelling, baseUrl: api.url, logger, stores: createRedisStores(io, { prefix: prefix! }) }),
    );
    const before = smsSent();
    await clients[0]!.sms.send(SMS, { idempotencyKey: "appt-spelt" });
    for (const other of clients.slice(1)) {
      expect((await other.sms.send(SMS, { idempotencyKey: "appt-spelt" }).withResponse()).response.attempts).toBe(0);
    }
    expect(smsSent()).toBe(before + 1);
  });

  it("puts webhook ids under the prefix, separators and spaces at its ends and doubled colons counting as one prefix", async () => {
    const [base] = prefixes("");
    const [first, ...others] = [
      `${base}:`,
      base!,
      `${base}::`,
      ` ${base} `,
      `${base}.`,
      `${base}-`,
      `${base}_`,
      `${base}/`,
      base!.replace(":", "::"),
    ];
    await createRedisStores(io, { prefix: first! }).webhookIds.claim("msg_edges", 60_000);
    for (const prefix of others) expect(await createRedisStores(node, { prefix }).webhookIds.claim("msg_edges", 60_000)).toBe("in-flight");
    expect(await createRedisStores(io, { prefix: `${base}:other` }).webhookIds.claim("msg_edges", 60_000)).toBe("claimed");
  });

  it("shares one rate schedule between clients on one API key whatever their prefixes, and not with another key", async () => {
    const [withColon, other] = prefixes(":", ":elsewhere");
    const { logger } = recorder();
    const key = apiKey();
    // One write per 105 s: a second write in the schedule cannot get its turn within the timeout.
    const options = { baseUrl: api.url, logger, rateLimit: { writesPerSecond: 0.01 }, timeout: 2_000 };
    const a = new AlloClient({ ...options, apiKey: key, stores: createRedisStores(io, { prefix: withColon }) });
    const b = new AlloClient({ ...options, apiKey: key, stores: createRedisStores(node, { prefix: other }) });
    const another = new AlloClient({ ...options, apiKey: apiKey(), stores: createRedisStores(node, { prefix: other }) });
    const before = smsSent();
    await a.sms.send(SMS);
    const refused = await b.sms.send(SMS).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AlloTimeoutError);
    expect((refused as Error).message).toMatch(/its turn at the rate limit would come after its 2000 ms timeout, so nothing was sent/);
    await another.sms.send(SMS);
    expect(smsSent()).toBe(before + 2);
  });

  it("keeps two API keys apart on one prefix: each sends under the same idempotency key", async () => {
    const [prefix] = prefixes(":");
    const { logger } = recorder();
    const stores = createRedisStores(io, { prefix });
    const before = smsSent();
    await new AlloClient({ apiKey: apiKey(), baseUrl: api.url, logger, stores }).sms.send(SMS, { idempotencyKey: "shared-name" });
    await new AlloClient({ apiKey: apiKey(), baseUrl: api.url, logger, stores }).sms.send(SMS, { idempotencyKey: "shared-name" });
    expect(smsSent()).toBe(before + 2);
  });

  it("writes under allo: and a short hash of the API key, never the key, and keeps the key off the stores", async () => {
    const [prefix] = prefixes(":");
    const { logger } = recorder();
    const key = apiKey();
    const stores = createRedisStores(io, { prefix });
    const allo = new AlloClient({ apiKey: key, baseUrl: api.url, logger, rateLimit: {}, stores });
    const before = new Set((await io.call("KEYS", "*")) as string[]);
    await allo.sms.send(SMS, { idempotencyKey: "where" });
    const keys = ((await io.call("KEYS", "*")) as string[]).filter((k) => !before.has(k));
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const written of keys) expect(written).toMatch(/^allo:[0-9a-f]{16}:/);
    const values = await Promise.all(keys.filter((k) => k.includes(":sms:")).map((k) => io.call("GET", k)));
    expect(JSON.stringify([keys, values])).not.toContain(key);
    expect(JSON.stringify([keys, values])).not.toContain("namespace_test");
    const seen = inspect([allo, stores], { depth: Infinity, showHidden: true });
    expect(seen).not.toContain(key);
  });

  it("frees a key through allo.sms.forget under the client's namespace", async () => {
    const [prefix] = prefixes(":");
    const { logger } = recorder();
    const allo = new AlloClient({ apiKey: apiKey(), baseUrl: api.url, logger, stores: createRedisStores(io, { prefix }) });
    const before = smsSent();
    await allo.sms.send(SMS, { idempotencyKey: "again" });
    await allo.sms.forget("again");
    await allo.sms.send(SMS, { idempotencyKey: "again" });
    expect(smsSent()).toBe(before + 2);
  });

  it("refuses, naming namespace, stores used without a client unless a namespace is set by hand", async () => {
    const stores = createRedisStores(io, { prefix: prefixes(":")[0] });
    await expect(stores.smsKeys.peek("k")).rejects.toThrow(AlloValidationError);
    await expect(stores.smsKeys.forget("k")).rejects.toThrow(/namespace is derived from the API key.*allo\.sms\.forget/);
    await expect(stores.rateLimits.reserve("write", 1000, 60_000)).rejects.toThrow(/namespace/);
    const byHand = createRedisStores(io, { prefix: prefixes(":")[0], namespace: "tests" });
    expect(await byHand.smsKeys.peek("k")).toBeNull();
    expect(await byHand.rateLimits.reserve("write", 1000, 60_000)).toBe(0);
  });

  it("refuses a namespace that is empty or not a string", () => {
    expect(() => createRedisStores(io, { namespace: " : " })).toThrow(/namespace must be a non-empty string/);
    expect(() => createRedisStores(io, { namespace: 7 as unknown as string })).toThrow(AlloValidationError);
  });

  it("warns once, through the client's logger, when the namespace is set by hand, and then uses it: clients setting it share, whatever their keys", async () => {
    const [prefix] = prefixes(":");
    const { lines, logger } = recorder();
    const stores = createRedisStores(io, { prefix, namespace: "by-hand" });
    const key = apiKey();
    const a = new AlloClient({ apiKey: key, baseUrl: api.url, logger, stores });
    const b = new AlloClient({ apiKey: apiKey(), baseUrl: api.url, logger, stores });
    const byHand = lines.filter((l) => /namespace is set by hand/.test(l));
    expect(byHand).toHaveLength(1);
    expect(byHand[0]).toMatch(/^allo-client\/redis: .*may send an SMS twice/);
    const before = smsSent();
    await a.sms.send(SMS, { idempotencyKey: "hand" });
    expect((await b.sms.send(SMS, { idempotencyKey: "hand" }).withResponse()).response.attempts).toBe(0);
    expect(smsSent()).toBe(before + 1);
    expect(lines.join("\n")).not.toContain(key);
  });
});
