// allo-client/redis: the client's stores and the webhook receiver's, in a Redis every process and
// machine using one API key shares. The Redis client is the user's own (ioredis or node-redis,
// optional peers of this package): this entry imports neither.
import { AlloValidationError } from "../errors/index.js";
import { SMS_KEY_TTL_MS, type AlloStores } from "../stores/types.js";
import { commandOf, type RedisClientLike } from "./command.js";
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
   * Put before every key this package writes. Use one prefix per Allo API key: the rate limits and
   * the SMS keys are per API key.
   * @default "allo:"
   */
  prefix?: string | undefined;
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
 * one key's limits, one set of sent SMS and one set of seen webhook ids. Each operation is one
 * atomic command or Lua script, timed by Redis's clock.
 *
 * @example
 * import Redis from "ioredis";
 * import { createRedisStores } from "allo-client/redis";
 * const stores = createRedisStores(new Redis(process.env.REDIS_URL!), { prefix: "allo:prod:" });
 * const allo = new AlloClient({ apiKey, stores });
 * const receiver = new WebhookReceiver({ signingSecret, dedupeStore: stores.webhookIds });
 */
export function createRedisStores(redis: RedisClientLike, { prefix = "allo:", smsKeyTtlMs = SMS_KEY_TTL_MS }: RedisStoresOptions = {}): AlloStores {
  const command = commandOf(redis);
  if (typeof prefix !== "string") throw new AlloValidationError("createRedisStores", [{ field: "prefix", message: "must be a string" }]);
  if (!Number.isSafeInteger(smsKeyTtlMs) || smsKeyTtlMs < 1) {
    throw new AlloValidationError("createRedisStores", [{ field: "smsKeyTtlMs", message: "must be a positive whole number of ms" }]);
  }
  return {
    rateLimits: new RedisRateLimitStore(command, prefix),
    smsKeys: new RedisSmsKeyStore(command, prefix, smsKeyTtlMs),
    webhookIds: new RedisWebhookIdStore(command, prefix),
  };
}
