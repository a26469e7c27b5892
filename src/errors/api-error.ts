import type { components } from "../../generated/allo.js";
import { AlloError } from "./allo-error.js";

/** A machine-readable code from the API; known codes autocomplete, others pass through. */
export type AlloErrorCode = components["schemas"]["ErrorCode"] | `HTTP_${number}`;
/** One entry of an error's `details`. */
export type AlloErrorDetail = components["schemas"]["ErrorDetail"];

export interface AlloApiErrorInit {
  method: string;
  path: string;
  status: number;
  code: AlloErrorCode;
  details: AlloErrorDetail[];
  retryAfter: number | null;
  requestId: string | null;
}

/**
 * The API answered with an error status. `code` is the API's code, or `HTTP_<status>` when the
 * body had none (an HTML page from a proxy, say). Tell cases apart by `code`: the API answers
 * `400 CONTACT_NOT_FOUND` for a missing contact.
 *
 * @example
 * catch (e) { if (e instanceof AlloApiError && e.code === "INVALID_SENDER_ID") askSupport(); }
 */
export class AlloApiError extends AlloError {
  override name = "AlloApiError";
  /** HTTP method of the failed request. */
  readonly method: string;
  /** Path of the failed request, without query string or host. */
  readonly path: string;
  /** HTTP status. */
  readonly status: number;
  /** The API's error code, or `HTTP_<status>` when the body carried none. */
  readonly code: AlloErrorCode;
  /** Per-field details; empty when the API sent none. */
  readonly details: AlloErrorDetail[];
  /** Seconds to wait before retrying, from `Retry-After` or a 429's `reset_in`; null when not said. */
  readonly retryAfter: number | null;
  /** A request id from the response headers, for Allo support; null when none was sent. */
  readonly requestId: string | null;

  constructor(init: AlloApiErrorInit) {
    const wait = init.retryAfter === null ? "" : ` (retry after ${init.retryAfter} s)`;
    super(`${init.method} ${init.path}: ${init.status} ${init.code}${wait}`);
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.retryAfter = init.retryAfter;
    this.requestId = init.requestId;
  }
}
