import { AlloValidationError } from "../errors/index.js";
import { MemoryRateLimitStore } from "./memory-rate-limits.js";
import { MemorySmsKeyStore } from "./memory-sms-keys.js";
import { SMS_KEY_TTL_MS, type ClientStores } from "./types.js";

export { MemoryRateLimitStore } from "./memory-rate-limits.js";
export { MemorySmsKeyStore } from "./memory-sms-keys.js";
export type { AlloStores, ClientStores, KeyClaim, KeyHeld, MaybePromise, RateLimitStore, SmsKeyStore } from "./types.js";

/** Options of {@link createMemoryStores}. */
export interface MemoryStoresOptions {
  /**
   * How long an SMS idempotency key is remembered after its send, in ms.
   * @default 86_400_000 (24 hours)
   */
  smsKeyTtlMs?: number | undefined;
}

/**
 * The client's stores in this process's memory: what every `AlloClient` makes for itself unless
 * given `stores`. Pass one set to several clients of the same key to share one schedule and one
 * set of SMS keys between them; across processes, use `createRedisStores` (allo-client/redis).
 *
 * @example
 * const stores = createMemoryStores();
 * const a = new AlloClient({ apiKey, stores });
 * const b = new AlloClient({ apiKey, stores, timeout: 5_000 });
 */
export function createMemoryStores({ smsKeyTtlMs = SMS_KEY_TTL_MS }: MemoryStoresOptions = {}): ClientStores {
  if (!Number.isSafeInteger(smsKeyTtlMs) || smsKeyTtlMs < 1) {
    throw new AlloValidationError("createMemoryStores", [{ field: "smsKeyTtlMs", message: "must be a positive whole number of ms" }]);
  }
  return { rateLimits: new MemoryRateLimitStore(), smsKeys: new MemorySmsKeyStore(smsKeyTtlMs) };
}
