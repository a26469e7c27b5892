// The API key must never reach the caller through what an answer or the platform says: a gateway
// that echoes the key in an error, a Headers TypeError that quotes a bad header value.

export const REDACTED = "[redacted]";

/** The forms of a key worth looking for: as given, and without an `Api-Key ` prefix. */
export function secretsOf(apiKey: string): string[] {
  const bare = apiKey.replace(/^api-key\s+/i, "");
  // A key too short to be a key would redact ordinary words; keys are far longer than this.
  return [...new Set([apiKey, bare])].filter((s) => s.length >= 8);
}

/** `text` with every occurrence of the key replaced. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(REDACTED);
  return out;
}

/** A JSON value with the key redacted from every string in it (keys and values). */
export function redactDeep<T>(value: T, secrets: readonly string[], depth = 0): T {
  if (typeof value === "string") return redact(value, secrets) as T;
  if (value === null || typeof value !== "object" || depth > 32) return value;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[redact(k, secrets)] = redactDeep(v, secrets, depth + 1);
  return out as T;
}

/** Whether any text an error shows (message, stack, own string fields, causes) contains the key. */
function leaks(error: unknown, secrets: readonly string[], depth = 0): boolean {
  if (depth > 5 || error === null || error === undefined) return false;
  if (typeof error === "string") return secrets.some((s) => error.includes(s));
  if (typeof error !== "object") return false;
  for (const name of Object.getOwnPropertyNames(error)) {
    const v = (error as Record<string, unknown>)[name];
    if (typeof v === "string" && secrets.some((s) => v.includes(s))) return true;
    if (name === "cause" && leaks(v, secrets, depth + 1)) return true;
  }
  const { message, stack } = error as { message?: unknown; stack?: unknown };
  return [message, stack].some((v) => typeof v === "string" && secrets.some((s) => v.includes(s)));
}

/**
 * A platform error safe to attach as `cause`: itself when it shows nothing of the key, else a
 * plain Error with the same name, code and the message redacted (no stack, no nested cause).
 */
export function safeCause(error: unknown, secrets: readonly string[]): unknown {
  if (!leaks(error, secrets)) return error;
  const { name, message, code } = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown };
  const clean = new Error(redact(typeof message === "string" ? message : String(error), secrets));
  clean.name = typeof name === "string" ? name : "Error";
  clean.stack = `${clean.name}: ${clean.message}`;
  if (typeof code === "string") Object.defineProperty(clean, "code", { value: code, enumerable: true });
  return clean;
}
