import { AlloPromise } from "../allo-promise.js";
import type { Context } from "../context.js";
import { webhookFromCreate } from "../normalise.js";
import type { RequestOptions } from "../options.js";
import type { CreateWebhookInput, Webhook } from "../types.js";

/**
 * v1 webhook subscriptions, one per Allo number. Scope `WEBHOOKS_READ_WRITE`. New integrations use
 * `allo.webhookEndpoints` (v2: one endpoint for the workspace, signed deliveries).
 */
export class WebhooksResource {
  constructor(private readonly ctx: Context) {}

  /**
   * Every subscription of the account.
   * @example
   * const hooks = await allo.webhooks.list();
   */
  list(options?: RequestOptions): AlloPromise<Webhook[]> {
    return this.ctx.call("webhooks.list", {}, options);
  }

  /**
   * Subscribes an HTTPS URL to topics for one of your Allo numbers. The answer's `alloNumber` is
   * returned as `allo_number`, like everywhere else.
   * @example
   * const hook = await allo.webhooks.create({
   *   allo_number: "+13055550180", url: "https://example.com/allo", topics: ["CALL_RECEIVED"], enabled: true,
   * });
   */
  create(input: CreateWebhookInput, options?: RequestOptions): AlloPromise<Webhook> {
    const wire = this.ctx.call<Webhook>("webhooks.create", { body: input }, options);
    return new AlloPromise(wire.withResponse().then(({ data, response }) => ({ data: webhookFromCreate(data), response })));
  }

  /**
   * Deletes a subscription. An unknown id is `AlloApiError` with code `WEBHOOK_NOT_FOUND`.
   * @example
   * await allo.webhooks.delete(hook.id);
   */
  delete(webhookId: string, options?: RequestOptions): AlloPromise<void> {
    // Any 2xx means deleted; whatever body came with it says nothing more.
    const wire = this.ctx.call<unknown>("webhooks.delete", { path: { webhook_id: webhookId } }, options);
    return new AlloPromise(wire.withResponse().then(({ response }) => ({ data: undefined, response })));
  }
}
