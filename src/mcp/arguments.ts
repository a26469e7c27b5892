// What a tool takes besides its operation's input: `idempotency_key` on a write that can be done
// once per key (the client's at-most-once key for an SMS, Allo's Idempotency-Key elsewhere), and
// `fields` on a read, to keep only some fields of each record (a large answer made small enough
// to send). Neither reaches Allo as an input.
import { operations, type OperationEntry, type OperationName } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import { AlloValidationError } from "../errors/index.js";
import type { RequestOptions } from "../options.js";
import { checkFields, fieldPaths } from "../operations/record-fields.js";

export const IDEMPOTENCY_ARGUMENT = "idempotency_key";
export const FIELDS_ARGUMENT = "fields";

/** Whether a tool takes `idempotency_key`: Allo's own (an `Idempotency-Key`) or the client's (an SMS). */
export function takesIdempotencyKey(op: OperationEntry): boolean {
  return op.atMostOnce || op.idempotencyKey;
}

/**
 * Whether a tool takes `fields`: a read whose answer can be large, a list or a record that
 * `extend` can grow (a single plain record is small whatever it holds).
 */
export function takesFields(name: OperationName): boolean {
  const op: OperationEntry = operations[name];
  if (!op.readOnly) return false;
  const inputs = tools[name].inputSchema.properties;
  return op.answer === "page" || op.pagination !== null || Object.hasOwn(inputs, "extend") || Object.hasOwn(inputs, "ids");
}

/** The tool's own arguments, as members of its input schema. */
export function argumentSchemas(name: OperationName): Record<string, unknown> {
  const op: OperationEntry = operations[name];
  const out: Record<string, unknown> = {};
  // Described once, in the server's instructions: tools/list stays small.
  if (takesFields(name)) out[FIELDS_ARGUMENT] = { type: "array", items: { type: "string" } };
  if (takesIdempotencyKey(op)) {
    const description = op.atMostOnce
      ? "Always pass one, new for each message: a call retried with the same key and input sends nothing again and answers as the first did."
      : "Pass one to make a retry safe: Allo does the write once per key.";
    out[IDEMPOTENCY_ARGUMENT] = { type: "string", minLength: 1, maxLength: 255, description };
  }
  return out;
}

/** A call's arguments taken apart: the operation's input, the call's options, the fields to keep (for `pickRecords`). */
export function argumentsOf(
  name: OperationName,
  args: Record<string, unknown>,
): { input: Record<string, unknown>; options: RequestOptions; fields: string[][] | null } {
  const op: OperationEntry = operations[name];
  const input = { ...args };
  const options: RequestOptions = {};
  let fields: string[][] | null = null;
  // A tool that does not take them leaves them in the input, where they are refused as unknown.
  if (takesIdempotencyKey(op) && Object.hasOwn(input, IDEMPOTENCY_ARGUMENT)) {
    // Not a string, it is refused by the client's own check, under this argument's name.
    options.idempotencyKey = input[IDEMPOTENCY_ARGUMENT] as string;
    delete input[IDEMPOTENCY_ARGUMENT];
  }
  if (takesFields(name) && Object.hasOwn(input, FIELDS_ARGUMENT)) {
    const list = input[FIELDS_ARGUMENT];
    if (!Array.isArray(list) || !list.length || !list.every((f) => typeof f === "string" && f !== "")) {
      throw new AlloValidationError(name, [
        { field: FIELDS_ARGUMENT, message: 'must be a list of field names, such as ["id", "last_item.summary"]' },
      ]);
    }
    fields = fieldPaths(list.join(","));
    checkFields(name, fields, false, FIELDS_ARGUMENT);
    delete input[FIELDS_ARGUMENT];
  }
  return { input, options, fields };
}
