import type { AlloErrorDetail } from "../errors/index.js";

/**
 * Seconds to wait from a `Retry-After` header: delta-seconds (`"2"`) or an HTTP date. Null when
 * absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // An HTTP-date names its day and month ("Sat, 21 Nov 2026 12:00:30 GMT"); without letters,
  // Date.parse would read "-5" as the year -5.
  if (!/[a-z]{3}/i.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * Seconds to wait from a quota 429's details, where the API writes them as
 * `{ field: "DAILY", message: "limit=1000;type=DAILY;reset_in=3600" }`. Null when none says.
 */
export function parseResetIn(details: readonly AlloErrorDetail[]): number | null {
  for (const detail of details) {
    const match = /(?:^|;)\s*reset_in=(\d+)\s*(?:;|$)/.exec(String(detail?.message ?? ""));
    if (match) return Number(match[1]);
  }
  return null;
}
