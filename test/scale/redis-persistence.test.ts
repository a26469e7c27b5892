// SMS keys in a Redis that does not persist are forgotten when it restarts, and their SMS sent again
// by a retry: the stores ask Redis once, before the first SMS key is used, whether it persists
// (`CONFIG GET appendonly`), and warn through the client's logger if not. Against real redis-servers,
// one started with `--appendonly no` and one with `--appendonly yes`, and a user refused CONFIG (as
// on most managed Redis), which is said at debug level only.
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { AlloClient, type AlloLogLevel } from "../../src/index.js";
import { createRedisStores } from "../../src/redis/index.js";
import { SENT, json, startFaultServer, type FaultServer } from "../helpers/fault-server.js";
import { startRedis, type RedisServer } from "./redis-server.js";
import { describeWithRedis } from "./with-redis.js";

const SMS = { from: "+13055550180", to: "+13055550142", message: "hi" };
const NOT_PERSISTENT =
  /^allo-client\/redis: this Redis does not persist its writes \(CONFIG GET appendonly: no\)\..*goes out twice.*appendonly yes/;

describeWithRedis("allo-client/redis persistence check", () => {
  let volatile: RedisServer;
  let durable: RedisServer;
  const connections: Redis[] = [];
  let api: FaultServer;
  /** How many warnings had been logged when each SMS reached the server. */
  let warnedBySend: number[] = [];
  let lines: Array<{ level: string; line: string }> = [];
  const logger = {
    warn: (line: string) => void lines.push({ level: "warn", line }),
    debug: (line: string) => void lines.push({ level: "debug", line }),
  };
  const connect = (url: string) => {
    const redis = new Redis(url);
    connections.push(redis);
    return redis;
  };
  const client = (redis: Redis, logLevel?: AlloLogLevel, stores = createRedisStores(redis)) =>
    new AlloClient({ apiKey: "k", baseUrl: api.url, logger, stores, ...(logLevel ? { logLevel } : {}) });
  const said = (level: string) => lines.filter((l) => l.level === level && l.line.startsWith("allo-client/redis")).map((l) => l.line);

  beforeAll(async () => {
    [volatile, durable] = await Promise.all([startRedis(), startRedis({ appendonly: true })]);
    api = await startFaultServer((_req, res) => {
      warnedBySend.push(said("warn").length);
      json(res, 200, SENT);
    });
  });
  afterAll(async () => {
    await api?.close();
    await Promise.all(connections.map((c) => c.quit()));
    await Promise.all([volatile?.stop(), durable?.stop()]);
  });

  it("warns once per store set, before its first SMS goes out, when Redis runs with appendonly no", async () => {
    lines = [];
    warnedBySend = [];
    const redis = connect(volatile.url);
    expect(await redis.call("CONFIG", "GET", "appendonly")).toEqual(["appendonly", "no"]);
    const stores = createRedisStores(redis);
    await client(redis, undefined, stores).sms.send(SMS, { idempotencyKey: "first" });
    await client(redis, undefined, stores).sms.send(SMS, { idempotencyKey: "second" });
    expect(said("warn")).toHaveLength(1);
    expect(said("warn")[0]).toMatch(NOT_PERSISTENT);
    expect(warnedBySend).toEqual([1, 1]);
  });

  it("says nothing when Redis runs with appendonly yes", async () => {
    lines = [];
    const redis = connect(durable.url);
    expect(await redis.call("CONFIG", "GET", "appendonly")).toEqual(["appendonly", "yes"]);
    await client(redis, "debug").sms.send(SMS, { idempotencyKey: "durable" });
    expect(said("warn")).toEqual([]);
    expect(said("debug")).toEqual([]);
  });

  it("says nothing when logLevel is set to off", async () => {
    lines = [];
    const redis = connect(volatile.url);
    await client(redis, "off").sms.send(SMS, { idempotencyKey: "quiet" });
    expect(lines).toEqual([]);
  });

  it("stays quiet, but for one debug line, when Redis refuses CONFIG to the user", async () => {
    lines = [];
    const admin = connect(volatile.url);
    await admin.call("ACL", "SETUSER", "limited", "on", ">limited-pw", "~*", "&*", "+@all", "-config");
    const limited = connect(volatile.url.replace("redis://", "redis://limited:limited-pw@"));
    await expect(limited.call("CONFIG", "GET", "appendonly")).rejects.toThrow(/^NOPERM/);
    const stores = createRedisStores(limited);
    await client(limited, "debug", stores).sms.send(SMS, { idempotencyKey: "managed-1" });
    await client(limited, "debug", stores).sms.send(SMS, { idempotencyKey: "managed-2" });
    expect(said("warn")).toEqual([]);
    expect(said("debug")).toEqual([
      expect.stringMatching(/^allo-client\/redis: CONFIG GET appendonly was refused \(NOPERM\): .*appendonly yes/),
    ]);
  });
});
