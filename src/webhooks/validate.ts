// Validation against the spec: each documented topic's delivery goes through the zod schema
// compiled from its `webhooks:` entry (generated/webhooks.ts). Nothing reaches a handler unchecked.
import { webhookBodies } from "../../generated/webhooks.js";
import type { AlloValidationIssue } from "../errors/index.js";
import { WebhookError } from "./errors.js";
import type { Envelope } from "./normalise.js";
import { knownTopic } from "./topics.js";
import type { WebhookDelivery, WebhookEvent } from "./types.js";

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  values?: unknown[];
}

// zod/mini ships no messages ("Invalid input"): say what was expected, never what was received.
function describe(issue: ZodIssueLike): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  if (issue.code === "invalid_type" && typeof issue.expected === "string") {
    return `must be ${/^[aeiou]/.test(issue.expected) ? "an" : "a"} ${issue.expected}`;
  }
  if (issue.code === "invalid_value" && Array.isArray(issue.values)) {
    return `must be ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
  }
  return "is invalid";
}

function issuesOf(list: readonly ZodIssueLike[]): AlloValidationIssue[] {
  return list.map((issue) => ({ field: issue.path.map(String).join(".") || "(body)", message: describe(issue) }));
}

/** The event handlers receive, or INVALID_PAYLOAD with every refused field. */
export function toEvent(envelope: Envelope, delivery: Omit<WebhookDelivery, "topic" | "version" | "timestamp">): WebhookEvent {
  const meta: WebhookDelivery = { topic: envelope.topic, version: envelope.version, timestamp: envelope.timestamp, ...delivery };
  const topic = knownTopic(envelope.topic);
  if (topic === null) {
    return { known: false, topic: envelope.topic, data: envelope.data, delivery: meta };
  }
  const result = webhookBodies[topic].safeParse({ topic, data: envelope.data });
  if (!result.success) {
    const issues = issuesOf(result.error.issues as readonly ZodIssueLike[]);
    const first = issues[0]!;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    throw new WebhookError("INVALID_PAYLOAD", `${topic}: ${first.field} ${first.message}${more}`, issues);
  }
  // A PING may come without data; handlers still get an object.
  const data = result.data.data ?? {};
  return { known: true, topic, data, delivery: meta } as WebhookEvent;
}
