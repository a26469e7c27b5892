// allo-client/webhooks: receive Allo's webhook deliveries. Web APIs only (no Node built-ins), so it
// runs on Node >= 18, Bun, Deno, browsers and Workers. The user guide is docs/webhooks.md.
export { WebhookReceiver, type WebhookReceiverOptions } from "./receiver.js";
export { WebhookError, type WebhookErrorCode } from "./errors.js";
export { verifyToken } from "./verify-token.js";
export { createTestEvent } from "./test-event.js";
export { alloNumberFields } from "./allow-list.js";
export type { AdapterOptions } from "./adapter-core.js";
export type { NodeRequestLike, NodeResponseLike } from "./node-adapter.js";
export type {
  CallReceivedEvent,
  CallReceivedPayload,
  ContactCreatedEvent,
  ContactPayload,
  ContactUpdatedEvent,
  HandleOptions,
  KnownWebhookEvent,
  PingEvent,
  PingPayload,
  SmsPayload,
  SmsReceivedEvent,
  SmsSentEvent,
  TestEventOverrides,
  UnknownWebhookEvent,
  WebhookDelivery,
  WebhookEnvelope,
  WebhookEvent,
  WebhookEventTopic,
  WebhookHandler,
  WebhookHeaders,
  WebhookPayloads,
} from "./types.js";
