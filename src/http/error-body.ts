// An error answer's body, whatever its shape: v1 `{ code, details }`, v2 `{ error: { type, code,
// message, ... } }`, or what a gateway or an older revision sends (`{ error: "CODE" }`,
// `{ message }`). A code that was sent is never lost to `HTTP_<status>`.
import type { AlloErrorDetail } from "../errors/index.js";

export interface ErrorBody {
  code: string | null;
  message: string | null;
  type: string | null;
  retryable: boolean | null;
  requestId: string | null;
  docUrl: string | null;
  param: string | null;
  suggestion: string | null;
  details: AlloErrorDetail[];
  retryAfterSeconds: number | null;
}

const EMPTY: ErrorBody = {
  code: null,
  message: null,
  type: null,
  retryable: null,
  requestId: null,
  docUrl: null,
  param: null,
  suggestion: null,
  details: [],
  retryAfterSeconds: null,
};

const CODE = /^[A-Z][A-Z0-9_]*$/;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

function detailsOf(value: unknown): AlloErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((d): AlloErrorDetail | null => {
      if (isObject(d)) return d as AlloErrorDetail;
      if (typeof d === "string") return { message: d };
      return null;
    })
    .filter((d): d is AlloErrorDetail => d !== null);
}

/** Reads an error body; anything unreadable (HTML, empty, not an object) gives no fields. */
export function parseErrorBody(raw: string): ErrorBody {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return EMPTY;
  }
  if (!isObject(body)) return EMPTY;
  // v2 nests everything under `error`; other shapes put it at the top. A string `error` is a code
  // when it looks like one (`{ "error": "NOT_FOUND" }`), else a message (`{ "error": "Not Found" }`).
  const nested = isObject(body.error) ? body.error : null;
  const top = body;
  const from = nested ?? top;
  let code = text(from.code) ?? (nested ? text(top.code) : null);
  let message = text(from.message) ?? (nested ? text(top.message) : null);
  const flat = text(top.error);
  if (flat !== null) {
    if (CODE.test(flat)) code ??= flat;
    else message ??= flat;
  }
  const seconds = from.retry_after_seconds;
  return {
    code,
    message,
    type: text(from.type),
    retryable: typeof from.retryable === "boolean" ? from.retryable : null,
    requestId: text(from.request_id) ?? text(top.request_id),
    docUrl: text(from.doc_url),
    param: text(from.param),
    suggestion: text(from.suggestion),
    details: detailsOf(from.errors ?? from.details ?? top.details),
    retryAfterSeconds: typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : null,
  };
}
