import { AlloError, type RequestFailure } from "./allo-error.js";
import { finish } from "./api-error.js";

/**
 * The request never got a complete answer: connection refused or reset, DNS failure, a body cut
 * short, or a body that is not the JSON it should be. `cause` holds the underlying error (never
 * one that quotes the API key).
 */
export class AlloNetworkError extends AlloError {
  override name = "AlloNetworkError";
  readonly method: string;
  readonly path: string;
  /** The request id sent; quote it to Allo support. */
  readonly requestId: string | null;
  /** Attempts made, retries included. */
  readonly attempts: number;
  /** True when a write may have taken effect (a reset after sending, say): check before sending it again. */
  readonly maybeProcessed: boolean;

  constructor(failure: RequestFailure & { reason: string }, options?: { cause?: unknown }) {
    super(finish([`${failure.method} ${failure.path}: ${failure.reason}`], failure), options);
    this.method = failure.method;
    this.path = failure.path;
    this.requestId = failure.requestId;
    this.attempts = failure.attempts;
    this.maybeProcessed = failure.maybeProcessed;
  }
}
