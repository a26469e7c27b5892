// The operations a proxy can forward are the generated operation table (generated/operations.ts),
// read as it is: no list of operations is kept here, so every operation of the spec, v1 and v2,
// can be allowed by its SDK method name as soon as `npm run generate` has run.
import { operations, type OperationEntry, type OperationName } from "../../generated/operations.js";

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
