import type { RequestFailure } from "./allo-error.js";
import { AlloRequestError } from "./request-error.js";

/** A request took longer than its `timeout`, reading the body included. */
export class AlloTimeoutError extends AlloRequestError {
  override name = "AlloTimeoutError";
  /** The timeout that elapsed, in ms. */
  readonly timeout: number;

  constructor(failure: RequestFailure & { timeout: number; waitingForTurn?: boolean }) {
    const parts = failure.waitingForTurn
      ? [
          `${failure.method} ${failure.path}: its turn at the rate limit would come after its ${failure.timeout} ms timeout, so nothing was sent`,
          "Send fewer calls at once, or raise `timeout` to let them queue.",
        ]
      : [`${failure.method} ${failure.path}: no complete answer within ${failure.timeout} ms`, "Raise `timeout` if the API is just slow."];
    super(failure, parts);
    this.timeout = failure.timeout;
  }
}
