import { onAbort } from "./on-abort.js";
import { MAX_TIMER_MS } from "./retry-policy.js";

/** A signal for one attempt: see {@link deadline}. */
export interface Deadline {
  signal: AbortSignal;
  /** True when the time ran out (rather than the outer signal aborting). */
  timedOut(): boolean;
  /** Releases the timer and the outer signal's listener; call it when the attempt ends. */
  clear(): void;
}

/**
 * A signal that aborts after `ms` (clamped below 2^31-1) or as soon as `outer` aborts, with the
 * outer signal's reason. Used by the client's transport and by the proxy.
 */
export function deadline(ms: number, outer?: AbortSignal | null): Deadline {
  return new Limit(ms, outer ?? undefined);
}

// One object per attempt, its timer given the object rather than a closure made for it: every
// call makes one (measured with `npm run bench:ab`).
class Limit implements Deadline {
  readonly #controller = new AbortController();
  readonly signal: AbortSignal;
  #expired = false;
  readonly #timer: ReturnType<typeof setTimeout>;
  readonly #unsubscribe: (() => void) | undefined;

  constructor(ms: number, outer: AbortSignal | undefined) {
    this.signal = this.#controller.signal;
    this.#timer = setTimeout(expire, Math.min(ms, MAX_TIMER_MS), this);
    this.#unsubscribe = outer ? onAbort(outer, () => this.#controller.abort(outer.reason)) : undefined;
  }

  /** Runs when the time is up. */
  expire(): void {
    this.#expired = true;
    this.#controller.abort();
  }

  timedOut(): boolean {
    return this.#expired;
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#unsubscribe?.();
  }
}

function expire(limit: Limit): void {
  limit.expire();
}
