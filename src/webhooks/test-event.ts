// Test deliveries built from the spec's examples: a signed request as Allo would send it
// (createTestEvent), or the event a handler would get from it (createHandlerEvent).
import { v2WebhookExamples, webhookExamples } from "../../generated/webhooks.js";
import { normaliseKeys, readEnvelope } from "./normalise.js";
import { webhookFor } from "./signature.js";
import { isV1Topic, isV2Topic } from "./topics.js";
import type { TestEventOverrides, WebhookEvent, WebhookEventOf, WebhookEventTopic } from "./types.js";
import { toEvent } from "./validate.js";

/** Options of {@link createTestEvent}. */
export interface TestEventOptions {
  /**
   * Sign the delivery with this secret (`whsec_...`), as Allo signs, for a receiver with the same `signingSecret`.
   * @default undefined (no `webhook-signature` header)
   */
  signingSecret?: string | undefined;
  /**
   * The `webhook-id` header.
   * @default a random `msg_...`
   */
  id?: string | undefined;
  /**
   * When the delivery is sent: the `webhook-timestamp` header and a v2 envelope's `timestamp`.
   * @default now
   */
  timestamp?: Date | undefined;
}

/** A delivery as Allo POSTs it: the raw body and the request headers. */
export interface TestDelivery {
  /** The JSON body, exactly as signed. */
  body: string;
  /** `content-type`, `webhook-id`, `webhook-timestamp`, and `webhook-signature` when a secret was given. */
  headers: Record<string, string>;
}

type Data = Readonly<Record<string, unknown>>;

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

// Shaped like Allo's ids (msg_2NfDKEm9sF8xK3pQr1Zt). Not a secret: Math.random is enough, and it
// needs no crypto API, so this file runs wherever the receiver does.
function messageId(): string {
  let id = "msg_";
  for (let i = 0; i < 22; i++) id += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return id;
}

/**
 * The envelope of a test delivery: the spec's example of the topic with `overrides` merged into its
 * `data`. v1 overrides may be camelCase (v1 deliveries were); v2 ones are used as given. An unknown
 * topic gets `overrides` alone as its data, in a v2 envelope when the topic is dotted.
 */
function envelopeFor(topic: string, overrides: Data, sentAt: Date): Record<string, unknown> {
  if (isV2Topic(topic) || (!isV1Topic(topic) && topic.includes("."))) {
    const example: { data?: Data } | undefined = isV2Topic(topic) ? v2WebhookExamples[topic] : undefined;
    return { topic, version: "2.0", timestamp: sentAt.toISOString(), data: { ...example?.data, ...overrides } };
  }
  const example: { data?: Data } | undefined = isV1Topic(topic) ? webhookExamples[topic] : undefined;
  // Overrides in snake_case first, so a camelCase one replaces the example's field.
  return { topic, data: { ...example?.data, ...(normaliseKeys(overrides) as Data) } };
}

/** Throws INVALID_PAYLOAD, as the receiver would answer, when the overrides break the topic's schema. */
function checked(body: string): WebhookEvent {
  return toEvent(readEnvelope(JSON.parse(body)), { id: null, signed: false, duplicate: false });
}

/**
 * A delivery of `topic` as Allo sends it, for testing a receiver end to end: the spec's example
 * with `overrides` merged into its `data`, as a JSON body and the request headers, signed per
 * Standard Webhooks when a `signingSecret` is given. Synchronous. Throws WebhookError
 * (INVALID_PAYLOAD) when the overrides break the topic's schema, and AlloValidationError for a
 * malformed secret.
 *
 * @example
 * const { body, headers } = createTestEvent("call.completed", { summary: "Wants a refund" }, { signingSecret });
 * await receiver.handle(body, { headers });
 * await fetch("http://localhost:3000/webhooks/allo", { method: "POST", body, headers });
 */
export function createTestEvent<T extends WebhookEventTopic>(
  topic: T,
  overrides?: TestEventOverrides<T>,
  options?: TestEventOptions,
): TestDelivery;
// `T extends WebhookEventTopic ? never`: a documented topic with ill-typed overrides must not fall through to this overload.
export function createTestEvent<T extends string>(
  topic: T & (T extends WebhookEventTopic ? never : unknown),
  overrides?: Data,
  options?: TestEventOptions,
): TestDelivery;
export function createTestEvent(
  topic: string,
  overrides: Data = {},
  { signingSecret, id = messageId(), timestamp = new Date() }: TestEventOptions = {},
): TestDelivery {
  // Built before signing, so a bad secret or bad overrides fail the same way whatever the order.
  const webhook = signingSecret === undefined ? null : webhookFor(signingSecret, "createTestEvent", "signingSecret");
  const body = JSON.stringify(envelopeFor(topic, overrides, timestamp));
  checked(body);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
  };
  if (webhook) headers["webhook-signature"] = webhook.sign(id, timestamp, body);
  return { body, headers };
}

/**
 * The event a handler gets for a delivery of `topic` (the spec's example, `overrides` merged into
 * its `data`), for calling your handlers directly. It goes through the receiver's own
 * normalisation and validation, so it throws WebhookError (INVALID_PAYLOAD) when the overrides
 * break the topic's schema. (Before v2 support, `createTestEvent` returned this.)
 *
 * @example
 * const event = createHandlerEvent("call.completed", { summary: "Wants a refund" });
 * await onCallCompleted(event.data, event);
 */
export function createHandlerEvent<T extends WebhookEventTopic>(topic: T, overrides?: TestEventOverrides<T>): WebhookEventOf<T>;
export function createHandlerEvent<T extends string>(
  topic: T & (T extends WebhookEventTopic ? never : unknown),
  overrides?: Data,
): WebhookEvent;
export function createHandlerEvent(topic: string, overrides: Data = {}): WebhookEvent {
  return checked(JSON.stringify(envelopeFor(topic, overrides, new Date())));
}
