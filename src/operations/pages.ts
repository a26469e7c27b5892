// The `…All` iterators and the CLI's `--all`: every item of every page of a paged operation, in
// order, the table saying where `page` goes and where pages start (v1: 0, in the query; v2: 1, in
// the query of a GET or the body of a search). Once the first page says how many there are
// (`total_pages`), up to `concurrency` pages are fetched at once, ahead of the one being read, and
// yielded in order: never more than `concurrency` pages in memory, never a page asked twice or past
// the end. Without a total, pages are fetched one after the other until an empty one (or v2's
// `has_more: false`). Every page is an ordinary call, so each waits its turn at the rate gate. When
// the caller stops (a `break`, an error), the pages fetched ahead are cancelled.
import { operations, type OperationEntry, type OperationName } from "../../generated/operations.js";
import { AlloValidationError } from "../errors/index.js";
import { onAbort } from "../http/on-abort.js";
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY, type PagingOptions, type RequestOptions } from "../options.js";
import { check, refuseKey } from "../validate.js";
import type { Input, Item, PagedName } from "./types.js";

/** The page size an `…All` asks for unless given one. */
export const ALL_PAGE_SIZE = 100;

/** Fetches one page of an operation: the caller's call. */
export type PageCall = <N extends PagedName>(name: N, input: Input<N>, options: RequestOptions | undefined) => PromiseLike<unknown>;

/** What the walk reads of a page: its items, the number of the last page, whether more follow. */
interface PageView {
  items: unknown;
  /** The last page's number, when the page says it. */
  last: number | null;
  /** v2's `has_more`, when said. */
  more: boolean | null;
}

/**
 * Every item of every page of `name`, fetched with `call`. The input is checked at once (with the
 * page size it will be asked with), so a bad one throws here rather than at the first iteration.
 * `onPage` is told the pages and items read so far after each page (the CLI's progress line).
 */
export function pagesOf<N extends PagedName>(
  call: PageCall,
  name: N,
  input: Input<N>,
  options: PagingOptions | undefined,
  onPage?: (pages: number, items: number) => void,
): AsyncGenerator<Item<N>, void, undefined> {
  const op: OperationEntry = operations[name as OperationName];
  const where = op.pagination === "body" ? "body" : "query";
  const method = `${name}All`;
  const parts = input as Record<string, unknown>;
  const given = parts[where];
  const first = op.pagination === "v1" ? 0 : 1;
  refuseKey(method, given, "page", `is not taken: ${method} starts at page ${first} and reads them all`);
  const sized = { size: ALL_PAGE_SIZE, ...(given as object | undefined) };
  if (op.validate.path) check(method, op.validate.path, parts.path ?? {});
  const schema = op.validate[where];
  if (schema) check(method, schema, sized);
  const concurrency = concurrencyOf(method, options);
  let pages = 0;
  let items = 0;
  const fetchPage = async (page: number, pageOptions: RequestOptions | undefined) => {
    // The operation's own input, `page` (and `size`) set where the table says they go.
    const answer = await call(name, { ...parts, [where]: { ...sized, page } } as Input<N>, pageOptions);
    const view = viewOf(op.pagination === "v1", answer);
    items += Array.isArray(view.items) ? view.items.length : 0;
    onPage?.(++pages, items);
    return view;
  };
  return walk<Item<N>>(first, fetchPage, options, concurrency);
}

/**
 * v1 pages say `metadata.pagination.total_pages` (GET /calls says `metadata.total_pages`, flat);
 * v2 pages `pagination.{ total_pages, has_more }`.
 */
function viewOf(v1: boolean, answer: unknown): PageView {
  type V1Metadata = { total_pages?: unknown; pagination?: { total_pages?: unknown } };
  const page = (answer ?? {}) as { results?: unknown; metadata?: V1Metadata; pagination?: { total_pages?: unknown; has_more?: unknown } };
  if (v1) {
    const total = page.metadata?.pagination?.total_pages ?? page.metadata?.total_pages;
    return { items: page.results, last: typeof total === "number" ? total - 1 : null, more: null };
  }
  const { total_pages, has_more } = page.pagination ?? {};
  return {
    items: page.results,
    last: typeof total_pages === "number" ? total_pages : null,
    more: typeof has_more === "boolean" ? has_more : null,
  };
}

async function* walk<T>(
  first: number,
  fetchPage: (page: number, options: RequestOptions | undefined) => Promise<PageView>,
  options: PagingOptions | undefined,
  concurrency: number,
): AsyncGenerator<T, void, undefined> {
  // Not an object: passed on as is, for the first call to refuse with its usual message.
  const given = options === undefined ? {} : options !== null && typeof options === "object" ? options : undefined;
  const stop = new AbortController();
  const outer = given?.signal;
  const unsubscribe = outer && typeof outer.addEventListener === "function" ? onAbort(outer, () => stop.abort(outer.reason)) : undefined;
  if (outer?.aborted) stop.abort(outer.reason);
  let callOptions: RequestOptions | undefined = options as RequestOptions | undefined;
  if (given) {
    const { concurrency: _, ...rest } = given;
    callOptions = { ...rest, signal: stop.signal };
  }
  const ahead = new Map<number, Promise<PageView>>();
  const fetchAhead = (page: number) => {
    if (ahead.has(page)) return;
    const answer = fetchPage(page, callOptions);
    // Handled here so that a page fetched ahead and never read (the caller stopped) is no
    // unhandled rejection; a page that is read rejects again where it is awaited.
    answer.then(undefined, () => {});
    ahead.set(page, answer);
  };
  let last: number | null = null;
  try {
    for (let page = first; ; page++) {
      if (last !== null) for (let k = page; k < page + concurrency && k <= last; k++) fetchAhead(k);
      else fetchAhead(page);
      const view = await ahead.get(page)!;
      ahead.delete(page);
      if (!Array.isArray(view.items) || view.items.length === 0) return;
      if (view.last !== null) last = view.last;
      const done = view.more === false || (last !== null && page >= last);
      // Fetch on while the caller reads this page: this one and those ahead make `concurrency`.
      if (!done && last !== null) for (let k = page + 1; k < page + concurrency && k <= last; k++) fetchAhead(k);
      yield* view.items as T[];
      if (done) return;
    }
  } finally {
    unsubscribe?.();
    if (ahead.size > 0) stop.abort(new Error("the iteration stopped: pages fetched ahead are not needed"));
  }
}

function concurrencyOf(name: string, options: PagingOptions | undefined): number {
  const value = options !== null && typeof options === "object" ? options.concurrency : undefined;
  if (value === undefined) return DEFAULT_CONCURRENCY;
  if (!Number.isInteger(value) || value < 1 || value > MAX_CONCURRENCY) {
    throw new AlloValidationError(name, [{ field: "options.concurrency", message: `must be a whole number from 1 to ${MAX_CONCURRENCY}` }]);
  }
  return value;
}
