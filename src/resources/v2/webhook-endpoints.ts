import type { AlloPromise } from "../../allo-promise.js";
import type { Context } from "../../context.js";
import type { RequestOptions } from "../../options.js";
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput, WebhookEndpoint, WebhookEventTypeInfo } from "../../types.js";

/**
 * v2 webhook endpoints: one HTTPS URL for the whole workspace, subscribed to dotted topics, every
 * delivery signed with the endpoint's `signing_secret` (verify them with `allo-client/webhooks`).
 * Scope `WEBHOOKS_READ_WRITE`.
 */
export class WebhookEndpointsResource {
  constructor(private readonly ctx: Context) {}

  /**
   * Every endpoint of the account (without their secrets).
   * @example
   * const endpoints = await allo.webhookEndpoints.list();
   */
  list(options?: RequestOptions): AlloPromise<WebhookEndpoint[]> {
    return this.ctx.call("webhookEndpoints.list", {}, options);
  }

  /**
   * Creates an endpoint. The answer's `signing_secret` is the one time Allo shows it with the
   * endpoint: store it at once (a secret manager, an environment variable), then verify every
   * delivery with it.
   * @example
   * const endpoint = await allo.webhookEndpoints.create({ url: "https://example.com/webhooks/allo", topics: ["call.completed", "sms.received"] });
   * await secrets.put("ALLO_WEBHOOK_SECRET", endpoint.signing_secret!);
   */
  create(input: CreateWebhookEndpointInput, options?: RequestOptions): AlloPromise<WebhookEndpoint> {
    return this.ctx.call("webhookEndpoints.create", { body: input }, options);
  }

  /**
   * One endpoint by id (`ep_...`), its `signing_secret` included.
   * @example
   * const endpoint = await allo.webhookEndpoints.get("ep_2NfDKEm9sF8xK3pQr1Zt");
   */
  get(id: string, options?: RequestOptions): AlloPromise<WebhookEndpoint> {
    return this.ctx.call("webhookEndpoints.get", { path: { webhook_id: id } }, options);
  }

  /**
   * Changes the fields given: `url`, `topics` (the whole new set), `description`, `enabled`
   * (`false` pauses deliveries without deleting the endpoint).
   * @example
   * await allo.webhookEndpoints.update("ep_2NfDKEm9sF8xK3pQr1Zt", { enabled: false });
   */
  update(id: string, input: UpdateWebhookEndpointInput, options?: RequestOptions): AlloPromise<WebhookEndpoint> {
    return this.ctx.call("webhookEndpoints.update", { path: { webhook_id: id }, body: input }, options);
  }

  /**
   * Deletes an endpoint and its delivery history.
   * @example
   * await allo.webhookEndpoints.delete("ep_2NfDKEm9sF8xK3pQr1Zt");
   */
  delete(id: string, options?: RequestOptions): AlloPromise<void> {
    return this.ctx.call("webhookEndpoints.delete", { path: { webhook_id: id } }, options);
  }

  /**
   * The topics an endpoint can subscribe to, with what each means.
   * @example
   * for (const t of await allo.webhookEndpoints.eventTypes()) console.log(t.name, t.description);
   */
  eventTypes(options?: RequestOptions): AlloPromise<WebhookEventTypeInfo[]> {
    return this.ctx.call("webhookEndpoints.eventTypes", {}, options);
  }
}
