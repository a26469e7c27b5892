import * as schemas from "../../generated/schemas.js";
import type { Context } from "../context.js";
import { unwrap } from "../http/unwrap.js";
import { callsPageFromWire } from "../normalise.js";
import type { RequestOptions } from "../options.js";
import { paginate } from "../pagination.js";
import type { Call, CallSearchResult, SearchAllCallsInput, SearchCallsInput } from "../types.js";
import { check, refuseKey } from "../validate.js";

/** Call history. Scope `CONVERSATIONS_READ`. */
export class CallsResource {
  constructor(private readonly ctx: Context) {}

  /**
   * One page of the calls of one of your Allo numbers (pages are 0-indexed, `size` 1 to 100).
   * @example
   * const { results, metadata } = await allo.calls.search({ allo_number: "+13055550180", size: 20 });
   * console.log(`page ${metadata.pagination.current_page + 1}/${metadata.pagination.total_pages}`);
   */
  async search(input: SearchCallsInput, options?: RequestOptions): Promise<CallSearchResult> {
    check("calls.search", schemas.searchCallsQuery, input);
    const init = this.ctx.init("calls.search", options);
    return callsPageFromWire(await unwrap("GET", "/calls", this.ctx.api.GET("/calls", { params: { query: input }, ...init })));
  }

  /**
   * Every call, page after page, fetched as you iterate (one page in memory at a time).
   * `size` is the page size used underneath.
   * @default size 100
   * @example
   * for await (const call of allo.calls.searchAll({ allo_number: "+13055550180" })) console.log(call.id);
   */
  searchAll(input: SearchAllCallsInput, options?: RequestOptions): AsyncGenerator<Call, void, undefined> {
    refuseKey("calls.searchAll", input, "page", "is not taken: searchAll starts at page 0 and reads them all");
    const query = { size: 100, ...input };
    check("calls.searchAll", schemas.searchCallsQuery, query);
    return paginate((page) => this.search({ ...query, page }, options));
  }
}
