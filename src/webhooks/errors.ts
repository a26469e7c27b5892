import { AlloError, type AlloValidationIssue } from "../errors/index.js";

/**
 * Why a delivery was refused, each with the HTTP status the adapters answer:
 * `PAYLOAD_TOO_LARGE` 413, `INVALID_JSON` 400, `INVALID_PAYLOAD` 400, `NUMBER_NOT_ALLOWED` 403,
 * `INVALID_SIGNATURE` 401 (v2, with a `signingSecret`), and `RAW_BODY_REQUIRED` 500 (a body parser
 * consumed the body before the receiver could check its signature: a setup error, so Allo retries).
 */
export type WebhookErrorCode =
  | "PAYLOAD_TOO_LARGE"
  | "INVALID_JSON"
  | "INVALID_PAYLOAD"
  | "NUMBER_NOT_ALLOWED"
  | "INVALID_SIGNATURE"
  | "RAW_BODY_REQUIRED";

const STATUS: Readonly<Record<WebhookErrorCode, number>> = {
  PAYLOAD_TOO_LARGE: 413,
  INVALID_JSON: 400,
  INVALID_PAYLOAD: 400,
  NUMBER_NOT_ALLOWED: 403,
  INVALID_SIGNATURE: 401,
  RAW_BODY_REQUIRED: 500,
};

/**
 * A delivery the receiver refused. `code` says why and `status` is the HTTP status to answer. The
 * message names fields, never their values: no raw body, no signing secret.
 *
 * @example
 * try { await receiver.handle(body); } catch (e) {
 *   if (e instanceof WebhookError) return new Response(null, { status: e.status });
 *   throw e; // a handler failed: answer 5xx so Allo delivers again
 * }
 */
export class WebhookError extends AlloError {
  override name = "WebhookError";
  /** Why the delivery was refused. */
  readonly code: WebhookErrorCode;
  /** The HTTP status that says so: 413, 400, 403, 401, or 500 for `RAW_BODY_REQUIRED`. */
  readonly status: number;
  /** For `INVALID_PAYLOAD`: every refused field (`data.to`, ...); empty otherwise. */
  readonly issues: readonly AlloValidationIssue[];
  /** The delivery's topic when it was read before the refusal (not for 413, 401 or INVALID_JSON); null otherwise. */
  readonly topic: string | null;

  constructor(code: WebhookErrorCode, reason: string, issues: readonly AlloValidationIssue[] = [], topic: string | null = null) {
    super(`${code}: ${reason}`);
    this.code = code;
    this.status = STATUS[code];
    this.issues = issues;
    this.topic = topic;
  }
}
