// Which topics the spec documents, and in which version. v1 and v2 are two families of topics, not
// two spellings of the same ones: a v2 delivery is validated against its own v2 schema and never
// handed to a v1 handler (docs/webhooks.md has the v1-to-v2 table, for reading, not applied).
import { v2WebhookTopics, webhookTopics } from "../../generated/webhooks.js";
import type { V1WebhookTopic, V2WebhookTopic, WebhookEventTopic } from "./types.js";

// Sets, not objects: a topic named "constructor" or "__proto__" must not find anything.
const V1 = new Set<string>(webhookTopics);
const V2 = new Set<string>(v2WebhookTopics);

export const isV1Topic = (topic: string): topic is V1WebhookTopic => V1.has(topic);
export const isV2Topic = (topic: string): topic is V2WebhookTopic => V2.has(topic);
export const isKnownTopic = (topic: string): topic is WebhookEventTopic => V1.has(topic) || V2.has(topic);

/** Every documented topic, v1 then v2, in spec order. */
export const knownTopics: readonly WebhookEventTopic[] = [...webhookTopics, ...v2WebhookTopics];

/** A topic from an untrusted body, fit for a message or a log line: quoted, and cut at 64 characters. */
export function topicLabel(topic: string): string {
  return JSON.stringify(topic.length > 64 ? `${topic.slice(0, 64)}...` : topic);
}
