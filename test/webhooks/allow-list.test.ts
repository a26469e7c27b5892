// The allow-list rule, per topic and direction, as docs/webhooks.md states it.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { v2WebhookTopics, webhookTopics } from "../../generated/webhooks.js";
import { AlloValidationError } from "../../src/errors/index.js";
import { WebhookReceiver, alloNumberFields, createHandlerEvent } from "../../src/webhooks/index.js";

const MINE = "+13055550180";
const OTHER = "+13055550142";

/** Handles a delivery of `data` (a v2 envelope for a dotted topic) through a receiver that allows MINE; resolves to the outcome's code. */
async function outcome(topic: string, data: Record<string, unknown>, allowed: readonly string[] = [MINE]): Promise<string> {
  const handler = vi.fn();
  const receiver = new WebhookReceiver({ allowedAlloNumbers: allowed }).onEvent(handler);
  const envelope = topic.includes(".") ? { topic, version: "2.0", timestamp: "2025-03-15T14:30:00.000Z", data } : { topic, data };
  try {
    await receiver.handle(JSON.stringify(envelope));
    expect(handler).toHaveBeenCalledTimes(1);
    return "accepted";
  } catch (error) {
    expect(handler).not.toHaveBeenCalled();
    return (error as { code: string }).code;
  }
}

describe("which field holds your Allo number", () => {
  const rules: Array<[string, string, Record<string, unknown>, string]> = [
    // CALL_RECEIVED: by direction.
    ["CALL_RECEIVED", "inbound, to is yours", { id: "c", type: "INBOUND", from_number: OTHER, to: MINE }, "accepted"],
    [
      "CALL_RECEIVED",
      "inbound, only from_number is yours",
      { id: "c", type: "INBOUND", from_number: MINE, to: OTHER },
      "NUMBER_NOT_ALLOWED",
    ],
    ["CALL_RECEIVED", "outbound, from_number is yours", { id: "c", type: "OUTBOUND", from_number: MINE, to: OTHER }, "accepted"],
    ["CALL_RECEIVED", "outbound, only to is yours", { id: "c", type: "OUTBOUND", from_number: OTHER, to: MINE }, "NUMBER_NOT_ALLOWED"],
    ["CALL_RECEIVED", "no direction, to is yours", { id: "c", from_number: OTHER, to: MINE }, "accepted"],
    ["CALL_RECEIVED", "unknown direction, from_number is yours", { id: "c", type: "TRANSFER", from_number: MINE, to: OTHER }, "accepted"],
    ["CALL_RECEIVED", "no direction, neither side is yours", { id: "c", from_number: OTHER, to: OTHER }, "NUMBER_NOT_ALLOWED"],
    ["CALL_RECEIVED", "inbound, to is null", { id: "c", type: "INBOUND", from_number: MINE, to: null }, "NUMBER_NOT_ALLOWED"],
    // SMS: by topic.
    ["SMS_RECEIVED", "to_number is yours", { from_number: OTHER, to_number: MINE }, "accepted"],
    ["SMS_RECEIVED", "only from_number is yours", { from_number: MINE, to_number: OTHER }, "NUMBER_NOT_ALLOWED"],
    ["SMS_RECEIVED", "no number at all", { content: "hi" }, "NUMBER_NOT_ALLOWED"],
    ["SMS_SENT", "from_number is yours", { from_number: MINE, to_number: OTHER }, "accepted"],
    ["SMS_SENT", "only to_number is yours", { from_number: OTHER, to_number: MINE }, "NUMBER_NOT_ALLOWED"],
    // Account-level events carry no Allo number.
    ["CONTACT_CREATED", "a contact with a foreign number", { id: "k", numbers: [OTHER] }, "accepted"],
    ["CONTACT_UPDATED", "a contact with a foreign number", { id: "k", numbers: [OTHER] }, "accepted"],
    ["PING", "a test delivery", {}, "accepted"],
    // v2 calls: call.completed names the called side `to`, call.received `to_number`.
    ["call.completed", "inbound, to is yours", { id: "c", type: "INBOUND", from_number: OTHER, to: MINE }, "accepted"],
    [
      "call.completed",
      "inbound, only from_number is yours",
      { id: "c", type: "INBOUND", from_number: MINE, to: OTHER },
      "NUMBER_NOT_ALLOWED",
    ],
    ["call.completed", "outbound, from_number is yours", { id: "c", type: "OUTBOUND", from_number: MINE, to: OTHER }, "accepted"],
    ["call.completed", "outbound, only to is yours", { id: "c", type: "OUTBOUND", from_number: OTHER, to: MINE }, "NUMBER_NOT_ALLOWED"],
    ["call.completed", "no direction, from_number is yours", { id: "c", from_number: MINE, to: OTHER }, "accepted"],
    [
      "call.completed",
      "inbound, only to_number (the call.received name) is yours",
      { id: "c", type: "INBOUND", to_number: MINE, to: OTHER },
      "NUMBER_NOT_ALLOWED",
    ],
    ["call.received", "to_number is yours", { from_number: OTHER, to_number: MINE, started_at: "2025-03-15T14:30:00.000Z" }, "accepted"],
    [
      "call.received",
      "only from_number is yours",
      { from_number: MINE, to_number: OTHER, started_at: "2025-03-15T14:30:00.000Z" },
      "NUMBER_NOT_ALLOWED",
    ],
    ["call.triggered", "from_number is yours", { from_number: MINE, to_number: OTHER }, "accepted"],
    ["call.triggered", "only to_number is yours", { from_number: OTHER, to_number: MINE }, "NUMBER_NOT_ALLOWED"],
    ["call.answered", "inbound, to_number is yours", { type: "INBOUND", from_number: OTHER, to_number: MINE }, "accepted"],
    ["call.answered", "inbound, to is yours", { type: "INBOUND", from_number: OTHER, to: MINE }, "accepted"],
    ["call.answered", "inbound, only from_number is yours", { type: "INBOUND", from_number: MINE, to_number: OTHER }, "NUMBER_NOT_ALLOWED"],
    ["call.answered", "outbound, from_number is yours", { type: "OUTBOUND", from_number: MINE, to_number: OTHER }, "accepted"],
    ["call.answered", "outbound, only to_number is yours", { type: "OUTBOUND", from_number: OTHER, to_number: MINE }, "NUMBER_NOT_ALLOWED"],
    ["call.answered", "no direction, to is yours", { from_number: OTHER, to: MINE }, "accepted"],
    ["call.answered", "no number at all", { id: "c" }, "NUMBER_NOT_ALLOWED"],
    // v2 texts: as in v1.
    ["sms.received", "to_number is yours", { from_number: OTHER, to_number: MINE }, "accepted"],
    ["sms.received", "only from_number is yours", { from_number: MINE, to_number: OTHER }, "NUMBER_NOT_ALLOWED"],
    ["sms.sent", "from_number is yours", { from_number: MINE, to_number: OTHER }, "accepted"],
    ["sms.sent", "only to_number is yours", { from_number: OTHER, to_number: MINE }, "NUMBER_NOT_ALLOWED"],
    // v2 topics whose payload carries no line.
    ["contact.created", "a contact with a foreign number", { id: "k", numbers: [OTHER] }, "accepted"],
    ["contact.updated", "a contact with a foreign number", { id: "k", numbers: [OTHER] }, "accepted"],
    ["tag.added", "a call's tag", { id: "cll_1", tag: "qualified" }, "accepted"],
    ["tag.removed", "a call's tag", { id: "cll_1", tag: "qualified" }, "accepted"],
    ["summary.updated", "a call's summary", { id: "cll_1", content: "x" }, "accepted"],
    // Unknown topics: any number field present.
    ["VOICEMAIL_LEFT", "allo_number is yours", { allo_number: MINE, from_number: OTHER }, "accepted"],
    ["VOICEMAIL_LEFT", "only foreign numbers", { allo_number: OTHER, from: OTHER }, "NUMBER_NOT_ALLOWED"],
    ["VOICEMAIL_LEFT", "no number field", { url: "https://x" }, "accepted"],
  ];

  it.each(rules)("%s, %s: %s", async (topic, _, data, expected) => {
    expect(await outcome(topic, data)).toBe(expected);
  });

  it("applies the v1 rule to camelCase v1 deliveries", async () => {
    expect(await outcome("CALL_RECEIVED", { id: "c", type: "OUTBOUND", fromNumber: MINE, to: OTHER })).toBe("accepted");
    expect(await outcome("SMS_RECEIVED", { fromNumber: MINE, toNumber: OTHER })).toBe("NUMBER_NOT_ALLOWED");
  });

  it("applies to an unknown dotted topic, on the fields present", async () => {
    expect(await outcome("voicemail.left", { allo_number: MINE })).toBe("accepted");
    expect(await outcome("voicemail.left", { to_number: OTHER })).toBe("NUMBER_NOT_ALLOWED");
  });

  it("covers every topic of the spec, v1 and v2, with at least one accepted and (where a number is carried) one refused case", () => {
    for (const topic of [...webhookTopics, ...v2WebhookTopics]) {
      const mine = rules.filter(([t]) => t === topic);
      expect(
        mine.map(([, , , r]) => r),
        topic,
      ).toContain("accepted");
      if (alloNumberFields(createHandlerEvent(topic)) !== null)
        expect(
          mine.map(([, , , r]) => r),
          topic,
        ).toContain("NUMBER_NOT_ALLOWED");
    }
  });

  it("refuses every numbered event with an empty allow-list, but still accepts contact events and PING", async () => {
    expect(await outcome("SMS_RECEIVED", { to_number: MINE }, [])).toBe("NUMBER_NOT_ALLOWED");
    expect(await outcome("CONTACT_CREATED", { id: "k" }, [])).toBe("accepted");
    expect(await outcome("PING", {}, [])).toBe("accepted");
  });

  it("accepts any number without an allow-list", async () => {
    const event = await new WebhookReceiver().handle(JSON.stringify({ topic: "SMS_RECEIVED", data: { to_number: OTHER } }));
    expect(event.topic).toBe("SMS_RECEIVED");
  });

  it("reports the fields it checks through alloNumberFields", () => {
    expect(alloNumberFields(createHandlerEvent("CALL_RECEIVED", { type: "INBOUND" }))).toEqual(["to"]);
    expect(alloNumberFields(createHandlerEvent("CALL_RECEIVED", { type: "OUTBOUND" }))).toEqual(["from_number"]);
    expect(alloNumberFields(createHandlerEvent("CALL_RECEIVED", { type: null }))).toEqual(["to", "from_number"]);
    expect(alloNumberFields(createHandlerEvent("SMS_RECEIVED"))).toEqual(["to_number"]);
    expect(alloNumberFields(createHandlerEvent("SMS_SENT"))).toEqual(["from_number"]);
    expect(alloNumberFields(createHandlerEvent("CONTACT_CREATED"))).toBeNull();
    expect(alloNumberFields(createHandlerEvent("PING"))).toBeNull();
    expect(alloNumberFields(createHandlerEvent("call.completed", { type: "INBOUND" }))).toEqual(["to"]);
    expect(alloNumberFields(createHandlerEvent("call.answered", { type: null }))).toEqual(["to_number", "to", "from_number"]);
    expect(alloNumberFields(createHandlerEvent("call.received"))).toEqual(["to_number"]);
    expect(alloNumberFields(createHandlerEvent("call.triggered"))).toEqual(["from_number"]);
    expect(alloNumberFields(createHandlerEvent("summary.updated"))).toBeNull();
  });
});

describe("allowedAlloNumbers itself", () => {
  it("refuses a number that is not E.164 at construction, naming its index", () => {
    expect(() => new WebhookReceiver({ allowedAlloNumbers: [MINE, "0612345678"] })).toThrow(AlloValidationError);
    expect(() => new WebhookReceiver({ allowedAlloNumbers: [MINE, "0612345678"] })).toThrow(/allowedAlloNumbers\.1/);
  });

  it("matches numbers exactly: a number with spaces is not the same number", async () => {
    expect(await outcome("SMS_RECEIVED", { to_number: "+1 305 555 0180" })).toBe("NUMBER_NOT_ALLOWED");
  });
});

describe("docs/webhooks.md", () => {
  it("states the allow-list rule for every topic of the spec, v1 and v2", () => {
    const docs = readFileSync(new URL("../../docs/webhooks.md", import.meta.url), "utf8");
    const section = docs.split("## The allow-list rule")[1]?.split("\n## ")[0] ?? "";
    for (const topic of [...webhookTopics, ...v2WebhookTopics]) {
      expect(section, `${topic} is missing from the allow-list table`).toMatch(new RegExp(`^\\| [^|]*\`${topic}\``, "m"));
    }
  });
});
