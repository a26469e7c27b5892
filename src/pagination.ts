import type { Pagination, PaginationMetadata } from "./types.js";

interface V1Page<T> {
  results: T[];
  metadata?: PaginationMetadata;
}

interface V2Page<T> {
  results: T[];
  pagination?: Partial<Pagination>;
}

/**
 * Every item of every v1 page, fetched lazily: one page in memory at a time, starting at page 0 and
 * ending at the last page (by `total_pages`) or at an empty page, whichever comes first.
 */
export async function* paginate<T>(fetchPage: (page: number) => Promise<V1Page<T>>): AsyncGenerator<T, void, undefined> {
  for (let page = 0; ; page++) {
    const { results, metadata } = await fetchPage(page);
    if (!Array.isArray(results) || results.length === 0) return;
    yield* results;
    const total = metadata?.pagination?.total_pages;
    if (typeof total === "number" && page + 1 >= total) return;
  }
}

/**
 * Every item of every v2 page (1-indexed), fetched lazily, one page in memory at a time, ending when
 * a page says `has_more: false`, at the last page by `total_pages`, or at an empty page.
 */
export async function* paginateV2<T>(fetchPage: (page: number) => Promise<V2Page<T>>): AsyncGenerator<T, void, undefined> {
  for (let page = 1; ; page++) {
    const { results, pagination } = await fetchPage(page);
    if (!Array.isArray(results) || results.length === 0) return;
    yield* results;
    if (pagination?.has_more === false) return;
    if (typeof pagination?.total_pages === "number" && page >= pagination.total_pages) return;
  }
}
