import { AlloError } from "./allo-error.js";

/** One place where an answer differs from the spec, and the rule it breaks; never the value found there. */
export interface AlloAnswerIssue {
  /** Where in the answer's body: `data.start_date`, `pagination.has_more`; `[*]` stands for any item of a list (`data[*].length_in_minutes`). */
  location: string;
  /** The rule broken: `required`, `type: expected number`, `format: must be an ISO 8601 date-time, ...`, `enum: expected one of ...`. */
  rule: string;
}

export interface AlloAnswerErrorInit {
  operation: string;
  requestId: string;
  /** The answer's (successful) HTTP status. */
  status: number;
  /** Whether the operation changes something (a write), which was done. */
  write: boolean;
  issues: AlloAnswerIssue[];
}

/**
 * With `validateAnswers: "throw"`: the call succeeded, but its answer is not what the spec documents
 * (a wrong type, a missing required field, a broken format). Unknown fields and enum values never
 * cause it. The call was done, a write included; the error carries where and which rule, never the
 * answer itself (answers hold phone numbers and names).
 *
 * @example
 * catch (e) { if (e instanceof AlloAnswerError) report(e.operation, e.location, e.rule, e.requestId); }
 */
export class AlloAnswerError extends AlloError {
  override name = "AlloAnswerError";
  /** The method called, such as `calls.search`. */
  readonly operation: string;
  /** Where the first difference is. */
  readonly location: string;
  /** The rule the first difference breaks. */
  readonly rule: string;
  /** The request id (Allo's, or the one the client sent): quote it to Allo support. */
  readonly requestId: string;
  /** The answer's HTTP status: a success. */
  readonly status: number;
  /** Every difference in this answer. */
  readonly issues: AlloAnswerIssue[];

  constructor(init: AlloAnswerErrorInit) {
    const first = init.issues[0] ?? { location: "(body)", rule: "differs from the spec" };
    const more = init.issues.length > 1 ? ` (and ${init.issues.length - 1} more)` : "";
    super(
      [
        `${init.operation}: the answer differs from the spec at ${first.location} (${first.rule})${more}.`,
        `The call itself succeeded (${init.status})${init.write ? ": what it changes was changed" : ""}; validateAnswers: "throw" refuses the answer.`,
        `Use validateAnswers: "warn" to get such answers and a warning instead. Request id: ${init.requestId}.`,
      ].join(" "),
    );
    this.operation = init.operation;
    this.location = first.location;
    this.rule = first.rule;
    this.requestId = init.requestId;
    this.status = init.status;
    this.issues = init.issues;
  }
}
