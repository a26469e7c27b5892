import type { RequestFailure } from "./allo-error.js";
import { AlloRequestError } from "./request-error.js";

/**
 * The request never got a complete answer: connection refused or reset, DNS failure, a body cut
 * short, or a body that is not the JSON it should be. `cause` holds the underlying error (never
 * one that quotes the API key).
 */
export class AlloNetworkError extends AlloRequestError {
  override name = "AlloNetworkError";

  constructor(failure: RequestFailure & { reason: string }, options?: { cause?: unknown }) {
    super(failure, [`${failure.method} ${failure.path}: ${failure.reason}`], options);
  }
}
