import { webhookExamples } from "../../generated/webhooks.js";
import { normaliseKeys, readEnvelope } from "./normalise.js";
import type { KnownWebhookEvent, TestEventOverrides, WebhookEvent, WebhookEventTopic } from "./types.js";
import { toEvent } from "./validate.js";

/**
 * An event as the receiver hands it to handlers, built from the spec's example of the topic with
 * `overrides` merged into its `data` (snake_case or camelCase), for testing your own handlers.
 * It goes through the receiver's own normalisation and validation, so it throws WebhookError
 * (INVALID_PAYLOAD) when the overrides break the topic's schema. `JSON.stringify(event)` is a body
 * `receiver.handle()` accepts. An unknown topic gets `overrides` alone as its data.
 *
 * @example
 * const event = createTestEvent("CALL_RECEIVED", { to: "+13055550180", summary: "Wants a refund" });
 * await myCallHandler(event.data, event);
 * await receiver.handle(JSON.stringify(event)); // or through the receiver, allow-list included
 */
export function createTestEvent<T extends WebhookEventTopic>(topic: T, overrides?: TestEventOverrides<T>): KnownWebhookEvent<T>;
// `T extends WebhookEventTopic ? never`: a documented topic with ill-typed overrides must not fall through to this overload.
export function createTestEvent<T extends string>(topic: T & (T extends WebhookEventTopic ? never : unknown), overrides?: Readonly<Record<string, unknown>>): WebhookEvent;
export function createTestEvent(topic: string, overrides: Readonly<Record<string, unknown>> = {}): WebhookEvent {
  const example: { readonly data?: Readonly<Record<string, unknown>> } | undefined = Object.hasOwn(webhookExamples, topic)
    ? webhookExamples[topic as WebhookEventTopic]
    : undefined;
  // Overrides in snake_case first, so a camelCase one replaces the example's field. Then through
  // JSON, as a delivery would come: no shared references with the examples, no undefined.
  const data = { ...example?.data, ...(normaliseKeys(overrides) as Record<string, unknown>) };
  const body: unknown = JSON.parse(JSON.stringify({ topic, data }));
  return toEvent(readEnvelope(body), { id: null, signed: false, duplicate: false });
}
