// What the proxy answers itself, rather than Allo: a refusal of the browser's request, or a failure
// to reach Allo. Each is an AlloProxyError, told to `onError` before it is answered.
import { AlloError, type AlloValidationIssue } from "../errors/index.js";
import { shownPath } from "../http/shown-path.js";

/** The proxy's own error codes, beside Allo's. */
export type ProxyErrorCode =
  | "NOT_FOUND"
  | "OPERATION_NOT_ALLOWED"
  | "UNAUTHORIZED"
  | "INVALID_PATH_PARAMETER"
  | "INVALID_QUERY_PARAMETER"
  | "INVALID_HEADER"
  | "INVALID_REQUEST_BODY"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "REQUEST_TOO_LARGE"
  | "UPSTREAM_UNREACHABLE"
  | "UPSTREAM_TIMEOUT"
  | "UPSTREAM_RESPONSE_TOO_LARGE"
  | "PROXY_ERROR";

/** What the browser is told for each code (never the cause of a 500: that stays on the server). */
const MESSAGES: Record<ProxyErrorCode, string> = {
  NOT_FOUND: "not an Allo operation under this route: check the client's baseUrl",
  OPERATION_NOT_ALLOWED: "this operation is not in the proxy's allow list",
  UNAUTHORIZED: "the app did not authorize this request: sign in again",
  INVALID_PATH_PARAMETER: "a path parameter is invalid: see details",
  INVALID_QUERY_PARAMETER: "a query parameter is invalid: see details",
  INVALID_HEADER: "a header is invalid: see details",
  INVALID_REQUEST_BODY: "the request body is invalid: see details",
  UNSUPPORTED_MEDIA_TYPE: "the body must be sent as content-type: application/json",
  REQUEST_TOO_LARGE: "the request body is too large",
  UPSTREAM_UNREACHABLE: "Allo could not be reached: try again shortly",
  UPSTREAM_TIMEOUT: "Allo did not answer in time: a write may still have been done, check before sending it again",
  UPSTREAM_RESPONSE_TOO_LARGE: "Allo's answer was larger than the proxy reads",
  PROXY_ERROR: "the proxy failed: its server's log says why",
};

/**
 * A request the proxy answered itself: refused (4xx) or unable to reach Allo (5xx). `onError`
 * receives it; the browser gets `{ code, message, details }` with the same status.
 *
 * @example
 * createAlloProxy({ ..., onError: (e) => log.warn({ code: e.code, operation: e.operation, status: e.status }) });
 */
export class AlloProxyError extends AlloError {
  override name = "AlloProxyError";
  /** The status the browser gets. */
  readonly status: number;
  readonly code: ProxyErrorCode;
  /** The SDK method name, once the route named one (`sms.send`); null for an unknown route. */
  readonly operation: string | null;
  readonly method: string;
  /** The operation's path template (`/v1/api/contact/{contact_id}`), or the path asked for when no route matched (a phone number in it shown as `{number}`); never a query. */
  readonly path: string;
  /** The refused fields, for the 400s. */
  readonly details: AlloValidationIssue[] | null;

  constructor(init: {
    status: number;
    code: ProxyErrorCode;
    operation: string | null;
    method: string;
    path: string;
    details?: AlloValidationIssue[] | null;
    cause?: unknown;
  }) {
    const first = init.details?.[0];
    const why = first ? `${first.field} ${first.message}` : MESSAGES[init.code];
    const path = shownPath(init.path);
    super(`${init.method} ${path}: ${init.status} ${init.code}: ${why}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.operation = init.operation;
    this.method = init.method;
    this.path = path;
    this.details = init.details ?? null;
  }

  /** The body the browser gets: v1's error shape, which the browser's client reads for v1 and v2 operations alike. */
  toBody(): { code: ProxyErrorCode; message: string; details: AlloValidationIssue[] | null } {
    return { code: this.code, message: MESSAGES[this.code], details: this.details };
  }
}

/** Where errors go without `onError`: a 5xx is the server's problem and is logged; a 4xx is the browser's, and is not. */
export function logServerErrors(error: AlloProxyError): void {
  if (error.status >= 500) console.error(`allo-client/proxy: ${error.message}`, error.cause ?? "");
}
