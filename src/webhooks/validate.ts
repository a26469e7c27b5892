// Validation against the spec: each documented topic's delivery goes through the zod schema
// compiled from its own `webhooks:` entry (generated/webhooks.ts), v1 and v2 alike. Nothing reaches
// a handler unchecked.
import { v2WebhookBodies, webhookBodies } from "../../generated/webhooks.js";
import type { AlloValidationIssue } from "../errors/index.js";
import { isMissing } from "../missing-field.js";
import { WebhookError } from "./errors.js";
import type { Envelope } from "./normalise.js";
import { isV1Topic, isV2Topic } from "./topics.js";
import type { WebhookDelivery, WebhookEvent } from "./types.js";

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  values?: unknown[];
}

interface SafeParser {
  safeParse(value: unknown): { success: true; data: Record<string, unknown> } | { success: false; error: { issues: readonly unknown[] } };
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

/** Each refusal by field; a field left out is "is required", as the client says of its inputs. */
function issuesOf(list: readonly ZodIssueLike[], body: unknown): AlloValidationIssue[] {
  return list.map((issue) => ({
    field: issue.path.map(String).join(".") || "(body)",
    message: issue.code === "invalid_type" && isMissing(body, issue.path) ? "is required" : describe(issue),
  }));
}

const asString = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** The delivery's own parts of `event.delivery`; the receiver adds how it arrived. */
export type Arrival = Pick<WebhookDelivery, "id" | "signed" | "duplicate">;

/** The event handlers receive, or INVALID_PAYLOAD with every refused field. */
export function toEvent(envelope: Envelope, arrival: Arrival): WebhookEvent {
  const { topic, v2 } = envelope;
  const schema: SafeParser | null = isV1Topic(topic) ? webhookBodies[topic] : isV2Topic(topic) ? v2WebhookBodies[topic] : null;
  if (schema === null) {
    const meta = {
      topic,
      version: v2 ? asString(envelope.version) : null,
      timestamp: v2 ? asString(envelope.timestamp) : null,
      ...arrival,
    };
    return { known: false, topic, data: envelope.data, delivery: meta };
  }
  const body = v2
    ? { topic, version: envelope.version, timestamp: envelope.timestamp, data: envelope.data }
    : { topic, data: envelope.data };
  const result = schema.safeParse(body);
  if (!result.success) {
    const issues = issuesOf(result.error.issues as readonly ZodIssueLike[], body);
    const first = issues[0]!;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    throw new WebhookError("INVALID_PAYLOAD", `${topic}: ${first.field} ${first.message}${more}`, issues, topic);
  }
  const { data, version, timestamp } = result.data;
  const meta: WebhookDelivery = { topic, version: asString(version), timestamp: asString(timestamp), ...arrival };
  // A v1 PING may come without data; handlers still get an object.
  return { known: true, topic, data: data ?? {}, delivery: meta } as WebhookEvent;
}
