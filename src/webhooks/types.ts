// Public types of allo-client/webhooks, all derived from the spec's `webhooks:` section through
// generated/allo.d.ts: a new field or topic in the spec shows up here after `npm run generate`.
import type { components, webhooks } from "../../generated/allo.js";
import type { SpecV2WebhookTopic, SpecWebhookTopic } from "../../generated/webhooks.js";

/** A payload as delivered: the documented fields, plus whatever else Allo sent (kept, unvalidated). */
type Open<T> = T & { [field: string]: unknown };
type Schemas = components["schemas"];

/** A v1 topic: `CALL_RECEIVED`, `SMS_RECEIVED`, `SMS_SENT`, `CONTACT_CREATED`, `CONTACT_UPDATED`, `PING`. */
export type V1WebhookTopic = SpecWebhookTopic & keyof webhooks;

/**
 * A v2 topic: `call.received`, `call.triggered`, `call.answered`, `call.completed`, `tag.added`,
 * `tag.removed`, `sms.received`, `sms.sent`, `contact.created`, `contact.updated`, `summary.updated`.
 */
export type V2WebhookTopic = SpecV2WebhookTopic & keyof webhooks;

/** A topic the spec documents, v1 or v2. */
export type WebhookEventTopic = V1WebhookTopic | V2WebhookTopic;

type DeliveryOf<T extends WebhookEventTopic> = webhooks[T]["post"]["requestBody"]["content"]["application/json"];

/** Per topic, the documented fields of its payload. */
type Documented<T extends WebhookEventTopic> = NonNullable<DeliveryOf<T>["data"]>;

/** Per topic, the payload handlers receive: unknown fields kept (v1 keys in snake_case, v2 keys as sent). */
export type WebhookPayloads = { [T in WebhookEventTopic]: Open<Documented<T>> };

/** Fields to change in a test event: documented ones keep their types, others are free. */
export type TestEventOverrides<T extends WebhookEventTopic> = Partial<Documented<T>> & { [field: string]: unknown };

// ---- v1 payloads ------------------------------------------------------------------------------

/** v1 CALL_RECEIVED: a call that has ended, with its summary and transcript. */
export type CallReceivedPayload = Open<Schemas["CallReceivedPayload"]>;
/** v1 SMS_RECEIVED and SMS_SENT: a text received or sent. */
export type SmsPayload = Open<Schemas["SmsPayload"]>;
/** v1 CONTACT_CREATED and CONTACT_UPDATED: the contact as it now is. */
export type ContactPayload = Open<Schemas["ContactPayload"]>;
/** v1 PING: a test delivery, with no fixed fields. */
export type PingPayload = Open<Schemas["PingPayload"]>;

// ---- v2 payloads ------------------------------------------------------------------------------

/** v2 `call.received`: an inbound call is ringing, with the matching contact, company and deals. */
export type CallReceivedEventData = Open<Schemas["CallReceivedEventData"]>;
/** v2 `call.triggered`: an outbound call was placed (payload not published by Allo: every field optional). */
export type CallTriggeredEventData = Open<Schemas["CallTriggeredEventData"]>;
/** v2 `call.answered`: a call was picked up (payload not published by Allo: an open object). */
export type CallAnsweredEventData = Open<Schemas["CallAnsweredEventData"]>;
/** v2 `call.completed`: a call has ended (v1's CALL_RECEIVED, with other fields). */
export type CallCompletedEventData = Open<Schemas["CallCompletedEventData"]>;
/** v2 `tag.added` and `tag.removed`: a call's tag changed. */
export type CallTagEventData = Open<Schemas["CallTagEventData"]>;
/** v2 `sms.received` and `sms.sent`. */
export type SmsEventData = Open<Schemas["SmsEventData"]>;
/** v2 `contact.created` and `contact.updated`; custom contact properties come as extra keys. */
export type ContactEventData = Open<Schemas["ContactEventData"]>;
/** v2 `summary.updated`: a call's AI summary changed (payload not published by Allo: an open object). */
export type SummaryUpdatedEventData = Open<Schemas["SummaryUpdatedEventData"]>;

// ---- Events -----------------------------------------------------------------------------------

/** How an event reached the receiver. */
export interface WebhookDelivery {
  /** The topic exactly as sent: `CALL_RECEIVED` in v1, `call.completed` in v2. */
  readonly topic: string;
  /** The envelope's `version` (`"2.0"` for v2 deliveries); null in v1. */
  readonly version: string | null;
  /** The envelope's `timestamp` (v2, ISO 8601); null in v1. */
  readonly timestamp: string | null;
  /** The `webhook-id` header, once its signature was verified; null for an unsigned delivery. */
  readonly id: string | null;
  /** True when a `signingSecret` is set and the signature matched. */
  readonly signed: boolean;
  /** True when a copy of this `webhook-id` was already handled: no handler ran this time. (A copy still being handled is refused with DELIVERY_IN_FLIGHT instead.) */
  readonly duplicate: boolean;
}

/** An event of a documented topic, as handlers receive it. */
export interface KnownWebhookEvent<T extends WebhookEventTopic> {
  /** True: the topic is documented and `data` was validated against its own schema. */
  readonly known: true;
  /** The topic as sent: v1 (`CALL_RECEIVED`) or v2 (`call.completed`), never one mapped onto the other. */
  readonly topic: T;
  /** The payload: v1's from `data` (or the older `body`) with keys in snake_case; v2's `data` as sent. */
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
  /** The payload, not validated beyond being JSON (v1-style keys in snake_case, v2-style as sent). */
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
 *   if (event.topic === "call.completed") console.log(event.data.summary);
 * });
 */
export type WebhookEvent = { [T in WebhookEventTopic]: KnownWebhookEvent<T> }[WebhookEventTopic] | UnknownWebhookEvent;

/** The event of a topic; for a union of topics, the union of their events, so that `switch (event.topic)` narrows. */
export type WebhookEventOf<T extends WebhookEventTopic> = T extends unknown ? KnownWebhookEvent<T> : never;

/** A handler of one topic. Its promise is awaited; what it throws propagates (answer 5xx, Allo retries). */
export type WebhookHandler<T extends WebhookEventTopic> = (payload: WebhookPayloads[T], event: WebhookEventOf<T>) => unknown;

/** Request headers, as a fetch `Headers` or a Node `req.headers` object. */
export type WebhookHeaders = { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Options of {@link WebhookReceiver.handle}. */
export interface HandleOptions {
  /** The request's headers; needed to verify a signature (`webhook-id`, `webhook-timestamp`, `webhook-signature`). */
  headers?: WebhookHeaders | undefined;
}

/**
 * The envelope Allo POSTs: `{ topic, data }` in v1, `{ topic, version, timestamp, data }` in v2. The
 * topic is open (new topics appear); prefer `WebhookReceiver`, which validates the payload before typing it.
 * @example
 * const envelope = JSON.parse(raw) as WebhookEnvelope<CallReceivedPayload>;
 */
export interface WebhookEnvelope<T = unknown> {
  topic: WebhookEventTopic | (string & {});
  /** v2 only: `"2.0"`. */
  version?: string;
  /** v2 only: ISO 8601. */
  timestamp?: string;
  data: T;
}
