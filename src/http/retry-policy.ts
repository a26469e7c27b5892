// When a failed attempt may be tried again, whether a write may have taken effect, and how long to
// wait: the one place these rules are written. Each call brings its operation's entry of the
// generated table (generated/operations.ts), which says what the operation is.
//
// An SMS that goes out twice is the worst bug this client can have, so a write is sent again only
// when the answer proves nothing was done (a 429, a connection refused before anything was sent),
// or when Allo deduplicates it (an operation that takes an Idempotency-Key, sent with the same key).

/** What a retry decision needs to know of an operation. */
export interface RetryTraits {
  /** Changes nothing: a GET, a search, analytics, a batch read. */
  readOnly: boolean;
  /** Leaves the same state when sent twice (reads, PUT, DELETE). */
  idempotent: boolean;
  /** Allo deduplicates it by `Idempotency-Key`, which the client sends, the same on every attempt. */
  idempotencyKey: boolean;
}

/** How an attempt failed. */
export type Outcome =
  /** An error status. */
  | { kind: "status"; status: number; retryable: boolean | null }
  /** The connection was refused: nothing reached the server. */
  | { kind: "refused" }
  /** No whole answer: a reset, a timeout, a body cut short, after the request was sent. */
  | { kind: "lost" }
  /** A 2xx that could not be read (not JSON, too large): the request was answered. */
  | { kind: "unreadable" };

/** A longer setTimeout fires after 1 ms in Node: every timer is clamped below it. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Statuses worth retrying for a request that is safe to repeat. */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** Whether the same request may be sent again as it is. */
function repeatable(op: RetryTraits): boolean {
  return op.idempotent || op.idempotencyKey;
}

/**
 * Whether to try again. A 429 always (nothing was done, and Allo says when); a refused connection
 * always (nothing was sent); an answer saying `retryable: false` never; the rest only for a request
 * that is safe to repeat.
 */
export function shouldRetry(op: RetryTraits, outcome: Outcome): boolean {
  switch (outcome.kind) {
    case "refused":
      return true;
    case "unreadable":
      return false;
    case "lost":
      return repeatable(op);
    case "status":
      if (outcome.retryable === false) return false;
      if (outcome.status === 429) return true;
      return RETRYABLE_STATUSES.has(outcome.status) && repeatable(op);
  }
}

/**
 * Whether a write may have taken effect although the call failed: it reached the server and no
 * answer proves it was refused (a reset, a timeout, a 5xx, a 2xx that could not be read). Never
 * for a read, never for a refused connection or a 4xx.
 */
export function mayHaveTakenEffect(op: RetryTraits, outcome: Outcome): boolean {
  if (op.readOnly) return false;
  switch (outcome.kind) {
    case "refused":
      return false;
    case "lost":
    case "unreadable":
      return true;
    case "status":
      return outcome.status >= 500;
  }
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
