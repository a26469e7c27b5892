import type { AlloPromise } from "../../allo-promise.js";
import type { Context } from "../../context.js";
import type { RequestOptions } from "../../options.js";
import type { AnalyticsOverview, AnalyticsOverviewInput, OutboundAnalytics, OutboundAnalyticsInput } from "../../types.js";

/**
 * Pre-computed call metrics. Allo does not publish the scope; a key with `CONVERSATIONS_READ`
 * reaches them. Both are POSTs that change nothing, so they are retried like reads.
 */
export class AnalyticsResource {
  constructor(private readonly ctx: Context) {}

  /**
   * Team KPIs over `date`, compared with `compare_date`, with a per-user breakdown.
   * @example
   * const { summary } = await allo.analytics.overview({ date: { from: "2026-03-25", to: "2026-04-21" } });
   * console.log(summary.total_calls.value, summary.answer_rate.change);
   */
  overview(input: AnalyticsOverviewInput, options?: RequestOptions): AlloPromise<AnalyticsOverview> {
    return this.ctx.call("analytics.overview", { body: input }, options);
  }

  /**
   * The outbound dial funnel, time series, heatmap, leaderboard and time spent; `extend: "items"`
   * with a `stage` adds the calls behind a funnel figure (`page`/`size` page through them).
   * @example
   * const { funnel } = await allo.analytics.outbound({ date: { from: "2026-03-25", to: "2026-04-21" }, tags: ["meeting_booked"] });
   */
  outbound(input: OutboundAnalyticsInput, options?: RequestOptions): AlloPromise<OutboundAnalytics> {
    return this.ctx.call("analytics.outbound", { body: input }, options);
  }
}
