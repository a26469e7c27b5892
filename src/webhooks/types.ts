// Public types of allo-client/webhooks, all derived from the spec's `webhooks:` section through
// generated/allo.d.ts: a new field in the spec shows up here after `npm run generate`.
import type { components, webhooks } from "../../generated/allo.js";
import type { SpecWebhookTopic } from "../../generated/webhooks.js";

/** A payload as delivered: the documented fields, plus whatever else Allo sent (kept, unvalidated). */
type Open<T> = T & { [field: string]: unknown };

/** A topic the spec documents: `CALL_RECEIVED`, `SMS_RECEIVED`, `SMS_SENT`, `CONTACT_CREATED`, `CONTACT_UPDATED`, `PING`. */
export type WebhookEventTopic = SpecWebhookTopic & keyof webhooks;

type DeliveryOf<T extends WebhookEventTopic> = webhooks[T]["post"]["requestBody"]["content"]["application/json"];

/** Per topic, the documented fields of its payload. */
type Documented<T extends WebhookEventTopic> = NonNullable<DeliveryOf<T>["data"]>;

/** Per topic, the payload handlers receive: snake_case, unknown fields kept. */
export type WebhookPayloads = { [T in WebhookEventTopic]: Open<Documented<T>> };

/** Fields to change in a test event: documented ones keep their types, others are free. */
export type TestEventOverrides<T extends WebhookEventTopic> = Partial<Documented<T>> & { [field: string]: unknown };

/** CALL_RECEIVED: a call that has ended, with its summary and transcript. */
export type CallReceivedPayload = Open<components["schemas"]["CallReceivedPayload"]>;
/** SMS_RECEIVED and SMS_SENT: a text received or sent. */
export type SmsPayload = Open<components["schemas"]["SmsPayload"]>;
/** CONTACT_CREATED and CONTACT_UPDATED: the contact as it now is. */
export type ContactPayload = Open<components["schemas"]["ContactPayload"]>;
/** PING: a test delivery, with no fixed fields. */
export type PingPayload = Open<components["schemas"]["PingPayload"]>;

/** How an event reached the receiver. */
export interface WebhookDelivery {
  /** The topic exactly as sent: `CALL_RECEIVED` in v1, `call.completed` in v2. */
  readonly topic: string;
  /** The envelope's `version` (`"2.0"` for v2 deliveries); null in v1. */
  readonly version: string | null;
  /** The envelope's `timestamp` (v2); null in v1. */
  readonly timestamp: string | null;
  /** The verified `webhook-id` header of a signed delivery; null when unsigned. */
  readonly id: string | null;
  /** True when a `signingSecret` is set and the signature matched. */
  readonly signed: boolean;
  /** True when this `webhook-id` was already handled: no handler ran this time. */
  readonly duplicate: boolean;
}

/** An event of a documented topic, as handlers receive it. */
export interface KnownWebhookEvent<T extends WebhookEventTopic> {
  /** True: the topic is documented and `data` was validated against its schema. */
  readonly known: true;
  /** The topic, v1 spelling: v2's dotted topics are mapped to it (`call.completed` is `CALL_RECEIVED`). */
  readonly topic: T;
  /** The payload, from `data` (or the older `body`), keys in snake_case. */
  readonly data: WebhookPayloads[T];
  readonly delivery: WebhookDelivery;
}

export type CallReceivedEvent = KnownWebhookEvent<"CALL_RECEIVED">;
export type SmsReceivedEvent = KnownWebhookEvent<"SMS_RECEIVED">;
export type SmsSentEvent = KnownWebhookEvent<"SMS_SENT">;
export type ContactCreatedEvent = KnownWebhookEvent<"CONTACT_CREATED">;
export type ContactUpdatedEvent = KnownWebhookEvent<"CONTACT_UPDATED">;
export type PingEvent = KnownWebhookEvent<"PING">;

/** An event of a topic the spec does not document: acknowledged, and handed to `onEvent` handlers only. */
export interface UnknownWebhookEvent {
  /** False: check it first, then `switch (event.topic)` narrows `data` to each topic's payload. */
  readonly known: false;
  /** The topic as sent. */
  readonly topic: string;
  /** The payload, keys in snake_case when it is an object; not validated beyond being JSON. */
  readonly data: unknown;
  readonly delivery: WebhookDelivery;
}

/**
 * Any event. Narrow on `known` first (an unknown topic is any string, so it cannot be told apart
 * by `topic` alone), then `switch (event.topic)` types `data`.
 *
 * @example
 * receiver.onEvent((event) => {
 *   if (!event.known) return console.log("new topic", event.topic);
 *   if (event.topic === "CALL_RECEIVED") console.log(event.data.one_sentence_summary);
 * });
 */
export type WebhookEvent = { [T in WebhookEventTopic]: KnownWebhookEvent<T> }[WebhookEventTopic] | UnknownWebhookEvent;

/** A handler of one topic. Its promise is awaited; what it throws propagates (answer 5xx, Allo retries). */
export type WebhookHandler<T extends WebhookEventTopic> = (payload: WebhookPayloads[T], event: KnownWebhookEvent<T>) => unknown;

/** Request headers, as a fetch `Headers` or a Node `req.headers` object. */
export type WebhookHeaders = { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Options of {@link WebhookReceiver.handle}. */
export interface HandleOptions {
  /** The request's headers; needed to verify a v2 signature (`webhook-id`, `webhook-timestamp`, `webhook-signature`). */
  headers?: WebhookHeaders | undefined;
}

/**
 * The envelope Allo POSTs, as seed 001 names it: `{ topic, data }`. The topic is open (new topics
 * appear); prefer `WebhookReceiver`, which validates the payload before typing it.
 * @example
 * const envelope = JSON.parse(raw) as WebhookEnvelope<CallReceivedPayload>;
 */
export interface WebhookEnvelope<T = unknown> {
  topic: WebhookEventTopic | (string & {});
  data: T;
}
