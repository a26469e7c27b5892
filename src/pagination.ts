// The `…All` iterators: every item of every page, in order. Once the first page says how many there
// are (v1 `total_pages`, v2 `total_pages`), up to `concurrency` pages are fetched at once, ahead of
// the one being read, and yielded in order: never more than `concurrency` pages in memory, never a
// page asked twice or past the end. Without a total, pages are fetched one after the other until an
// empty one (or v2's `has_more: false`). Every page is an ordinary call, so each waits its turn at
// the rate gate. When the caller stops (a `break`, an error), the pages fetched ahead are cancelled.
import { AlloValidationError } from "./errors/index.js";
import { onAbort } from "./http/on-abort.js";
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY, type PagingOptions, type RequestOptions } from "./options.js";
import type { Pagination, PaginationMetadata } from "./types.js";

interface V1Page<T> {
  results: T[];
  metadata?: PaginationMetadata;
}

interface V2Page<T> {
  results: T[];
  pagination?: Partial<Pagination>;
}

/** Fetches one page, with the options every page call gets. */
export type FetchPage<P> = (page: number, options: RequestOptions | undefined) => Promise<P>;

/** What the iterator reads of a page: its items, the number of the last page, whether more follow. */
interface PageView {
  items: unknown;
  /** The last page's number, when the page says it. */
  last: number | null;
  /** v2's `has_more`, when said. */
  more: boolean | null;
}

/**
 * Every item of every v1 page (0-indexed), ending at the last page by `total_pages`, or at an empty
 * page. `name` (`contacts.searchAll`) is for errors; bad options are refused at once.
 */
export function paginate<T>(fetchPage: FetchPage<V1Page<T>>, options?: PagingOptions, name = "paginate"): AsyncGenerator<T, void, undefined> {
  const concurrency = concurrencyOf(name, options);
  return walk<T, V1Page<T>>(0, fetchPage, options, concurrency, ({ results, metadata }) => {
    const total = metadata?.pagination?.total_pages;
    return { items: results, last: typeof total === "number" ? total - 1 : null, more: null };
  });
}

/**
 * Every item of every v2 page (1-indexed), ending when a page says `has_more: false`, at the last
 * page by `total_pages`, or at an empty page.
 */
export function paginateV2<T>(fetchPage: FetchPage<V2Page<T>>, options?: PagingOptions, name = "paginateV2"): AsyncGenerator<T, void, undefined> {
  const concurrency = concurrencyOf(name, options);
  return walk<T, V2Page<T>>(1, fetchPage, options, concurrency, ({ results, pagination }) => ({
    items: results,
    last: typeof pagination?.total_pages === "number" ? pagination.total_pages : null,
    more: typeof pagination?.has_more === "boolean" ? pagination.has_more : null,
  }));
}

async function* walk<T, P>(
  first: number,
  fetchPage: FetchPage<P>,
  options: PagingOptions | undefined,
  concurrency: number,
  view: (page: P) => PageView,
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
  const ahead = new Map<number, Promise<P>>();
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
      const answer = await ahead.get(page)!;
      ahead.delete(page);
      const { items, last: said, more } = view(answer);
      if (!Array.isArray(items) || items.length === 0) return;
      if (said !== null) last = said;
      const done = more === false || (last !== null && page >= last);
      // Fetch on while the caller reads this page: this one and those ahead make `concurrency`.
      if (!done && last !== null) for (let k = page + 1; k < page + concurrency && k <= last; k++) fetchAhead(k);
      yield* items as T[];
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
