// The state the client keeps between calls, behind small interfaces: the rate gate's schedule and
// the SMS idempotency keys (and, for allo-client/redis, the webhook receiver's claimed ids). In
// memory by default; a shared implementation (allo-client/redis) makes several processes, on
// several machines, share one key's limits, one set of sent SMS and one set of seen webhook ids.
//
// Every method may answer at once or with a promise. Each must be atomic on its own: two
// processes calling at the same moment must see the outcome of one call, then of the other.

/** A value, or a promise of it: memory stores answer at once, shared ones asynchronously. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * The rate gate's schedule, per bucket (`read`, `write`): when the next call may start, and
 * whether the bucket is paused. Times are durations from the store's own clock, so processes
 * whose clocks disagree still share one schedule.
 */
export interface RateLimitStore {
  /**
   * Reserves the next start of `bucket`, `intervalMs` after the one before and not before a pause
   * of the bucket ends, and resolves to the wait until it, in ms (0: start now). A wait longer than
   * `maxWaitMs` is not reserved: the caller gives up, and no later call is delayed by it.
   */
  reserve(bucket: string, intervalMs: number, maxWaitMs: number): MaybePromise<number>;
  /** Pauses `bucket` for `ms` from now (a longer pause already set stays). */
  pause(bucket: string, ms: number): MaybePromise<void>;
  /** What is left of the pause of `bucket`, in ms; 0 when it is not paused. */
  pausedFor(bucket: string): MaybePromise<number>;
}

/** What claiming an idempotency key found. `fingerprint` is that of the input first sent under it. */
export type KeyClaim =
  /** The key was free and is now held by this call, under `token`, for the lease. */
  | { state: "claimed"; token: string }
  /** A send under this key went out; `answer` is what it answered (as given to `settle`). */
  | { state: "sent"; fingerprint: string; answer: string }
  /** Another call holds the key and is sending now. */
  | { state: "in-flight"; fingerprint: string }
  /** A send under this key ended without knowing whether it went out, or its sender died mid-send. */
  | { state: "unknown"; fingerprint: string };

/** What holds a key that is not free: {@link KeyClaim} but `claimed`. */
export type KeyHeld = Exclude<KeyClaim, { state: "claimed" }>;

/**
 * The SMS idempotency keys: each key sends at most once. A key is claimed when its SMS is about to
 * go out, for a lease as long as the send can take; the send's outcome then settles it (`sent`
 * with the answer, or `unknown`), or releases it when nothing left. A claim whose lease ran out
 * before it was settled is `unknown`, never free: its sender may have died after the SMS went out.
 */
export interface SmsKeyStore {
  /** What holds `key`, or null when it is free (a look, claiming nothing). */
  peek(key: string): MaybePromise<KeyHeld | null>;
  /** Claims `key` for `leaseMs` when it is free; otherwise tells what holds it. */
  claim(key: string, fingerprint: string, leaseMs: number): MaybePromise<KeyClaim>;
  /** Records the outcome of the send that claimed `key` under `token` (nothing, if it no longer holds it). */
  settle(key: string, token: string, outcome: { state: "sent"; answer: string } | { state: "unknown" }): MaybePromise<void>;
  /** Frees `key`, if still held under `token`: nothing was sent. */
  release(key: string, token: string): MaybePromise<void>;
  /** Frees `key` whatever its state: the caller has checked what happened to its send. */
  forget(key: string): MaybePromise<void>;
}

/** The stores an `AlloClient` uses: its rate gate's schedule and its SMS idempotency keys. */
export interface ClientStores {
  rateLimits: RateLimitStore;
  smsKeys: SmsKeyStore;
}

/**
 * All three shared stores, as `createRedisStores` makes them: the client's two, and the webhook
 * receiver's `DedupeStore` (`new WebhookReceiver({ dedupeStore: stores.webhookIds })`).
 */
export interface AlloStores extends ClientStores {
  webhookIds: DedupeStore;
}

/** How long a settled SMS key is kept: a send retried within it is not sent again. */
export const SMS_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * What claiming a `webhook-id` found: `claimed`, this delivery holds it now and runs the handlers;
 * `in-flight`, another copy holds it and its handlers have not finished; `handled`, a copy of it
 * was handled.
 */
export type DedupeClaim = "claimed" | "in-flight" | "handled";

/**
 * Where the receiver claims `webhook-id`s. The default keeps them in memory, for one process; with
 * several replicas behind one endpoint, give them a shared store: `allo-client/redis` provides one
 * (`createRedisStores(redis).webhookIds`), or implement these three methods on your own store.
 *
 * @example
 * import { createRedisStores } from "allo-client/redis";
 * const receiver = new WebhookReceiver({ signingSecret, dedupeStore: createRedisStores(redis).webhookIds });
 */
export interface DedupeStore {
  /**
   * Claims `id` for `ttlMs` milliseconds. Must be atomic: `claimed` for the first claimant only;
   * while the claim lasts, every other caller (concurrent ones included) gets `in-flight` until
   * {@link complete} is called, `handled` after.
   */
  claim(id: string, ttlMs: number): DedupeClaim | Promise<DedupeClaim>;
  /** Marks the claim on `id` handled (every handler succeeded), for `ttlMs` from now. */
  complete(id: string, ttlMs: number): void | Promise<void>;
  /** Drops the claim on `id` (a handler failed), so the next delivery of it is handled. */
  release(id: string): void | Promise<void>;
}
