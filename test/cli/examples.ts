// What Prism answers for an operation: the first example of its first 2xx answer, read from the spec.
import { operations, type OperationName } from "../../generated/operations.js";
import { deref, responseExamples, spec } from "../helpers/spec.js";

/** The spec's operation behind an SDK method. */
export function specOperation(name: OperationName): Record<string, any> {
  const { method, path } = operations[name];
  return spec.paths[path][method.toLowerCase()];
}

/** The body Prism serves for the operation, or undefined when its 2xx answer has none. */
export function exampleAnswer(name: OperationName): Record<string, any> | undefined {
  const op = specOperation(name);
  const status = Object.keys(op.responses).find((s) => /^2\d\d$/.test(s))!;
  if (!deref(op.responses[status]).content) return undefined;
  return responseExamples(op, status)[0]![1] as Record<string, any>;
}
