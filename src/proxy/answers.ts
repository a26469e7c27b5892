// What the proxy sends back to the browser: its own refusals in Allo's error envelope (so the
// browser's AlloClient turns them into an AlloApiError with that code), and Allo's answers with
// only the headers a browser needs and never the key.
import type { AlloValidationIssue } from "../errors/index.js";

/** The proxy's own error codes, beside Allo's. */
export type ProxyErrorCode =
  | "NOT_FOUND"
  | "OPERATION_NOT_ALLOWED"
  | "UNAUTHORIZED"
  | "INVALID_REQUEST_BODY"
  | "REQUEST_TOO_LARGE"
  | "UPSTREAM_UNREACHABLE"
  | "UPSTREAM_TIMEOUT"
  | "UPSTREAM_RESPONSE_TOO_LARGE"
  | "PROXY_ERROR";

/** Answers to a browser are per user: no shared cache may keep them. */
const PRIVATE = { "cache-control": "no-store" };

/** Allo's answer headers that the browser's client reads; everything else (cookies first) stays here. */
const FORWARDED = ["content-type", "retry-after", "x-request-id", "request-id", "x-correlation-id", "cf-ray"];

export function refuse(status: number, code: ProxyErrorCode, details: AlloValidationIssue[] | null = null): Response {
  return new Response(JSON.stringify({ code, details }), { status, headers: { ...PRIVATE, "content-type": "application/json" } });
}

/** Allo's answer as the browser gets it: same status and body, the key redacted wherever it appears. */
export function relay(upstream: Response, body: string, apiKey: string): Response {
  const headers = new Headers(PRIVATE);
  for (const name of FORWARDED) {
    const value = upstream.headers.get(name);
    if (value !== null && !value.includes(apiKey)) headers.set(name, value);
  }
  const empty = body.length === 0 || [204, 205, 304].includes(upstream.status);
  // Some APIs quote the key they were sent in an error message ("invalid key sk_..."); Allo's
  // answers pass through here, so the key is cut out whatever the upstream says.
  return new Response(empty ? null : body.replaceAll(apiKey, "[redacted]"), { status: upstream.status, headers });
}
