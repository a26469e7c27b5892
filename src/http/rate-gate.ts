// The rate gate: calls wait for their turn instead of collecting 429s. Allo allows 20 reads and 5
// writes per second per key (GET is a read; POST, PUT, PATCH and DELETE are writes, the searches
// included: Allo splits by method and says nothing else). Each attempt reserves a start in its
// bucket's schedule, spaced evenly (1/rate apart, with a small margin so that a few ms of jitter on
// the way cannot put one call too many in one of Allo's windows), and sleeps until it.
//
// The schedule lives in a RateLimitStore: this client's memory by default, Redis to share one key's
// limits between processes. The gate also follows Allo: an answer saying `X-RateLimit-Remaining: 0`
// pauses its bucket until `X-RateLimit-Reset`, a lower `X-RateLimit-Limit` than configured slows
// the bucket to it, and a 429 pauses every call of the client (both buckets) for its Retry-After.
//
// A gate that is not paced (a baseUrl other than Allo's, where a mock or a test server enforces
// nothing) spaces no call: it only follows what answers say (a bucket out of calls waits for its
// reset), until a 429 shows that the server does enforce limits, from which on every call is paced.
import { inTime } from "../stores/in-time.js";
import { MemoryRateLimitStore } from "../stores/memory-rate-limits.js";
import type { RateLimitStore } from "../stores/types.js";
import { readRateHeaders, type HeaderSource } from "./rate-headers.js";
import { sleep } from "./sleep.js";

export type Bucket = "read" | "write";

/** A shared store answers in a few ms; one slower than this is taken as down, for the call that asked. */
const STORE_ANSWER_MS = 1_000;

/** Allo counts GET as a read and every other method as a write. */
export function bucketOf(method: string): Bucket {
  return method === "GET" || method === "HEAD" ? "read" : "write";
}

/**
 * Starts are spaced 5% more than 1/rate apart, so that a call reaching Allo up to 50 ms later than
 * the one before it (network and timer jitter, against one-second windows) still cannot make one
 * call too many in a window. With 2%, `npm run bench:scale` saw a 429 or two per run of 500 SMS
 * from 4 processes: see docs/reliability.md.
 */
export const SPACING_MARGIN = 0.05;

/** The gate's turn is further away than the call may wait (its `timeout`). */
export class TurnTooFar extends Error {
  constructor(readonly waitMs: number) {
    super(`the call's turn under rateLimit is ${Math.ceil(waitMs)} ms away`);
  }
}

export class RateGate {
  readonly #store: RateLimitStore;
  // Used for a call whose shared store failed (Redis down): it is paced in this process at least.
  readonly #fallback = new MemoryRateLimitStore();
  readonly #perSecond: Record<Bucket, number>;
  /** The lowest `X-RateLimit-Limit` Allo said for each bucket, when lower than configured. */
  readonly #told: Record<Bucket, number> = { read: Infinity, write: Infinity };
  readonly #maxPauseMs: number;
  #paced: boolean;

  /**
   * @param maxPauseMs The longest pause a header or a 429 may impose on every call (the client's
   *   `maxRetryDelay`): a longer hint is a quota, which the call that got it reports at once.
   * @param paced Whether every call is spaced from the first; else from the first 429 on.
   */
  constructor(store: RateLimitStore, perSecond: Record<Bucket, number>, maxPauseMs: number, paced = true) {
    this.#store = store;
    this.#perSecond = perSecond;
    this.#maxPauseMs = maxPauseMs;
    this.#paced = paced;
  }

  /** Whether a call of `bucket` may go at once: the gate is not pacing and nothing is paused. */
  openNow(bucket: Bucket): boolean {
    return !this.#paced && this.#fallback.pausedFor(bucket) <= 0;
  }

  /**
   * Waits for the turn of one call of `bucket`. Resolves to the time waited; rejects with the
   * signal's reason when it aborts, or with TurnTooFar when the turn is more than `budgetMs` away
   * (then nothing is reserved, and no later call waits for it).
   */
  async acquire(bucket: Bucket, signal: AbortSignal | undefined, budgetMs: number): Promise<number> {
    const started = Date.now();
    const left = () => budgetMs - (Date.now() - started);
    if (!this.#paced) {
      // Not paced yet: only a pause this client was told of holds the call (kept in this process:
      // no store is asked until the server shows it enforces limits).
      const paused = this.#fallback.pausedFor(bucket);
      if (paused <= 0) return 0;
      if (paused > left()) throw new TurnTooFar(paused);
      await sleep(paused, signal);
      return Date.now() - started;
    }
    for (;;) {
      const wait = await this.#reserve(bucket, left());
      // A turn that is now goes, even when a slow store used up the time to wait for one.
      if (wait > 0 && wait > left()) throw new TurnTooFar(Date.now() - started + wait);
      if (wait > 0) await sleep(wait, signal);
      // A 429 that came while this call slept pauses it too: wait for the pause, then queue again.
      const paused = await this.#pausedFor(bucket, left());
      if (paused <= 0) return Date.now() - started;
      if (paused > left()) throw new TurnTooFar(Date.now() - started + paused);
      await sleep(paused, signal);
    }
  }

  /** Follows what an answer's `X-RateLimit-*` headers say about its bucket. */
  observe(bucket: Bucket, headers: HeaderSource): void {
    const { limit, remaining, resetInMs } = readRateHeaders(headers);
    if (limit !== null) this.#told[bucket] = limit;
    if (remaining === 0 && resetInMs !== null && resetInMs <= this.#maxPauseMs) this.#pause(bucket, resetInMs);
  }

  /** After a 429: every call of this client waits `ms` (not longer than `maxPauseMs`), and is paced from now on. */
  pauseAll(ms: number): void {
    this.#paced = true;
    if (!(ms > 0) || ms > this.#maxPauseMs) return;
    this.#pause("read", ms);
    this.#pause("write", ms);
  }

  #intervalMs(bucket: Bucket): number {
    return (1000 / Math.min(this.#perSecond[bucket], this.#told[bucket])) * (1 + SPACING_MARGIN);
  }

  // A store that fails, or does not answer in STORE_ANSWER_MS (nor in the time the call has left),
  // is passed over for the fallback: the call is paced in this process rather than held.
  async #reserve(bucket: Bucket, maxWaitMs: number): Promise<number> {
    const interval = this.#intervalMs(bucket);
    try {
      return await this.#inTime(this.#store.reserve(bucket, interval, maxWaitMs), maxWaitMs);
    } catch {
      return this.#fallback.reserve(bucket, interval, maxWaitMs);
    }
  }

  /** The store's answer, if it comes within STORE_ANSWER_MS and the `maxWaitMs` the call has left. */
  #inTime<T>(answer: T | Promise<T>, maxWaitMs: number): Promise<T> {
    return inTime(answer, Math.min(maxWaitMs, STORE_ANSWER_MS), "the rate-limit store");
  }

  async #pausedFor(bucket: Bucket, maxWaitMs: number): Promise<number> {
    try {
      return Math.max(await this.#inTime(this.#store.pausedFor(bucket), maxWaitMs), this.#fallback.pausedFor(bucket));
    } catch {
      return this.#fallback.pausedFor(bucket);
    }
  }

  #pause(bucket: Bucket, ms: number): void {
    this.#fallback.pause(bucket, ms);
    // Not awaited: the answer that brought the news need not wait for the store.
    Promise.resolve()
      .then(() => this.#store.pause(bucket, ms))
      .catch(() => {});
  }
}
