// Allo's `X-RateLimit-*` headers, read tolerantly: `Limit` (calls allowed per second for this kind
// of call), `Remaining` (calls left in the current window) and `Reset` (when the window resets:
// documented as a Unix timestamp in seconds; some code reads it as seconds to wait, so a small
// value is taken as that, and a value in milliseconds is recognised too).

/** What the headers of one answer say; null for what they do not say (or say unreadably). */
export interface RateHeaders {
  limit: number | null;
  remaining: number | null;
  /** Time until the window resets, in ms; null when absent, unreadable or already past. */
  resetInMs: number | null;
}

/** Anything with `get(name)`, as Headers has. */
export interface HeaderSource {
  get(name: string): string | null;
}

export function readRateHeaders(headers: HeaderSource, now: number = Date.now()): RateHeaders {
  return {
    limit: count(headers.get("x-ratelimit-limit"), 1),
    remaining: count(headers.get("x-ratelimit-remaining"), 0),
    resetInMs: resetIn(headers.get("x-ratelimit-reset"), now),
  };
}

function count(value: string | null, min: number): number | null {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return null;
  const n = Number(value);
  return n >= min ? n : null;
}

function resetIn(value: string | null, now: number): number | null {
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return null;
  const n = Number(value);
  // Milliseconds since 1970 (13 digits today), seconds since 1970 (10 digits), else seconds to wait.
  const at = n >= 1e11 ? n : n >= 1e8 ? n * 1000 : now + n * 1000;
  const ms = at - now;
  return ms > 0 ? ms : null;
}
