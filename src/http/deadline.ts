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
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(
    () => {
      expired = true;
      controller.abort();
    },
    Math.min(ms, MAX_TIMER_MS),
  );
  const unsubscribe = outer ? onAbort(outer, () => controller.abort(outer.reason)) : undefined;
  return {
    signal: controller.signal,
    timedOut: () => expired,
    clear: () => {
      clearTimeout(timer);
      unsubscribe?.();
    },
  };
}
