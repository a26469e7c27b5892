// The operations a proxy can forward are the generated operation table (generated/operations.ts),
// read as it is: no list of operations is kept here, so every operation of the spec, v1 and v2,
// can be allowed by its SDK method name as soon as `npm run generate` has run.
import { operations, type OperationEntry, type OperationName } from "../../generated/operations.js";
import { AlloValidationError, type AlloValidationIssue } from "../errors/index.js";
import { check, type Validator } from "../validate.js";

/**
 * An operation a proxy may forward, named as the SDK method that calls it: `numbers.list`,
 * `sms.send`, `conversations.items.search`, `crm.deals.update`... The iterators (`searchAll`,
 * `listAll`, `getAll`, `conversationAll`) call their one-page method (`search`, `list`, ...), and
 * `batchGet` calls `conversations.items.batchGet` once per 100 ids.
 */
export type AlloOperation = OperationName;

/** The generated table, by SDK method name. */
export const OPERATIONS: Readonly<Record<AlloOperation, OperationEntry>> = operations;

/** Whether `name` is an operation of the table (a name typed from JavaScript may be anything). */
export function isOperation(name: unknown): name is AlloOperation {
  return typeof name === "string" && Object.hasOwn(OPERATIONS, name);
}

/**
 * Of the operations sharing a method and path (`sms.send`, `sms.sendFrance` on `POST /v1/api/sms`),
 * the one whose body validator accepts the body, else the one it comes closest to (for its errors).
 */
export function writtenFor(candidates: readonly AlloOperation[], body: unknown): AlloOperation {
  if (candidates.length === 1) return candidates[0]!;
  let best = candidates[0]!;
  let fewest = Infinity;
  for (const name of candidates) {
    const result = OPERATIONS[name].validate.body?.safeParse(body);
    const issues = result === undefined || result.success ? 0 : (result.error?.issues.length ?? 1);
    if (issues < fewest) [best, fewest] = [name, issues];
  }
  return best;
}

/** The validator's refusals as issues naming each field, or null when it accepts. */
export function issuesOf(name: string, validator: Validator, value: unknown): AlloValidationIssue[] | null {
  try {
    check(name, validator, value);
    return null;
  } catch (error) {
    if (error instanceof AlloValidationError) return error.issues;
    throw error;
  }
}
