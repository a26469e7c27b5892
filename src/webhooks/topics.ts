import { webhookTopics } from "../../generated/webhooks.js";
import type { WebhookEventTopic } from "./types.js";

// Allo v2 names the same events with dotted topics. Allo publishes `call.completed` and
// `sms.received`; the others follow the same pattern. A dotted topic not listed here is an unknown
// topic: acknowledged and handed to onEvent handlers only.
const V2_TOPICS: ReadonlyArray<readonly [string, WebhookEventTopic]> = [
  ["call.completed", "CALL_RECEIVED"],
  ["sms.received", "SMS_RECEIVED"],
  ["sms.sent", "SMS_SENT"],
  ["contact.created", "CONTACT_CREATED"],
  ["contact.updated", "CONTACT_UPDATED"],
  ["ping", "PING"],
];

// A Map, not an object: a topic named "constructor" or "__proto__" must not find anything.
const KNOWN = new Map<string, WebhookEventTopic>([...webhookTopics.map((t) => [t, t] as const), ...V2_TOPICS]);

/** The documented topic a sent topic stands for (v1 as is, v2 dotted mapped), or null when unknown. */
export function knownTopic(sent: string): WebhookEventTopic | null {
  return KNOWN.get(sent) ?? null;
}

/** The v2 dotted topics this receiver maps onto documented ones. */
export const v2Topics: ReadonlyMap<string, WebhookEventTopic> = new Map(V2_TOPICS);
