// Deduplication by `webhook-id`. Allo delivers at least once, and retries while a slow handler may
// still be running: the id is claimed atomically *before* the handlers run, and released when one
// of them fails, so that Allo's retry is handled rather than taken for a duplicate.
import { AlloValidationError } from "../errors/index.js";

/**
 * Where the receiver claims `webhook-id`s. The default keeps them in memory, for one process; with
 * several replicas behind one endpoint, give them a shared store: `allo-client/redis` provides one
 * (`createRedisStores(redis).webhookIds`), or implement these two methods on your own store.
 *
 * @example
 * import { createRedisStores } from "allo-client/redis";
 * const receiver = new WebhookReceiver({ signingSecret, dedupeStore: createRedisStores(redis).webhookIds });
 */
export interface DedupeStore {
  /**
   * Claims `id` for `ttlMs` milliseconds. Must be atomic: true for the first claimant only, false
   * for every other while the claim lasts, concurrent callers included.
   */
  claim(id: string, ttlMs: number): boolean | Promise<boolean>;
  /** Drops the claim on `id` (a handler failed), so the next delivery of it is handled. */
  release(id: string): void | Promise<void>;
}

/** Options of {@link MemoryDedupeStore}. */
export interface MemoryDedupeStoreOptions {
  /**
   * Most ids held at once; past it, the oldest claims are forgotten first, so memory stays bounded.
   * @default 10_000
   */
  maxIds?: number;
  /**
   * The clock, in milliseconds.
   * @default Date.now
   */
  now?: () => number;
}

/**
 * The default {@link DedupeStore}: claims in a Map of this process. A claim is checked and taken in
 * one synchronous step, so no two concurrent deliveries can both win it.
 */
export class MemoryDedupeStore implements DedupeStore {
  // Insertion order: with one ttl for every claim, it is also expiry order.
  readonly #until = new Map<string, number>();
  readonly #maxIds: number;
  readonly #now: () => number;

  constructor({ maxIds = 10_000, now = Date.now }: MemoryDedupeStoreOptions = {}) {
    if (!Number.isSafeInteger(maxIds) || maxIds < 1) {
      throw new AlloValidationError("new MemoryDedupeStore", [{ field: "maxIds", message: "must be a positive integer" }]);
    }
    this.#maxIds = maxIds;
    this.#now = now;
  }

  claim(id: string, ttlMs: number): boolean {
    const now = this.#now();
    const until = this.#until.get(id);
    if (until !== undefined && until > now) return false;
    this.#until.delete(id);
    this.#until.set(id, now + ttlMs);
    for (const [old, expiry] of this.#until) {
      if (expiry > now && this.#until.size <= this.#maxIds) break;
      this.#until.delete(old);
    }
    return true;
  }

  release(id: string): void {
    this.#until.delete(id);
  }
}
