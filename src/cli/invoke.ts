// An operation called by its table name with one flat input, as the CLI's flags and an MCP tool's
// arguments give it: the table says which fields go into the path, which into the query, and the
// rest is the body. What comes back is the API's answer as the spec documents it, `{ data, ... }`.
import { operations, type OperationEntry, type OperationName } from "../../generated/operations.js";
import type { Context } from "../context.js";
import { AlloValidationError } from "../errors/index.js";
import { callsPageFromWire } from "../normalise.js";
import type { PagingOptions, RequestOptions } from "../options.js";
import { paginate, paginateV2 } from "../pagination.js";
import { BATCH_SIZE, ConversationItemsResource } from "../resources/v2/conversations.js";

/** A flat input: path parameters, query parameters and body fields side by side. */
export type FlatInput = Record<string, unknown>;

/** The answer as the API sends it: `{ data }`, a page's `{ data, pagination, ... }`, or null for no content. */
export type Envelope = { data: unknown; [member: string]: unknown } | null;

/** The page size `--all` asks for unless told otherwise, as the client's `...All` methods do. */
export const ALL_PAGE_SIZE = 100;

/** Splits a flat input by the table; a field the operation does not take is refused, never sent. */
export function split(name: OperationName, input: FlatInput): { path: Record<string, string>; query: Record<string, unknown>; body: Record<string, unknown> | undefined } {
  const op: OperationEntry = operations[name];
  const path: Record<string, string> = {};
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    // Input parsed from JSON may carry it as an own key; assigned, it would change the object's prototype.
    if (field === "__proto__") throw new AlloValidationError(name, [{ field, message: "is not a known field" }]);
    if (op.pathParams.includes(field)) path[field] = value as string;
    else if (Object.hasOwn(op.query, field)) query[field] = value;
    else body[field] = value;
  }
  if (!op.validate.body) {
    const extra = Object.keys(body);
    if (extra.length) throw new AlloValidationError(name, extra.map((field) => ({ field, message: "is not a known field" })));
    return { path, query, body: undefined };
  }
  return { path, query, body };
}

/** Calls one operation; resolves to its answer as the API sent it. */
export async function invoke(ctx: Context, name: OperationName, input: FlatInput, options: RequestOptions = {}): Promise<Envelope> {
  const { path, query, body } = split(name, input);
  // More ids than one request takes: asked in batches, as the SDK method does, answered as one.
  if (name === "conversations.items.batchGet" && Array.isArray(body?.ids) && body.ids.length > BATCH_SIZE && Object.keys(body).length === 1) {
    const items = await new ConversationItemsResource(ctx).batchGet(body.ids as string[], query, options);
    return { data: items };
  }
  // An SMS's idempotencyKey is the client's own at-most-once key, as for the SDK method.
  const value = await ctx.call<unknown>(name, { path, query, body, atMostOnce: operations[name].atMostOnce }, options);
  return envelope(name, value);
}

/** The answer in the spec's shape again: the client hands back `data`, or a page as `{ results, ... }`. */
export function envelope(name: OperationName, value: unknown): Envelope {
  if (value === undefined) return null;
  if (operations[name].answer !== "page") return { data: value };
  const { results, ...rest } = value as { results: unknown[] };
  return { data: results, ...rest };
}

/** Whether `--all` can walk the operation: it answers a list page after page. */
export function walksPages(name: OperationName): boolean {
  const op = operations[name];
  return op.answer === "page" || op.pagination === "v1";
}

/**
 * Every item of every page, in order, as the client's `...All` methods walk them: the same stop
 * rules (`has_more`, `total_pages`, an empty page), the same pages fetched ahead (`concurrency`,
 * 4 unless told) and cancelled when the walk stops. `onPage` is told the pages and items read so
 * far after each page, for a progress line.
 */
export function allItems(
  ctx: Context,
  name: OperationName,
  input: FlatInput,
  options: PagingOptions = {},
  onPage: (pages: number, items: number) => void = () => {},
): AsyncGenerator<unknown, void, undefined> {
  if (!walksPages(name)) throw new AlloValidationError(name, [{ field: "--all", message: "is only for operations that answer a list page by page" }]);
  if (input.page !== undefined) throw new AlloValidationError(name, [{ field: "page", message: "is not taken with --all: it reads every page from the first" }]);
  const sized = { size: ALL_PAGE_SIZE, ...input };
  let pages = 0;
  let items = 0;
  const fetchPage = async (page: number, pageOptions: RequestOptions | undefined) => {
    const { path, query, body } = split(name, { ...sized, page });
    const answer = await ctx.call<{ results: unknown[] }>(name, { path, query, body }, pageOptions);
    items += Array.isArray(answer?.results) ? answer.results.length : 0;
    onPage(++pages, items);
    return answer;
  };
  if (operations[name].pagination === "v1") {
    // v1 answers `{ results, metadata }`; GET /calls has its metadata flat, which the client nests.
    return paginate((page, pageOptions) => fetchPage(page, pageOptions).then((answer) => callsPageFromWire(answer as Parameters<typeof callsPageFromWire>[0])), options, name);
  }
  return paginateV2(fetchPage, options, name);
}
