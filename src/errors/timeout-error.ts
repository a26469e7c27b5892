import { AlloError, type RequestFailure } from "./allo-error.js";
import { finish } from "./api-error.js";

/** A request took longer than its `timeout`, reading the body included. */
export class AlloTimeoutError extends AlloError {
  override name = "AlloTimeoutError";
  readonly method: string;
  readonly path: string;
  /** The timeout that elapsed, in ms. */
  readonly timeout: number;
  /** The request id sent; quote it to Allo support. */
  readonly requestId: string | null;
  /** Attempts made, retries included. */
  readonly attempts: number;
  /** True for a write: it may have taken effect before the time ran out. */
  readonly maybeProcessed: boolean;

  constructor(failure: RequestFailure & { timeout: number; waitingForTurn?: boolean }) {
    const parts = failure.waitingForTurn
      ? [
          `${failure.method} ${failure.path}: its turn at the rate limit would come after its ${failure.timeout} ms timeout, so nothing was sent`,
          "Send fewer calls at once, or raise `timeout` to let them queue.",
        ]
      : [`${failure.method} ${failure.path}: no complete answer within ${failure.timeout} ms`, "Raise `timeout` if the API is just slow."];
    super(finish(parts, failure));
    this.method = failure.method;
    this.path = failure.path;
    this.timeout = failure.timeout;
    this.requestId = failure.requestId;
    this.attempts = failure.attempts;
    this.maybeProcessed = failure.maybeProcessed;
  }
}
