// The API key must never reach the caller through what an answer or the platform says: a gateway
// that echoes the key in an error, a Headers TypeError that quotes a bad header value. What spells
// the key is defined once, in key-forms.ts.
import { type KeyForms, REDACTED } from "./key-forms.js";

export { keyForms, REDACTED, type KeyForms } from "./key-forms.js";

/** `text` with every form of the key replaced. */
export function redact(text: string, key: KeyForms): string {
  return key.cut(text);
}

/**
 * A JSON value with the key redacted from every string in it (keys and values), each string then
 * passed through `also` when given.
 */
export function redactDeep<T>(value: T, key: KeyForms, also: (text: string) => string = (text) => text, depth = 0): T {
  if (typeof value === "string") return also(key.cut(value)) as T;
  if (value === null || typeof value !== "object") return value;
  // Deeper than any answer nests, a value is not walked: it is kept only if it shows no key.
  if (depth > 32) return (showsNoKey(value, key) ? value : REDACTED) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, key, also, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[also(key.cut(k))] = redactDeep(v, key, also, depth + 1);
  return out as T;
}

function showsNoKey(value: unknown, key: KeyForms): boolean {
  try {
    return !key.carries(JSON.stringify(value));
  } catch {
    // Too deep to write out: too deep to look through.
    return false;
  }
}

/** A URL or a path, then its query string. */
const QUERY = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s?#"'<>]*|\/[^\s?#"'<>]*)\?[^\s"'<>]*/gi;

/** A query string on its own (`?allo_number=...`), after a space, a quote or a bracket or at the start. */
const BARE_QUERY = /(^|[\s("'[])\?[^\s"'<>?]*=[^\s"'<>]*/g;

/** Text with the query string of every URL in it cut off: queries carry phone numbers. */
export function withoutQuery(text: string): string {
  return text.replace(QUERY, "$1").replace(BARE_QUERY, "$1");
}

/** Whether a text shows what no error may: the key, or a query string. */
function unsafe(text: string, key: KeyForms): boolean {
  return key.carries(text) || withoutQuery(text) !== text;
}

/** Whether any text an error shows (message, stack, own string fields, causes) is unsafe. */
function leaks(error: unknown, key: KeyForms, depth = 0): boolean {
  if (depth > 5 || error === null || error === undefined) return false;
  if (typeof error === "string") return unsafe(error, key);
  if (typeof error !== "object") return false;
  for (const name of Object.getOwnPropertyNames(error)) {
    const v = (error as Record<string, unknown>)[name];
    if (typeof v === "string" && unsafe(v, key)) return true;
    if (name === "cause" && leaks(v, key, depth + 1)) return true;
  }
  const { message, stack } = error as { message?: unknown; stack?: unknown };
  return [message, stack].some((v) => typeof v === "string" && unsafe(v, key));
}

/**
 * A platform error safe to attach as `cause`: itself when it shows neither the key nor a query
 * string (a fetch of the caller's, node-fetch say, quotes the URL it failed on), else a plain
 * Error with the same name, code and the message without them (no stack, no nested cause).
 */
export function safeCause(error: unknown, key: KeyForms): unknown {
  if (!leaks(error, key)) return error;
  const { name, message, code } = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown };
  const clean = new Error(withoutQuery(key.cut(typeof message === "string" ? message : String(error))));
  clean.name = typeof name === "string" ? name : "Error";
  clean.stack = `${clean.name}: ${clean.message}`;
  if (typeof code === "string") Object.defineProperty(clean, "code", { value: code, enumerable: true });
  return clean;
}
