import { AlloError, type AlloValidationIssue } from "../errors/index.js";

/**
 * Why a delivery was refused, each with the HTTP status the adapters answer:
 * `PAYLOAD_TOO_LARGE` 413, `INVALID_JSON` 400, `INVALID_PAYLOAD` 400, `NUMBER_NOT_ALLOWED` 403,
 * `INVALID_SIGNATURE` 401 (v2, with a `signingSecret`), `RAW_BODY_REQUIRED` 500 (a body parser
 * consumed the body before the receiver could check its signature: a setup error, so Allo retries),
 * and `DELIVERY_IN_FLIGHT` 503 with `Retry-After` (another copy of this delivery is still being
 * handled: whether it succeeds is not known yet, so this copy is neither acknowledged nor dropped).
 */
export type WebhookErrorCode =
  | "PAYLOAD_TOO_LARGE"
  | "INVALID_JSON"
  | "INVALID_PAYLOAD"
  | "NUMBER_NOT_ALLOWED"
  | "INVALID_SIGNATURE"
  | "RAW_BODY_REQUIRED"
  | "DELIVERY_IN_FLIGHT";

const STATUS: Readonly<Record<WebhookErrorCode, number>> = {
  PAYLOAD_TOO_LARGE: 413,
  INVALID_JSON: 400,
  INVALID_PAYLOAD: 400,
  NUMBER_NOT_ALLOWED: 403,
  INVALID_SIGNATURE: 401,
  RAW_BODY_REQUIRED: 500,
  // 503 rather than 409: it is the status HTTP defines for "not now, ask again after Retry-After",
  // and one that every sender retries, those that take a 4xx for a final answer included. Allo
  // retries any non-2xx.
  DELIVERY_IN_FLIGHT: 503,
};

/**
 * Seconds a copy refused with DELIVERY_IN_FLIGHT is told to wait: Allo gives a delivery 20 seconds
 * to be answered, so by then the first copy has succeeded (a retry is acknowledged) or failed (a
 * retry runs the handlers).
 */
const IN_FLIGHT_RETRY_AFTER_S = 20;

/**
 * A delivery the receiver refused. `code` says why and `status` is the HTTP status to answer. The
 * message names fields, never their values: no raw body, no signing secret.
 *
 * @example
 * try { await receiver.handle(body); } catch (e) {
 *   if (e instanceof WebhookError) return new Response(null, { status: e.status, headers: e.retryAfter ? { "retry-after": String(e.retryAfter) } : {} });
 *   throw e; // a handler failed: answer 5xx so Allo delivers again
 * }
 */
export class WebhookError extends AlloError {
  override name = "WebhookError";
  /** Why the delivery was refused. */
  readonly code: WebhookErrorCode;
  /** The HTTP status that says so: 413, 400, 403, 401, 500 for `RAW_BODY_REQUIRED`, 503 for `DELIVERY_IN_FLIGHT`. */
  readonly status: number;
  /** For `DELIVERY_IN_FLIGHT`: the seconds to wait before delivering again (the adapters' `Retry-After`); undefined otherwise. */
  readonly retryAfter: number | undefined;
  /** For `INVALID_PAYLOAD`: every refused field (`data.to`, ...); empty otherwise. */
  readonly issues: readonly AlloValidationIssue[];
  /** The delivery's topic when it was read before the refusal (not for 413, 401 or INVALID_JSON); null otherwise. */
  readonly topic: string | null;

  constructor(code: WebhookErrorCode, reason: string, issues: readonly AlloValidationIssue[] = [], topic: string | null = null) {
    super(`${code}: ${reason}`);
    this.code = code;
    this.status = STATUS[code];
    this.retryAfter = code === "DELIVERY_IN_FLIGHT" ? IN_FLIGHT_RETRY_AFTER_S : undefined;
    this.issues = issues;
    this.topic = topic;
  }
}
