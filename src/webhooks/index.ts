// allo-client/webhooks: receive Allo's webhook deliveries, v1 and v2. Web APIs only (no Node
// built-ins), so it runs on Node >= 18, Bun, Deno, browsers and Workers. The user guide is docs/webhooks.md.
export { WebhookReceiver, type WebhookReceiverOptions } from "./receiver.js";
export { WebhookError, type WebhookErrorCode } from "./errors.js";
export { MemoryDedupeStore, type DedupeClaim, type DedupeStore, type MemoryDedupeStoreOptions } from "./dedupe.js";
export { verifyToken } from "./verify-token.js";
export { createHandlerEvent, createTestEvent, type TestDelivery, type TestEventOptions } from "./test-event.js";
export { alloNumberFields } from "./allow-list.js";
export type { AdapterOptions, WebhookLogger } from "./adapter-core.js";
export type { NodeRequestLike, NodeResponseLike } from "../http/node-like.js";
export type {
  CallAnsweredEventData,
  CallCompletedEventData,
  CallReceivedEvent,
  CallReceivedEventData,
  CallReceivedPayload,
  CallTagEventData,
  CallTriggeredEventData,
  ContactCreatedEvent,
  ContactEventData,
  ContactPayload,
  ContactUpdatedEvent,
  HandleOptions,
  KnownWebhookEvent,
  PingEvent,
  PingPayload,
  SmsEventData,
  SmsPayload,
  SmsReceivedEvent,
  SmsSentEvent,
  SummaryUpdatedEventData,
  TestEventOverrides,
  UnknownWebhookEvent,
  V1WebhookTopic,
  V2WebhookTopic,
  WebhookDelivery,
  WebhookEnvelope,
  WebhookEvent,
  WebhookEventOf,
  WebhookEventTopic,
  WebhookHandler,
  WebhookHeaders,
  WebhookPayloads,
} from "./types.js";
