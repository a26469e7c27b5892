// An operation called by its table name with one flat input, as the CLI's flags and an MCP tool's
// arguments give it: the table says which fields go into the path, which into the query, and the
// rest is the body. What comes back is the API's answer in the spec's shape, `{ data, ... }`.
import { operations, type OperationEntry, type OperationName } from "../../generated/operations.js";
import { queryParams } from "../../generated/query-params.js";
import { AlloValidationError } from "../errors/index.js";
import type { PagingOptions, RequestOptions } from "../options.js";
import type { Caller } from "./caller.js";
import { pagesOf } from "./pages.js";
import type { Input, PagedName } from "./types.js";

/** A flat input: path parameters, query parameters and body fields side by side. */
export type FlatInput = Record<string, unknown>;

/** The answer as the API sends it: `{ data }`, a page's `{ data, pagination, ... }`, or null for no content. */
export type Envelope = { data: unknown; [member: string]: unknown } | null;

/**
 * Splits a flat input by the table; a field the operation does not take is refused, never sent.
 * The parts are as untyped as the flags or arguments they came from: the call checks each against
 * the operation's schemas before anything is sent.
 */
export function split<N extends OperationName>(name: N, input: FlatInput): Input<N> {
  const op: OperationEntry = operations[name];
  const params = pathParamsOf(op);
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    // Input parsed from JSON may carry it as an own key; assigned, it would change the object's prototype.
    if (field === "__proto__") throw new AlloValidationError(name, [{ field, message: "is not a known field" }]);
    if (params.includes(field)) path[field] = value;
    else if (Object.hasOwn(queryParams[name], field)) query[field] = value;
    else body[field] = value;
  }
  if (!op.validate.body) {
    const extra = Object.keys(body);
    if (extra.length)
      throw new AlloValidationError(
        name,
        extra.map((field) => ({ field, message: "is not a known field" })),
      );
  }
  const parts: Record<string, unknown> = {};
  if (params.length) parts.path = path;
  if (Object.keys(queryParams[name]).length) parts.query = query;
  if (op.validate.body) parts.body = body;
  return parts as Input<N>;
}

/** The names of an operation's path parameters, in the order its path template gives them. */
export function pathParamsOf(op: OperationEntry): string[] {
  return Array.from(op.path.matchAll(/\{(\w+)\}/g), (match) => match[1]!);
}

/** Calls one operation; resolves to its answer in the spec's shape. */
export async function invoke(caller: Caller, name: OperationName, input: FlatInput, options: RequestOptions = {}): Promise<Envelope> {
  return envelope(name, await caller.call(name, split(name, input), options));
}

/** The answer in the spec's shape again: the client hands back `data`, or a page as `{ results, ... }`. */
export function envelope(name: OperationName, value: unknown): Envelope {
  if (value === undefined) return null;
  if (operations[name].answer !== "page") return { data: value };
  const { results, ...rest } = value as { results: unknown[] };
  return { data: results, ...rest };
}

/** Whether an operation answers a list page by page, so that `--all` can walk it. */
export function isPaged(name: OperationName): name is PagedName {
  const op = operations[name];
  return op.answer === "page" || op.pagination === "v1";
}

/**
 * Every item of every page, in order, as the client's `…All` methods walk them. `onPage` is told the
 * pages and items read so far after each page, for a progress line.
 */
export function allItems(
  caller: Caller,
  name: OperationName,
  input: FlatInput,
  options: PagingOptions = {},
  onPage?: (pages: number, items: number) => void,
): AsyncGenerator<unknown, void, undefined> {
  if (!isPaged(name))
    throw new AlloValidationError(name, [{ field: "--all", message: "is only for operations that answer a list page by page" }]);
  if (input.page !== undefined)
    throw new AlloValidationError(name, [{ field: "page", message: "is not taken with --all: it reads every page from the first" }]);
  return pagesOf(caller.call, name, split(name, input), options, onPage);
}
