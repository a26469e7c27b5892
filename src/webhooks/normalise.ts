// Casing and envelope: whatever revision of Allo's docs a delivery follows, handlers get one shape.
// Runs on untrusted JSON, so it also drops prototype-polluting keys and bounds the nesting depth,
// and every step is linear in the size of the body.
import { WebhookError } from "./errors.js";

/** Deeper than any payload Allo documents (envelope, data, transcriptions, line is 4). */
export const MAX_DEPTH = 32;

// JSON.parse makes "__proto__" an own key; copied by assignment it would replace the copy's
// prototype. "constructor" and "prototype" are the other two keys merge-style code trips on.
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const isUpper = (c: number) => c >= 65 && c <= 90; // A-Z
const isLower = (c: number) => c >= 97 && c <= 122; // a-z
const isDigit = (c: number) => c >= 48 && c <= 57; // 0-9

/**
 * `fromNumber` → `from_number`, `recordingURL` → `recording_url`, `URLValue` → `url_value`;
 * snake_case keys are left alone. An underscore goes before a capital that follows a lower-case
 * letter or a digit, and before the last capital of a run followed by a lower-case letter. One
 * pass over the key: the two regular expressions this replaces backtracked on runs of capitals,
 * which made a 64,000-capital key take seconds (quadratic).
 */
export function snakeCase(key: string): string {
  let out = "";
  let from = 0;
  let upper = key.length > 0 && isUpper(key.charCodeAt(0));
  for (let i = 1; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!isUpper(c)) continue;
    upper = true;
    const before = key.charCodeAt(i - 1);
    const endsRun = isUpper(before) && i + 1 < key.length && isLower(key.charCodeAt(i + 1));
    if (isLower(before) || isDigit(before) || endsRun) {
      out += key.slice(from, i) + "_";
      from = i;
    }
  }
  // Without an A-Z capital the key is left as it is, other scripts' capitals included.
  if (!upper) return key;
  return (out + key.slice(from)).toLowerCase();
}

function tooDeep(): WebhookError {
  return new WebhookError("INVALID_PAYLOAD", `the body is nested deeper than ${MAX_DEPTH} levels`);
}

/**
 * A copy of a JSON value with every object key in snake_case, values untouched, unknown keys kept,
 * `__proto__` / `constructor` / `prototype` dropped. When both spellings of a key are present, the
 * snake_case one wins. Throws INVALID_PAYLOAD past {@link MAX_DEPTH}.
 */
export function normaliseKeys(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) throw tooDeep();
  if (Array.isArray(value)) return value.map((item) => normaliseKeys(item, depth + 1));
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const target = snakeCase(key);
    if (FORBIDDEN_KEYS.has(key) || FORBIDDEN_KEYS.has(target)) continue;
    if (target !== key && Object.hasOwn(out, target)) continue;
    out[target] = normaliseKeys(source[key], depth + 1);
  }
  return out;
}

/** The parts of a delivery, whichever envelope it came in. */
export interface Envelope {
  /** The topic as sent. */
  topic: string;
  /** `data`, or the older `body` when there is no `data`; keys in snake_case. Undefined when absent. */
  data: unknown;
  version: string | null;
  timestamp: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Reads `{ topic, data }` (v1), `{ topic, body }` (an older v1 revision) and
 * `{ topic, version, timestamp, data }` (v2) from parsed JSON. Throws INVALID_PAYLOAD when the
 * body is not an object with a non-empty string `topic`.
 */
export function readEnvelope(parsed: unknown): Envelope {
  const root = normaliseKeys(parsed);
  if (!isObject(root)) throw new WebhookError("INVALID_PAYLOAD", "the body must be a JSON object");
  const { topic, version, timestamp } = root;
  if (typeof topic !== "string" || topic === "") {
    throw new WebhookError("INVALID_PAYLOAD", "topic must be a non-empty string", [{ field: "topic", message: "must be a non-empty string" }]);
  }
  return {
    topic,
    data: Object.hasOwn(root, "data") ? root.data : root.body,
    version: typeof version === "string" ? version : null,
    timestamp: typeof timestamp === "string" || typeof timestamp === "number" ? String(timestamp) : null,
  };
}
