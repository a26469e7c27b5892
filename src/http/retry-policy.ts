// When a failed attempt may be tried again, and how long to wait (../shared/reliability.md).

/** A longer setTimeout fires after 1 ms in Node: every timer is clamped below it. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Statuses worth retrying for a request that is safe to repeat. */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** GET, PUT and DELETE can be repeated; a POST (an SMS, a new contact) may not. */
export function isIdempotent(method: string): boolean {
  return method !== "POST" && method !== "PATCH";
}

/**
 * Whether an error status may be retried. A POST only on a 429: the API refused it without doing
 * anything. Never after a 5xx: the SMS may already be on its way.
 */
export function retryableStatus(method: string, status: number): boolean {
  if (status === 429) return true;
  return isIdempotent(method) && RETRYABLE_STATUSES.has(status);
}

/**
 * Whether a failure without an answer may be retried: a POST only when the connection was refused
 * (nothing was sent); anything else (a reset, a timeout, a body cut short) may follow processing.
 */
export function retryableFailure(method: string, nothingSent: boolean): boolean {
  return nothingSent || isIdempotent(method);
}

/** 0.5 s x 2^attempt, capped at 5 s, times a jitter in [0.5, 1]. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(500 * 2 ** attempt, 5000);
  return base * (0.5 + random() / 2);
}

/** True when an error from fetch says the connection was refused, so nothing reached the server. */
export function isConnectionRefused(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    // Node (undici): cause.code ECONNREFUSED; Bun: code ConnectionRefused; Deno: a message.
    if (code === "ECONNREFUSED" || code === "ConnectionRefused") return true;
    if (typeof message === "string" && /ECONNREFUSED|connection refused/i.test(message)) return true;
  }
  return false;
}
