import { AlloError, type RequestFailure } from "./allo-error.js";

/**
 * A request that was sent (or tried) and failed: what every such error carries, whatever the kind
 * of failure (an API answer, a timeout, the network). Catch this to handle them alike.
 *
 * @example
 * catch (e) { if (e instanceof AlloRequestError && e.maybeProcessed) await checkBeforeRetrying(e.requestId); }
 */
export class AlloRequestError extends AlloError {
  override name = "AlloRequestError";
  /** HTTP method of the failed request. */
  readonly method: string;
  /** Path of the failed request, without query string or host; a phone number in it is shown as its parameter (`/v2/api/conversations/{contact_number}/action`). */
  readonly path: string;
  /** The request id (Allo's, or the one the client sent): quote it to Allo support. */
  readonly requestId: string | null;
  /** Attempts made, retries included. */
  readonly attempts: number;
  /** True when a write may have taken effect (a 5xx, a timeout or a reset after sending): check before sending it again. */
  readonly maybeProcessed: boolean;

  constructor(failure: RequestFailure, parts: string[], options?: { cause?: unknown }) {
    super(finish(parts, failure), options);
    this.method = failure.method;
    this.path = failure.path;
    this.requestId = failure.requestId;
    this.attempts = failure.attempts;
    this.maybeProcessed = failure.maybeProcessed;
  }
}

/** The common end of every request error's message: processing, attempts, request id. */
function finish(parts: string[], failure: RequestFailure): string {
  if (failure.maybeProcessed) parts.push("The request may have been processed: check before sending it again.");
  if (failure.attempts > 1) parts.push(`${failure.attempts} attempts made.`);
  if (failure.requestId) parts.push(`Request id: ${failure.requestId}.`);
  return parts.map((p, i) => (i === 0 ? p.replace(/\.?$/, ".") : p)).join(" ");
}
