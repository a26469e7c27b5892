import { AlloError } from "./allo-error.js";

/**
 * The request never got a complete answer: connection refused or reset, DNS failure, a body cut
 * short, or a body that is not the JSON it should be. `cause` holds the underlying error.
 */
export class AlloNetworkError extends AlloError {
  override name = "AlloNetworkError";
  readonly method: string;
  readonly path: string;

  constructor(method: string, path: string, reason: string, options?: { cause?: unknown }) {
    super(`${method} ${path}: ${reason}`, options);
    this.method = method;
    this.path = path;
  }
}
