import { describe, expect, it, vi } from "vitest";
import { WebhookError, WebhookReceiver, createTestEvent } from "../../src/webhooks/index.js";
import { specDeliveries } from "./helpers.js";

describe("createTestEvent", () => {
  it.each(specDeliveries)("builds $topic from the spec's example", ({ topic, delivery }) => {
    const event = createTestEvent(topic as "PING");
    expect(event).toEqual({
      known: true,
      topic,
      data: delivery.data ?? {},
      delivery: { topic, version: null, timestamp: null, id: null, signed: false, duplicate: false },
    });
  });

  it("merges overrides into the example's data, camelCase ones included", () => {
    const event = createTestEvent("CALL_RECEIVED", { to: "+13055550199", oneSentenceSummary: "Refund request" });
    expect(event.data.to).toBe("+13055550199");
    expect(event.data.one_sentence_summary).toBe("Refund request");
    expect(event.data.id).toBe("call_abc123");
  });

  it("validates like the receiver: overrides that break the schema throw INVALID_PAYLOAD", () => {
    expect(() => createTestEvent("CALL_RECEIVED", { id: 7 as unknown as string })).toThrow(WebhookError);
  });

  it("returns a fresh copy each time: changing one event does not change the next", () => {
    const first = createTestEvent("CONTACT_CREATED");
    first.data.numbers!.push("+10000000000");
    expect(createTestEvent("CONTACT_CREATED").data.numbers).toEqual(["+33612345678"]);
  });

  it("builds an unknown topic from the overrides alone", () => {
    const event = createTestEvent("VOICEMAIL_LEFT", { url: "https://x" });
    expect(event).toMatchObject({ known: false, topic: "VOICEMAIL_LEFT", data: { url: "https://x" } });
  });

  it("serialises to a body the receiver accepts, handing the handler the same data", async () => {
    const onSms = vi.fn();
    const event = createTestEvent("SMS_SENT", { content: "Shipped" });
    await new WebhookReceiver({ allowedAlloNumbers: ["+13055550180"] }).onSmsSent(onSms).handle(JSON.stringify(event));
    expect(onSms).toHaveBeenCalledWith(event.data, expect.objectContaining({ topic: "SMS_SENT" }));
  });
});
