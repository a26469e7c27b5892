// Which headers cross the proxy. To Allo: the key, and from the browser only the few headers the
// client sends on purpose, each checked. Back to the browser: only what its client reads.
import { headerLengths, type OperationEntry } from "../../generated/operations.js";
import type { AlloValidationIssue } from "../errors/index.js";
import { VERSION } from "../version.js";

/** The longest `X-Request-Id` Allo takes, as the spec says. */
export const MAX_REQUEST_ID = headerLengths["X-Request-Id"].max;
/** The longest `Idempotency-Key` Allo takes, as the spec says. */
export const MAX_IDEMPOTENCY_KEY = headerLengths["Idempotency-Key"].max;
/** `Prefer` selects a mock's example (Prism); Allo ignores it. Long enough for any Prism preference. */
const MAX_PREFER = 200;

/** Printable ASCII: what an id in a header can be, with no byte a server or a log could misread. */
const PRINTABLE = /^[\x20-\x7e]+$/;

/** The headers sent to Allo for one operation, or the issues that refuse the browser's. */
export function upstreamHeaders(
  request: Request,
  name: string,
  op: OperationEntry,
  apiKey: string,
): { headers: Headers; issues?: never } | { issues: AlloValidationIssue[]; headers?: never } {
  const issues: AlloValidationIssue[] = [];
  const headers = new Headers({ authorization: apiKey, accept: "application/json", "user-agent": `allo-client/${VERSION} (proxy)` });
  const pass = (header: string, max: number, unless?: string) => {
    const value = request.headers.get(header);
    if (value === null) return;
    if (unless !== undefined) issues.push({ field: header, message: unless });
    else if (value.length > max || !PRINTABLE.test(value))
      issues.push({ field: header, message: `must be 1 to ${max} printable ASCII characters` });
    else headers.set(header, value);
  };
  // The browser's client sends one id per call, the same on each retry: support quotes it.
  pass("x-request-id", MAX_REQUEST_ID);
  // Allo deduplicates a retried write by this key; sent where Allo takes none, it would promise
  // a safety that does not exist.
  pass(
    "idempotency-key",
    MAX_IDEMPOTENCY_KEY,
    op.idempotencyKey ? undefined : `is not taken by ${name}: Allo deduplicates only the operations that accept an Idempotency-Key`,
  );
  pass("prefer", MAX_PREFER);
  return issues.length > 0 ? { issues } : { headers };
}

/**
 * Whether a request's body is declared JSON. Requiring it keeps a cross-site HTML form (which can
 * post `text/plain` with the user's cookies, without a CORS preflight) from using the route.
 */
export function isJson(request: Request): boolean {
  const type = request.headers.get("content-type");
  return type !== null && /^application\/json\s*(;|$)/i.test(type.trim());
}

/** Allo's answer headers that the browser's client reads; everything else (cookies first) stays here. */
export const ANSWER_HEADERS = [
  "content-type",
  "retry-after",
  "x-request-id",
  "request-id",
  "x-correlation-id",
  "cf-ray",
  "x-ratelimit-limit",
  "x-ratelimit-remaining",
  "x-ratelimit-reset",
];
