// The public types, checked by `tsc --noEmit` (npm run typecheck): expectTypeOf and @ts-expect-error
// lines fail the build when a type drifts. The runtime part only makes vitest count the file.
import type { RequestHandler } from "express";
import type { RequestListener } from "node:http";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { webhooks } from "../../generated/allo.js";
import {
  WebhookReceiver,
  createTestEvent,
  type CallReceivedPayload,
  type ContactPayload,
  type KnownWebhookEvent,
  type SmsPayload,
  type WebhookEvent,
  type WebhookEventTopic,
} from "../../src/webhooks/index.js";

describe("public types", () => {
  it("name exactly the spec's topics", () => {
    expectTypeOf<WebhookEventTopic>().toEqualTypeOf<"CALL_RECEIVED" | "SMS_RECEIVED" | "SMS_SENT" | "CONTACT_CREATED" | "CONTACT_UPDATED" | "PING">();
    expectTypeOf<WebhookEventTopic>().toEqualTypeOf<keyof webhooks>();
  });

  it("type each handler's payload from the spec, unknown fields reachable as unknown", () => {
    const receiver = new WebhookReceiver()
      .onCallReceived((call, event) => {
        expectTypeOf(call).toEqualTypeOf<CallReceivedPayload>();
        expectTypeOf(call.to).toEqualTypeOf<string | null | undefined>();
        expectTypeOf(call.length_in_minutes).toEqualTypeOf<number | null | undefined>();
        expectTypeOf(call["is_whitelisted"]).toBeUnknown();
        expectTypeOf(event.topic).toEqualTypeOf<"CALL_RECEIVED">();
        // @ts-expect-error `to` may be null or absent
        call.to.toUpperCase();
      })
      .onSmsSent((sms) => expectTypeOf(sms).toEqualTypeOf<SmsPayload>())
      .onContactUpdated((contact) => {
        expectTypeOf(contact).toEqualTypeOf<ContactPayload>();
        expectTypeOf(contact.id).toEqualTypeOf<string>();
      });
    expect(receiver).toBeInstanceOf(WebhookReceiver);
  });

  it("narrow an event by known, then by topic", () => {
    const narrow = (event: WebhookEvent) => {
      if (!event.known) {
        expectTypeOf(event.topic).toEqualTypeOf<string>();
        expectTypeOf(event.data).toBeUnknown();
        return;
      }
      switch (event.topic) {
        case "SMS_RECEIVED":
          expectTypeOf(event.data).toEqualTypeOf<SmsPayload>();
          break;
        case "CALL_RECEIVED":
          expectTypeOf(event.data).toEqualTypeOf<CallReceivedPayload>();
      }
    };
    expect(narrow).toBeTypeOf("function");
  });

  it("type createTestEvent by topic and refuse overrides of the wrong type", () => {
    expectTypeOf(createTestEvent("SMS_RECEIVED")).toEqualTypeOf<KnownWebhookEvent<"SMS_RECEIVED">>();
    expectTypeOf(createTestEvent("SOMETHING_NEW")).toEqualTypeOf<WebhookEvent>();
    // @ts-expect-error length_in_minutes is a number
    expect(() => createTestEvent("CALL_RECEIVED", { length_in_minutes: "5" })).toThrow();
  });

  it("fit node:http, Express and fetch-style servers as they are", () => {
    const receiver = new WebhookReceiver();
    expectTypeOf(receiver.nodeHandler()).toExtend<RequestListener>();
    expectTypeOf(receiver.nodeHandler()).toExtend<RequestHandler>();
    expectTypeOf(receiver.fetchHandler()).toEqualTypeOf<(request: Request) => Promise<Response>>();
    expectTypeOf(receiver.handle).returns.resolves.not.toBeAny();
  });

  it("accept an option read from the environment, possibly undefined", () => {
    const fromEnv: string | undefined = process.env.ALLO_WEBHOOK_SECRET_THAT_IS_NOT_SET;
    expect(new WebhookReceiver({ signingSecret: fromEnv, maxBodyBytes: undefined })).toBeInstanceOf(WebhookReceiver);
  });
});
