import type { RateLimitStore } from "./types.js";

/**
 * The default {@link RateLimitStore}: one client's schedule, in its memory. Each bucket holds the
 * time its next call may start; a reservation takes that time (or now, or the end of a pause,
 * whichever is latest) and moves it on by the interval, in one synchronous step.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #next = new Map<string, number>();
  readonly #pausedUntil = new Map<string, number>();
  readonly #now: () => number;

  /** @param now The clock, in ms (`Date.now` unless a test brings its own). */
  constructor(now: () => number = () => Date.now()) {
    this.#now = now;
  }

  reserve(bucket: string, intervalMs: number, maxWaitMs: number): number {
    const now = this.#now();
    const start = Math.max(now, this.#next.get(bucket) ?? 0, this.#pausedUntil.get(bucket) ?? 0);
    const wait = start - now;
    if (wait <= maxWaitMs) this.#next.set(bucket, start + intervalMs);
    return wait;
  }

  pause(bucket: string, ms: number): void {
    const until = this.#now() + ms;
    if (until > (this.#pausedUntil.get(bucket) ?? 0)) this.#pausedUntil.set(bucket, until);
  }

  pausedFor(bucket: string): number {
    return Math.max(0, (this.#pausedUntil.get(bucket) ?? 0) - this.#now());
  }
}
