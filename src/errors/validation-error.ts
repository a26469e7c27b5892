import { AlloError } from "./allo-error.js";

/** One refused field. */
export interface AlloValidationIssue {
  /** Dotted path of the field in the input, such as `to` or `numbers.0`. */
  field: string;
  /** Why it was refused, such as `must be at most 1000 characters`. */
  message: string;
}

/**
 * Input refused before any request was sent. `field` and `reason` name the first problem;
 * `issues` lists them all.
 *
 * @example
 * catch (e) { if (e instanceof AlloValidationError) form.setError(e.field, e.reason); }
 */
export class AlloValidationError extends AlloError {
  override name = "AlloValidationError";
  /** The method that refused the input, such as `sms.send`. */
  readonly operation: string;
  /** The first refused field. */
  readonly field: string;
  /** Why the first field was refused. */
  readonly reason: string;
  /** Every refused field. */
  readonly issues: AlloValidationIssue[];

  constructor(operation: string, issues: AlloValidationIssue[]) {
    const first = issues[0] ?? { field: "(input)", message: "is invalid" };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`${operation}: ${first.field} ${first.message}${more}`);
    this.operation = operation;
    this.field = first.field;
    this.reason = first.message;
    this.issues = issues;
  }
}
