import { AlloError } from "./allo-error.js";

/** A request took longer than its `timeout`, reading the body included. */
export class AlloTimeoutError extends AlloError {
  override name = "AlloTimeoutError";
  readonly method: string;
  readonly path: string;
  /** The timeout that elapsed, in ms. */
  readonly timeout: number;

  constructor(method: string, path: string, timeout: number) {
    super(`${method} ${path}: no complete answer within ${timeout} ms`);
    this.method = method;
    this.path = path;
    this.timeout = timeout;
  }
}
