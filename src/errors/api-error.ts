import type { components } from "../../generated/allo.js";
import type { RequestFailure } from "./allo-error.js";
import { AlloRequestError } from "./request-error.js";

/** A machine-readable code from the API (v1 or v2); known codes autocomplete, others pass through. */
export type AlloErrorCode = components["schemas"]["ErrorCode"] | components["schemas"]["ErrorCodeV2"] | `HTTP_${number}`;
/**
 * One entry of an error's `details`: v1's `details` or v2's `errors`, usually `{ field, message }`.
 * Allo does not publish v2's shape, so other members pass through.
 */
export type AlloErrorDetail = { field?: string; message?: string; [member: string]: unknown };

export interface AlloApiErrorInit extends RequestFailure {
  status: number;
  code: AlloErrorCode;
  details: AlloErrorDetail[];
  retryAfter: number | null;
  serverMessage: string | null;
  type: string | null;
  retryable: boolean | null;
  docUrl: string | null;
  param: string | null;
  suggestion: string | null;
  /** The full URL without its query (its path as `path` shows it), for a 404 that is not Allo's (a wrong baseUrl). */
  url: string;
  /** What to do about `code`, from the spec (its `x-hint`), said when Allo's answer says nothing of it. */
  hint?: string | null;
}

/**
 * The API answered with an error status. `code` is the API's code (v1 `code` or v2 `error.code`),
 * or `HTTP_<status>` when the body had none (an HTML page from a proxy, say). Tell cases apart by
 * `code`: the API answers `400 CONTACT_NOT_FOUND` for a missing contact. The message says what
 * happened and, where Allo or the client knows, what to do.
 *
 * @example
 * catch (e) { if (e instanceof AlloApiError && e.code === "INVALID_SENDER_ID") askSupport(e.requestId); }
 */
export class AlloApiError extends AlloRequestError {
  override name = "AlloApiError";
  /** HTTP status. */
  readonly status: number;
  /** The API's error code, or `HTTP_<status>` when the body carried none. */
  readonly code: AlloErrorCode;
  /** The API's own explanation (v2 `error.message`, or a `message` of another shape); null when none. */
  readonly serverMessage: string | null;
  /** v2's category (`validation_error`, `rate_limit_error`, ...); null in v1. */
  readonly type: string | null;
  /** v2's `retryable`: whether the same request may succeed later; null when not said. */
  readonly retryable: boolean | null;
  /** A page of Allo's docs about this code (v2); null when not sent. */
  readonly docUrl: string | null;
  /** The parameter that caused the error (v2); null when not sent. */
  readonly param: string | null;
  /** What Allo suggests doing next (v2); null when not sent. */
  readonly suggestion: string | null;
  /** Per-field details (v1 `details`, v2 `errors`); empty when the API sent none. */
  readonly details: AlloErrorDetail[];
  /** Seconds to wait before retrying (`Retry-After`, v2 `retry_after_seconds`, or a v1 429's `reset_in`); null when not said. */
  readonly retryAfter: number | null;

  constructor(init: AlloApiErrorInit) {
    super(init, describe(init));
    this.status = init.status;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.type = init.type;
    this.retryable = init.retryable;
    this.docUrl = init.docUrl;
    this.param = init.param;
    this.suggestion = init.suggestion;
    this.details = init.details;
    this.retryAfter = init.retryAfter;
  }
}

/** The scope a 403 names: v1 puts `required=SCOPE` in `details`, v2 writes it in the message. */
export function missingScope(init: Pick<AlloApiErrorInit, "details" | "serverMessage">): string | null {
  for (const d of init.details) {
    const m = /required=([A-Z_]+)/.exec(String(d?.message ?? ""));
    if (m) return m[1]!;
  }
  return /\bscope ([A-Z][A-Z_]+)\b/.exec(init.serverMessage ?? "")?.[1] ?? null;
}

/** What to do, where the client knows better than a bare code. */
function hint(init: AlloApiErrorInit): string | null {
  if (init.suggestion) return init.suggestion;
  if (init.status === 401) {
    return "Check apiKey: it is the key from Allo's Settings > API, sent as is (no 'Bearer ' prefix); it may have been revoked.";
  }
  if (init.status === 403 && /SCOPE/.test(init.code)) {
    const scope = missingScope(init);
    return scope
      ? `The key lacks the ${scope} scope: add it to the key in Allo's Settings > API (allo.me() lists the key's scopes).`
      : "The key lacks the scope this operation needs: allo.me() lists the key's scopes.";
  }
  if (init.status === 404 && init.code === `HTTP_404`) {
    return `Nothing answers at ${init.url}: check baseUrl (the API's origin, https://api.withallo.com, or your mock's or proxy's).`;
  }
  return init.hint ?? null;
}

function describe(init: AlloApiErrorInit): string[] {
  const parts = [`${init.method} ${init.path}: ${init.status} ${init.code}`];
  if (init.serverMessage) parts[0] += `: ${init.serverMessage.replace(/\.?\s*$/, "")}`;
  const scope = init.status === 403 && /SCOPE/.test(init.code) ? missingScope(init) : null;
  if (scope && !parts[0]!.includes(scope)) parts[0] += ` (needs ${scope})`;
  const what = hint(init);
  if (what) parts.push(what);
  if (init.retryAfter !== null) parts.push(`Retry after ${init.retryAfter} s.`);
  return parts;
}
