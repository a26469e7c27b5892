import { onAbort } from "./on-abort.js";
import { MAX_TIMER_MS } from "./retry-policy.js";

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts; leaves no listener behind. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(
      () => {
        unsubscribe?.();
        resolve();
      },
      Math.min(Math.max(0, ms), MAX_TIMER_MS),
    );
    const unsubscribe = signal
      ? onAbort(signal, () => {
          clearTimeout(timer);
          reject(signal.reason);
        })
      : undefined;
  });
}
