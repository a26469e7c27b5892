// Casing and envelope: whatever revision of Allo's v1 docs a delivery follows, handlers get one
// shape; v2 deliveries keep their keys as sent (custom contact properties are the user's own names).
// Runs on untrusted JSON, so it also drops prototype-polluting keys and bounds the nesting depth,
// and every step is linear in the size of the body.
import { WebhookError } from "./errors.js";
import { isV1Topic, isV2Topic } from "./topics.js";

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
      out += `${key.slice(from, i)}_`;
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

/** Options of {@link normaliseKeys}. */
export interface NormaliseOptions {
  /**
   * Turn camelCase keys into snake_case (v1 deliveries); false keeps keys as sent (v2).
   * @default true
   */
  snakeCase?: boolean;
}

function copy(value: unknown, depth: number, snake: boolean): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) throw tooDeep();
  if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1, snake));
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const target = snake ? snakeCase(key) : key;
    if (FORBIDDEN_KEYS.has(key) || FORBIDDEN_KEYS.has(target)) continue;
    if (target !== key && Object.hasOwn(out, target)) continue;
    out[target] = copy(source[key], depth + 1, snake);
  }
  return out;
}

/**
 * A copy of a JSON value with `__proto__` / `constructor` / `prototype` keys dropped, unknown keys
 * kept, values untouched, and (by default) every object key in snake_case; when both spellings of
 * a key are present, the snake_case one wins. Throws INVALID_PAYLOAD past {@link MAX_DEPTH}.
 */
export function normaliseKeys(value: unknown, { snakeCase: snake = true }: NormaliseOptions = {}): unknown {
  return copy(value, 0, snake);
}

/** The parts of a delivery, whichever envelope it came in; not validated yet. */
export interface Envelope {
  /** The topic as sent. */
  topic: string;
  /** A v2 delivery: a v2 topic, or a topic this SDK does not know that came with a `version`. */
  v2: boolean;
  /** The payload: v1's `data` (or the older `body`) in snake_case, v2's `data` as sent. Undefined when absent. */
  data: unknown;
  /** The envelope's `version` and `timestamp` as sent, for the schema to check. */
  version: unknown;
  timestamp: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Reads `{ topic, data }` (v1), `{ topic, body }` (an older v1 revision) and
 * `{ topic, version, timestamp, data }` (v2) from parsed JSON. Throws INVALID_PAYLOAD when the
 * body is not an object with a non-empty string `topic`.
 */
export function readEnvelope(parsed: unknown): Envelope {
  if (!isObject(parsed)) throw new WebhookError("INVALID_PAYLOAD", "the body must be a JSON object");
  // The envelope's own keys in snake_case (v1 revisions wrote `Data`), their values left for later.
  const root: Record<string, unknown> = {};
  for (const key of Object.keys(parsed)) {
    const target = snakeCase(key);
    if (FORBIDDEN_KEYS.has(key) || FORBIDDEN_KEYS.has(target)) continue;
    if (target === key || !Object.hasOwn(root, target)) root[target] = parsed[key];
  }
  const { topic, version, timestamp } = root;
  if (typeof topic !== "string" || topic === "") {
    throw new WebhookError("INVALID_PAYLOAD", "topic must be a non-empty string", [
      { field: "topic", message: "must be a non-empty string" },
    ]);
  }
  const v2 = isV2Topic(topic) || (!isV1Topic(topic) && version !== undefined);
  const raw = Object.hasOwn(root, "data") || v2 ? root.data : root.body;
  return { topic, v2, data: copy(raw, 1, !v2), version, timestamp };
}
