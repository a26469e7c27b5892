// Deduplication by `webhook-id`. Allo delivers at least once, and retries while a slow handler may
// still be running: the id is claimed atomically *before* the handlers run, marked handled once
// they all succeeded, and released when one of them fails, so that Allo's retry is handled rather
// than taken for a duplicate. A copy that arrives while the first is still being handled cannot be
// told the outcome yet: the receiver refuses it with a status Allo retries (see DELIVERY_IN_FLIGHT).
import { AlloValidationError } from "../errors/index.js";
import type { DedupeClaim, DedupeStore } from "../stores/types.js";

export type { DedupeClaim, DedupeStore };

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

interface Held {
  until: number;
  handled: boolean;
}

/**
 * The default {@link DedupeStore}: claims in a Map of this process. A claim is checked and taken in
 * one synchronous step, so no two concurrent deliveries can both win it.
 */
export class MemoryDedupeStore implements DedupeStore {
  // Insertion order: with one ttl for every claim, and a write moving its id to the end, it is
  // also expiry order.
  readonly #held = new Map<string, Held>();
  readonly #maxIds: number;
  readonly #now: () => number;

  constructor({ maxIds = 10_000, now = Date.now }: MemoryDedupeStoreOptions = {}) {
    if (!Number.isSafeInteger(maxIds) || maxIds < 1) {
      throw new AlloValidationError("new MemoryDedupeStore", [{ field: "maxIds", message: "must be a positive integer" }]);
    }
    this.#maxIds = maxIds;
    this.#now = now;
  }

  claim(id: string, ttlMs: number): DedupeClaim {
    const now = this.#now();
    const held = this.#held.get(id);
    if (held !== undefined && held.until > now) return held.handled ? "handled" : "in-flight";
    this.#write(id, { until: now + ttlMs, handled: false }, now);
    return "claimed";
  }

  complete(id: string, ttlMs: number): void {
    const now = this.#now();
    this.#write(id, { until: now + ttlMs, handled: true }, now);
  }

  release(id: string): void {
    this.#held.delete(id);
  }

  #write(id: string, held: Held, now: number): void {
    this.#held.delete(id);
    this.#held.set(id, held);
    for (const [old, { until }] of this.#held) {
      if (until > now && this.#held.size <= this.#maxIds) break;
      this.#held.delete(old);
    }
  }
}
