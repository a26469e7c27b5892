// allo-client/redis: the client's stores and the webhook receiver's, in a Redis every process and
// machine using one API key shares. The Redis client is the user's own (ioredis or node-redis,
// optional peers of this package): this entry imports neither.
import { AlloValidationError } from "../errors/index.js";
import { SMS_KEY_TTL_MS, type AlloStores } from "../stores/types.js";
import { commandOf, type RedisClientLike } from "./command.js";
import { Keyspace } from "./keyspace.js";
import { RedisRateLimitStore } from "./rate-limits.js";
import { RedisSmsKeyStore } from "./sms-keys.js";
import { RedisWebhookIdStore } from "./webhook-ids.js";

export type { IoRedisLike, NodeRedisLike, RedisClientLike } from "./command.js";
export type { AlloStores, ClientStores, KeyClaim, KeyHeld, RateLimitStore, SmsKeyStore } from "../stores/types.js";
export { RedisRateLimitStore } from "./rate-limits.js";
export { RedisSmsKeyStore } from "./sms-keys.js";
export { RedisWebhookIdStore } from "./webhook-ids.js";

/** Options of {@link createRedisStores}. */
export interface RedisStoresOptions {
  /**
   * Put before the webhook ids (separators at its ends do not count: `allo:prod:` and `allo:prod`
   * are one prefix). The rate limits and the SMS keys are per API key: they go under `allo:` and a
   * short hash of the client's API key (never the key), whatever the prefix, so every process on
   * one key shares them.
   * @default "allo:"
   */
  prefix?: string | undefined;
  /**
   * Sets by hand the namespace the rate limits and SMS keys go under (after the prefix), instead of
   * the hash of the API key: for a Redis whose ACL allows only your prefix, for tests, or for stores
   * used without a client. Processes on one key that do not all set the same prefix and namespace
   * no longer share them (and may send an SMS twice). Warns once, through the client's logger.
   * @default undefined (derived from the API key)
   */
  namespace?: string | undefined;
  /**
   * How long an SMS idempotency key is remembered after its send, in ms.
   * @default 86_400_000 (24 hours)
   */
  smsKeyTtlMs?: number | undefined;
}

/**
 * The three shared stores on one Redis client: the rate gate's schedule and the SMS idempotency
 * keys for `new AlloClient({ stores })`, and the webhook ids for
 * `new WebhookReceiver({ dedupeStore: stores.webhookIds })`. Every process that uses them shares
 * one key's limits, one set of sent SMS (both under `allo:` and a hash of the client's API key,
 * whatever the prefix) and one set of seen webhook ids (under the prefix). Each operation is one atomic command or Lua script, timed
 * by Redis's clock. The first SMS key used asks Redis whether it persists (`CONFIG GET
 * appendonly`) and warns if not: a Redis that forgets after a restart sends those SMS again.
 *
 * @example
 * import Redis from "ioredis";
 * import { createRedisStores } from "allo-client/redis";
 * const stores = createRedisStores(new Redis(process.env.REDIS_URL!), { prefix: "allo:prod:" });
 * const allo = new AlloClient({ apiKey, stores });
 * const receiver = new WebhookReceiver({ signingSecret, dedupeStore: stores.webhookIds });
 */
export function createRedisStores(
  redis: RedisClientLike,
  { prefix = "allo:", namespace, smsKeyTtlMs = SMS_KEY_TTL_MS }: RedisStoresOptions = {},
): AlloStores {
  const command = commandOf(redis);
  if (typeof prefix !== "string") throw new AlloValidationError("createRedisStores", [{ field: "prefix", message: "must be a string" }]);
  if (!Number.isSafeInteger(smsKeyTtlMs) || smsKeyTtlMs < 1) {
    throw new AlloValidationError("createRedisStores", [{ field: "smsKeyTtlMs", message: "must be a positive whole number of ms" }]);
  }
  const keyspace = new Keyspace(command, prefix, namespace);
  return {
    rateLimits: new RedisRateLimitStore(command, keyspace),
    smsKeys: new RedisSmsKeyStore(command, keyspace, smsKeyTtlMs),
    webhookIds: new RedisWebhookIdStore(command, keyspace.prefix),
  };
}
