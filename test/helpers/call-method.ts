// An SDK method called by its table name, as a user calls it: its arguments made, in the order
// the generator gives them (the spec's `x-sdk-args`, else path parameters then input), from an
// operation's parts. Tests that call every method use it, so that an operation added to the spec
// is called too, with no line here.
import type { OperationName } from "../../generated/operations.js";
import { tableFromSpec } from "../../scripts/operations-from-spec.js";
import type { AlloClient, RequestOptions } from "../../src/index.js";
import { spec } from "./spec.js";

/** Each method's arguments, before its per-call options, as generated/client.ts declares them. */
const signatures = new Map(tableFromSpec(spec).map((entry) => [entry.name, entry.args]));

/** An operation's input by part: path parameters, query, body. */
export interface OperationParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/** The arguments of the method of `name`, before its per-call options. */
export function argumentsOf(name: OperationName, parts: OperationParts): unknown[] {
  const args = signatures.get(name);
  if (!args) throw new Error(`${name} is not a method of the spec`);
  const own = new Set<string>(args.flatMap((arg) => (arg.kind === "field" ? [arg.field] : [])));
  const body = (parts.body ?? {}) as Record<string, unknown>;
  return args.map((arg) => {
    if (arg.kind === "path") return parts.path[arg.param];
    if (arg.kind === "field") return body[arg.field];
    if (arg.in === "query") return parts.query;
    // The body less the fields given on their own.
    return own.size ? Object.fromEntries(Object.entries(body).filter(([field]) => !own.has(field))) : parts.body;
  });
}

/** Calls `allo.<name>(...)` with the arguments `parts` make, and `options` last. */
export function callMethod(allo: AlloClient, name: OperationName, parts: OperationParts, options?: RequestOptions): Promise<unknown> {
  const path = name.split(".");
  const word = path.pop()!;
  const owner = path.reduce<Record<string, unknown>>(
    (at, key) => at[key] as Record<string, unknown>,
    allo as unknown as Record<string, unknown>,
  );
  const method = owner[word] as (...args: unknown[]) => Promise<unknown>;
  return method.call(owner, ...argumentsOf(name, parts), options);
}
