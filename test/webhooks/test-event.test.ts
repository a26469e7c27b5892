import { Webhook } from "standardwebhooks";
import { describe, expect, it, vi } from "vitest";
import { AlloValidationError } from "../../src/errors/index.js";
import { WebhookError, WebhookReceiver, createHandlerEvent, createTestEvent, type WebhookEventTopic } from "../../src/webhooks/index.js";
import { exampleOf, specDeliveries } from "./helpers.js";

const SECRET = `whsec_${Buffer.from("test-event secret of 32 bytes!!!").toString("base64")}`;
const OTHER = `whsec_${Buffer.from("some other secret, 32 bytes long").toString("base64")}`;

describe("createTestEvent: a delivery as Allo sends it, { body, headers }", () => {
  it.each(specDeliveries)(
    "builds $topic from the spec's example, signed so that a receiver with the secret runs its handler",
    async ({ topic, version, delivery }) => {
      const { body, headers } = createTestEvent(topic as WebhookEventTopic, {}, { signingSecret: SECRET });
      expect(typeof body).toBe("string");
      const parsed = JSON.parse(body);
      expect(parsed.data).toEqual(delivery.data ?? {});
      if (version === 2) expect(parsed).toMatchObject({ topic, version: "2.0", timestamp: expect.any(String) });
      else expect(Object.keys(parsed)).toEqual(["topic", "data"]);

      const handler = vi.fn();
      await new WebhookReceiver({ signingSecret: SECRET }).on(topic as WebhookEventTopic, handler).handle(body, { headers });
      expect(handler).toHaveBeenCalledTimes(1);
      expect(handler.mock.calls[0]![1]).toMatchObject({ topic, delivery: { signed: true, id: headers["webhook-id"] } });
    },
  );

  it("returns plain strings: a JSON body and the Standard Webhooks headers, signed as the library signs", () => {
    const at = new Date("2026-04-21T10:35:00Z");
    const { body, headers } = createTestEvent("call.completed", {}, { signingSecret: SECRET, id: "msg_fixed", timestamp: at });
    expect(headers).toEqual({
      "content-type": "application/json",
      "webhook-id": "msg_fixed",
      "webhook-timestamp": String(at.getTime() / 1000),
      "webhook-signature": new Webhook(SECRET).sign("msg_fixed", at, body),
    });
    expect(JSON.parse(body).timestamp).toBe("2026-04-21T10:35:00.000Z");
    expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
  });

  it("leaves webhook-signature out without a secret; a receiver without one accepts it, one with a secret refuses it", async () => {
    const { body, headers } = createTestEvent("sms.sent");
    expect(headers["webhook-signature"]).toBeUndefined();
    expect(headers["webhook-id"]).toMatch(/^msg_[0-9A-Za-z]{22}$/);
    await expect(new WebhookReceiver().handle(body, { headers })).resolves.toMatchObject({
      topic: "sms.sent",
      delivery: { signed: false },
    });
    await expect(new WebhookReceiver({ signingSecret: SECRET }).handle(body, { headers })).rejects.toMatchObject({
      code: "INVALID_SIGNATURE",
    });
  });

  it("is refused by a receiver with another secret", async () => {
    const { body, headers } = createTestEvent("call.completed", {}, { signingSecret: OTHER });
    await expect(new WebhookReceiver({ signingSecret: SECRET }).handle(body, { headers })).rejects.toMatchObject({
      code: "INVALID_SIGNATURE",
    });
  });

  it("gives each delivery its own webhook-id, so a receiver does not take the second for a duplicate", async () => {
    const receiver = new WebhookReceiver({ signingSecret: SECRET });
    const a = createTestEvent("tag.added", {}, { signingSecret: SECRET });
    const b = createTestEvent("tag.added", {}, { signingSecret: SECRET });
    expect(a.headers["webhook-id"]).not.toBe(b.headers["webhook-id"]);
    await receiver.handle(a.body, { headers: a.headers });
    await expect(receiver.handle(b.body, { headers: b.headers })).resolves.toMatchObject({ delivery: { duplicate: false } });
  });

  it("merges overrides into data: v2 as given, v1 camelCase ones in snake_case", () => {
    const v2 = JSON.parse(createTestEvent("call.completed", { summary: "Refund", customField: 1 }).body);
    expect(v2.data).toMatchObject({ id: "cll_2NfDKEm9sF8xK3pQr1Zt", summary: "Refund", customField: 1 });
    const v1 = JSON.parse(createTestEvent("CALL_RECEIVED", { to: "+13055550199", oneSentenceSummary: "Refund request" }).body);
    expect(v1.data).toMatchObject({ id: "call_abc123", to: "+13055550199", one_sentence_summary: "Refund request" });
  });

  it("throws INVALID_PAYLOAD, as the receiver would answer, when an override breaks the topic's schema", () => {
    expect(() => createTestEvent("call.received", { to_number: 7 as unknown as string })).toThrow(WebhookError);
    expect(() => createTestEvent("call.received", { to_number: 7 as unknown as string })).toThrow(/data\.to_number/);
  });

  it("refuses a malformed secret with AlloValidationError, without repeating it", () => {
    expect(() => createTestEvent("call.completed", {}, { signingSecret: "whsec_not*base64" })).toThrow(AlloValidationError);
    expect(() => createTestEvent("call.completed", {}, { signingSecret: "whsec_not*base64" })).not.toThrow(/not\*base64/);
  });

  it("builds an unknown topic from the overrides alone, in a v2 envelope when dotted", () => {
    expect(JSON.parse(createTestEvent("voicemail.left", { url: "https://x" }).body)).toMatchObject({
      topic: "voicemail.left",
      version: "2.0",
      data: { url: "https://x" },
    });
    expect(JSON.parse(createTestEvent("VOICEMAIL_LEFT", { url: "https://x" }).body)).toEqual({
      topic: "VOICEMAIL_LEFT",
      data: { url: "https://x" },
    });
  });
});

describe("createHandlerEvent: the event a handler gets (what createTestEvent returned before v2)", () => {
  it.each(specDeliveries)("builds $topic from the spec's example", ({ topic, version, delivery }) => {
    const event = createHandlerEvent(topic as "PING");
    expect(event).toEqual({
      known: true,
      topic,
      data: delivery.data ?? {},
      delivery: {
        topic,
        version: version === 2 ? "2.0" : null,
        timestamp: version === 2 ? expect.any(String) : null,
        id: null,
        signed: false,
        duplicate: false,
      },
    });
  });

  it("merges overrides into the example's data, v1 camelCase ones included", () => {
    const event = createHandlerEvent("CALL_RECEIVED", { to: "+13055550199", oneSentenceSummary: "Refund request" });
    expect(event.data.to).toBe("+13055550199");
    expect(event.data.one_sentence_summary).toBe("Refund request");
    expect(event.data.id).toBe("call_abc123");
  });

  it("validates like the receiver: overrides that break the schema throw INVALID_PAYLOAD", () => {
    expect(() => createHandlerEvent("CALL_RECEIVED", { id: 7 as unknown as string })).toThrow(WebhookError);
    expect(() => createHandlerEvent("call.completed", { id: 7 as unknown as string })).toThrow(/data\.id/);
  });

  it("returns a fresh copy each time: changing one event does not change the next", () => {
    const first = createHandlerEvent("contact.created");
    first.data.numbers!.push("+10000000000");
    expect(createHandlerEvent("contact.created").data.numbers).toEqual(exampleOf("contact.created").data!.numbers);
  });

  it("builds an unknown topic from the overrides alone", () => {
    const event = createHandlerEvent("VOICEMAIL_LEFT", { url: "https://x" });
    expect(event).toMatchObject({ known: false, topic: "VOICEMAIL_LEFT", data: { url: "https://x" } });
  });

  it("hands the handler the same data the receiver would", async () => {
    const onSms = vi.fn();
    const event = createHandlerEvent("SMS_SENT", { content: "Shipped" });
    const { body } = createTestEvent("SMS_SENT", { content: "Shipped" });
    await new WebhookReceiver({ allowedAlloNumbers: ["+13055550180"] }).onSmsSent(onSms).handle(body);
    expect(onSms).toHaveBeenCalledWith(event.data, expect.objectContaining({ topic: "SMS_SENT" }));
  });
});
