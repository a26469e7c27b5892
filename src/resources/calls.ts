import * as schemas from "../../generated/schemas.js";
import { AlloPromise } from "../allo-promise.js";
import type { Context } from "../context.js";
import { callsPageFromWire } from "../normalise.js";
import type { PagingOptions, RequestOptions } from "../options.js";
import { paginate } from "../pagination.js";
import type { Call, CallSearchResult, SearchAllCallsInput, SearchCallsInput } from "../types.js";
import { check, refuseKey } from "../validate.js";

/** Call history of one Allo number (v1). Scope `CONVERSATIONS_READ`. */
export class CallsResource {
  constructor(private readonly ctx: Context) {}

  /**
   * One page of the calls of one of your Allo numbers (pages are 0-indexed, `size` 1 to 100).
   * @example
   * const { results, metadata } = await allo.calls.search({ allo_number: "+13055550180", size: 20 });
   * console.log(`page ${metadata.pagination.current_page + 1}/${metadata.pagination.total_pages}`);
   */
  search(input: SearchCallsInput, options?: RequestOptions): AlloPromise<CallSearchResult> {
    const wire = this.ctx.call<CallSearchResult>("calls.search", { query: input }, options);
    return new AlloPromise(wire.withResponse().then(({ data, response }) => ({ data: callsPageFromWire(data), response })));
  }

  /**
   * Every call, page after page, fetched as you iterate (`concurrency` pages at once, 4 by default, yielded in order).
   * `size` is the page size used underneath.
   * @default size 100
   * @example
   * for await (const call of allo.calls.searchAll({ allo_number: "+13055550180" })) console.log(call.id);
   */
  searchAll(input: SearchAllCallsInput, options?: PagingOptions): AsyncGenerator<Call, void, undefined> {
    refuseKey("calls.searchAll", input, "page", "is not taken: searchAll starts at page 0 and reads them all");
    const query = { size: 100, ...input };
    check("calls.searchAll", schemas.searchCallsQuery, query);
    return paginate((page, opts) => this.search({ ...query, page }, opts), options, "calls.searchAll");
  }
}
