// Which field of an event holds the user's own Allo number, per topic and direction, and the
// check against `allowedAlloNumbers`. The rules follow each topic's description in the spec
// ("Your Allo number is ..."); docs/webhooks.md has them as a table.
import { AlloValidationError } from "../errors/index.js";
import { E164Number } from "../../generated/schemas.js";
import { WebhookError } from "./errors.js";
import { topicLabel } from "./topics.js";
import type { WebhookEvent } from "./types.js";

// Number fields of a payload Allo may add a topic with; an unknown topic is checked on those present.
const ANY_NUMBER_FIELDS = ["allo_number", "to", "to_number", "from_number", "from"] as const;

const fieldsIn = (data: unknown): string[] =>
  data !== null && typeof data === "object" ? ANY_NUMBER_FIELDS.filter((f) => Object.hasOwn(data, f)) : [];

/** Your number on a call, by its direction: the called side inbound, the calling side outbound, either when unknown. */
function byDirection(type: unknown, called: readonly string[]): readonly string[] {
  if (type === "INBOUND") return called;
  if (type === "OUTBOUND") return ["from_number"];
  return [...called, "from_number"];
}

/**
 * The fields of `event.data` that hold the user's own Allo number, or null when the event belongs
 * to no number (contacts, PING, and the v2 topics whose payload carries no line):
 *
 * - v1 CALL_RECEIVED and v2 `call.completed`: `to` when `type` is INBOUND, `from_number` when
 *   OUTBOUND, either when the direction is missing or unknown;
 * - v2 `call.answered`: `to_number` or `to` when INBOUND, `from_number` when OUTBOUND, any of them otherwise;
 * - v2 `call.received`: `to_number`; v2 `call.triggered`: `from_number`;
 * - SMS_RECEIVED and `sms.received`: `to_number`; SMS_SENT and `sms.sent`: `from_number`;
 * - CONTACT_CREATED, CONTACT_UPDATED, PING, `contact.*`, `tag.*`, `summary.updated`: none;
 * - a topic the spec does not document: any of `allo_number`, `to`, `to_number`, `from_number`,
 *   `from` that is present, none if it carries none of them.
 *
 * The receiver refuses an event (NUMBER_NOT_ALLOWED) when none of these fields holds an allowed number.
 *
 * @example
 * alloNumberFields(createHandlerEvent("CALL_RECEIVED", { type: "OUTBOUND" })); // ["from_number"]
 */
export function alloNumberFields(event: WebhookEvent): readonly string[] | null {
  if (!event.known) {
    const present = fieldsIn(event.data);
    return present.length ? present : null;
  }
  switch (event.topic) {
    case "CALL_RECEIVED":
    case "call.completed":
      return byDirection(event.data.type, ["to"]);
    case "call.answered":
      return byDirection(event.data.type, ["to_number", "to"]);
    case "call.received":
    case "SMS_RECEIVED":
    case "sms.received":
      return ["to_number"];
    case "call.triggered":
    case "SMS_SENT":
    case "sms.sent":
      return ["from_number"];
    case "CONTACT_CREATED":
    case "CONTACT_UPDATED":
    case "PING":
    case "contact.created":
    case "contact.updated":
    case "tag.added":
    case "tag.removed":
    case "summary.updated":
      return null;
  }
}

/** The allow-list, checked at construction: a number that is not E.164 is a typo that would refuse every delivery. */
export function allowList(numbers: readonly string[] | undefined): ReadonlySet<string> | null {
  if (numbers === undefined) return null;
  const issues = numbers.flatMap((n, i) =>
    E164Number.safeParse(n).success ? [] : [{ field: `allowedAlloNumbers.${i}`, message: "must be an E.164 number, such as +13055550180" }],
  );
  if (issues.length) throw new AlloValidationError("new WebhookReceiver", issues);
  return new Set(numbers);
}

/** Throws NUMBER_NOT_ALLOWED unless one of the event's own-number fields is in the allow-list. */
export function checkAllowList(event: WebhookEvent, allowed: ReadonlySet<string> | null): void {
  if (allowed === null) return;
  const fields = alloNumberFields(event);
  if (fields === null) return;
  const data = event.data as Record<string, unknown>;
  if (fields.some((f) => typeof data[f] === "string" && allowed.has(data[f]))) return;
  const topic = event.known ? event.topic : topicLabel(event.topic);
  throw new WebhookError("NUMBER_NOT_ALLOWED", `${topic}: ${fields.join(" / ")} is not one of allowedAlloNumbers`, [], event.topic);
}
