// Casing and envelope: whatever revision of Allo's docs a delivery follows, handlers get one shape.
// Runs on untrusted JSON, so it also drops prototype-polluting keys and bounds the nesting depth.
import { WebhookError } from "./errors.js";

/** Deeper than any payload Allo documents (envelope, data, transcriptions, line is 4). */
export const MAX_DEPTH = 32;

// JSON.parse makes "__proto__" an own key; copied by assignment it would replace the copy's
// prototype. "constructor" and "prototype" are the other two keys merge-style code trips on.
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const UPPER = /[A-Z]/;

/** `fromNumber` → `from_number`, `recordingURL` → `recording_url`; snake_case keys are left alone. */
export function snakeCase(key: string): string {
  if (!UPPER.test(key)) return key;
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
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
