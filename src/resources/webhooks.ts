import * as schemas from "../../generated/schemas.js";
import type { Context } from "../context.js";
import { unwrap } from "../http/unwrap.js";
import { webhookFromCreate } from "../normalise.js";
import type { RequestOptions } from "../options.js";
import type { CreateWebhookInput, Webhook } from "../types.js";
import { check } from "../validate.js";

/** Webhook subscriptions. Scope `WEBHOOKS_READ_WRITE`. */
export class WebhooksResource {
  constructor(private readonly ctx: Context) {}

  /**
   * Every subscription of the account.
   * @example
   * const hooks = await allo.webhooks.list();
   */
  async list(options?: RequestOptions): Promise<Webhook[]> {
    return unwrap("GET", "/webhooks", this.ctx.api.GET("/webhooks", this.ctx.init("webhooks.list", options)));
  }

  /**
   * Subscribes an HTTPS URL to topics for one of your Allo numbers. The answer's `alloNumber` is
   * returned as `allo_number`, like everywhere else.
   * @example
   * const hook = await allo.webhooks.create({
   *   allo_number: "+13055550180", url: "https://example.com/allo", topics: ["CALL_RECEIVED"], enabled: true,
   * });
   */
  async create(input: CreateWebhookInput, options?: RequestOptions): Promise<Webhook> {
    check("webhooks.create", schemas.CreateWebhookInput, input);
    const init = this.ctx.init("webhooks.create", options);
    return webhookFromCreate(await unwrap("POST", "/webhooks", this.ctx.api.POST("/webhooks", { body: input, ...init })));
  }

  /**
   * Deletes a subscription. An unknown id is `AlloApiError` with code `WEBHOOK_NOT_FOUND`.
   * @example
   * await allo.webhooks.delete(hook.id);
   */
  async delete(webhookId: string, options?: RequestOptions): Promise<void> {
    const path = { webhook_id: webhookId };
    check("webhooks.delete", schemas.deleteWebhookPath, path);
    const init = this.ctx.init("webhooks.delete", options);
    // Any 2xx means deleted; an empty body is fine for a DELETE.
    await this.ctx.api.DELETE("/webhooks/{webhook_id}", { params: { path }, ...init });
  }
}
