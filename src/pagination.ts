import type { PaginationMetadata } from "./types.js";

interface Page<T> {
  results: T[];
  metadata?: PaginationMetadata;
}

/**
 * Every item of every page, fetched lazily: one page in memory at a time, starting at page 0 and
 * ending at the last page (by `total_pages`) or at an empty page, whichever comes first.
 */
export async function* paginate<T>(fetchPage: (page: number) => Promise<Page<T>>): AsyncGenerator<T, void, undefined> {
  for (let page = 0; ; page++) {
    const { results, metadata } = await fetchPage(page);
    if (!Array.isArray(results) || results.length === 0) return;
    yield* results;
    const total = metadata?.pagination?.total_pages;
    if (typeof total === "number" && page + 1 >= total) return;
  }
}
