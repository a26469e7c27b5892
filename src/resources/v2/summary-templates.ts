import type { AlloPromise } from "../../allo-promise.js";
import type { Context } from "../../context.js";
import type { RequestOptions } from "../../options.js";
import type { CreateSummaryTemplateInput, NumberDefaultSummaryTemplate, SetNumberDefaultInput, SummaryTemplate, UpdateSummaryTemplateInput } from "../../types.js";

/**
 * Templates that shape the AI summaries of calls, and each number's default. Scopes
 * `SUMMARY_TEMPLATES_READ` (list, get; presumed) and `SUMMARY_TEMPLATES_WRITE`.
 */
export class SummaryTemplatesResource {
  constructor(private readonly ctx: Context) {}

  /**
   * Every template of the team.
   * @example
   * const templates = await allo.summaryTemplates.list();
   */
  list(options?: RequestOptions): AlloPromise<SummaryTemplate[]> {
    return this.ctx.call("summaryTemplates.list", {}, options);
  }

  /**
   * Creates a template (`name` required, up to 10 sections). Takes an Idempotency-Key, so it is
   * retried safely after a timeout.
   * @example
   * const t = await allo.summaryTemplates.create({ name: "Discovery call", sections: [{ title: "Budget", instructions: "What budget did they mention?", order: 0 }] });
   */
  create(input: CreateSummaryTemplateInput, options?: RequestOptions): AlloPromise<SummaryTemplate> {
    return this.ctx.call("summaryTemplates.create", { body: input }, options);
  }

  /**
   * One template by id (`tst-...`).
   * @example
   * const t = await allo.summaryTemplates.get("tst-abc123");
   */
  get(id: string, options?: RequestOptions): AlloPromise<SummaryTemplate> {
    return this.ctx.call("summaryTemplates.get", { path: { id } }, options);
  }

  /**
   * Replaces a template: send its whole new state (what is left out is cleared).
   * @example
   * await allo.summaryTemplates.update("tst-abc123", { name: "Discovery call v2", sections: [] });
   */
  update(id: string, input: UpdateSummaryTemplateInput, options?: RequestOptions): AlloPromise<SummaryTemplate> {
    return this.ctx.call("summaryTemplates.update", { path: { id }, body: input }, options);
  }

  /**
   * Deactivates a template; summaries already made with it stay.
   * @example
   * await allo.summaryTemplates.delete("tst-abc123");
   */
  delete(id: string, options?: RequestOptions): AlloPromise<void> {
    return this.ctx.call("summaryTemplates.delete", { path: { id } }, options);
  }

  /**
   * Sets the template new calls on one of your numbers are summarized with; `null` goes back to
   * Allo's standard summary.
   * @example
   * await allo.summaryTemplates.setNumberDefault("+14155551234", { summary_template_id: "tst-abc123" });
   */
  setNumberDefault(number: string, input: SetNumberDefaultInput, options?: RequestOptions): AlloPromise<NumberDefaultSummaryTemplate> {
    return this.ctx.call("summaryTemplates.setNumberDefault", { path: { number }, body: input }, options);
  }
}
