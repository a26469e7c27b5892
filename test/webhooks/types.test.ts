// The public types, checked by `tsc --noEmit` (npm run typecheck): expectTypeOf and @ts-expect-error
// lines fail the build when a type drifts. The runtime part only makes vitest count the file.
import type { RequestHandler } from "express";
import type { RequestListener } from "node:http";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { webhooks } from "../../generated/allo.js";
import {
  WebhookReceiver,
  createHandlerEvent,
  createTestEvent,
  type CallCompletedEventData,
  type CallReceivedEventData,
  type CallReceivedPayload,
  type ContactPayload,
  type DedupeStore,
  type KnownWebhookEvent,
  type SmsEventData,
  type SmsPayload,
  type SummaryUpdatedEventData,
  type TestDelivery,
  type WebhookReceiverOptions,
  type V1WebhookTopic,
  type V2WebhookTopic,
  type WebhookEvent,
  type WebhookEventTopic,
} from "../../src/webhooks/index.js";

describe("public types", () => {
  it("name exactly the spec's topics, v1 and v2", () => {
    expectTypeOf<V1WebhookTopic>().toEqualTypeOf<
      "CALL_RECEIVED" | "SMS_RECEIVED" | "SMS_SENT" | "CONTACT_CREATED" | "CONTACT_UPDATED" | "PING"
    >();
    expectTypeOf<V2WebhookTopic>().toEqualTypeOf<
      | "call.received"
      | "call.triggered"
      | "call.answered"
      | "call.completed"
      | "tag.added"
      | "tag.removed"
      | "sms.received"
      | "sms.sent"
      | "contact.created"
      | "contact.updated"
      | "summary.updated"
    >();
    expectTypeOf<WebhookEventTopic>().toEqualTypeOf<keyof webhooks>();
  });

  it("type on(topic, handler) per topic, v2 payloads from their own schemas", () => {
    const receiver = new WebhookReceiver()
      .on("call.received", (call, event) => {
        expectTypeOf(call).toEqualTypeOf<CallReceivedEventData>();
        expectTypeOf(call.to_number).toEqualTypeOf<string>();
        expectTypeOf(event.topic).toEqualTypeOf<"call.received">();
        expectTypeOf(call.lead_source).toBeUnknown();
      })
      .on("call.completed", (call) => {
        expectTypeOf(call).toEqualTypeOf<CallCompletedEventData>();
        expectTypeOf(call.to).toEqualTypeOf<string | null | undefined>();
        // @ts-expect-error call.completed has no to_number in its schema: it is an unknown field
        expectTypeOf(call.to_number).toEqualTypeOf<string>();
      })
      .on("sms.received", (sms) => expectTypeOf(sms).toEqualTypeOf<SmsEventData>())
      .on("summary.updated", (summary) => expectTypeOf(summary).toEqualTypeOf<SummaryUpdatedEventData>())
      .on("CALL_RECEIVED", (call) => expectTypeOf(call).toEqualTypeOf<CallReceivedPayload>());
    // @ts-expect-error not a documented topic
    expect(() => receiver.on("call.complete", () => {})).toThrow(TypeError);
  });

  it("type each handler's payload from the spec, unknown fields reachable as unknown", () => {
    const receiver = new WebhookReceiver()
      .onCallReceived((call, event) => {
        expectTypeOf(call).toEqualTypeOf<CallReceivedPayload>();
        expectTypeOf(call.to).toEqualTypeOf<string | null | undefined>();
        expectTypeOf(call.length_in_minutes).toEqualTypeOf<number | null | undefined>();
        expectTypeOf(call.is_whitelisted).toBeUnknown();
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

  it("type createTestEvent as { body, headers } and createHandlerEvent by topic, refusing overrides of the wrong type", () => {
    expectTypeOf(createTestEvent("call.completed")).toEqualTypeOf<TestDelivery>();
    expectTypeOf(createTestEvent("call.completed").body).toEqualTypeOf<string>();
    expectTypeOf(createTestEvent("call.completed").headers).toEqualTypeOf<Record<string, string>>();
    // @ts-expect-error length_in_minutes is a number
    expect(() => createTestEvent("call.completed", { length_in_minutes: "5" })).toThrow();
    expectTypeOf(createHandlerEvent("SMS_RECEIVED")).toEqualTypeOf<KnownWebhookEvent<"SMS_RECEIVED">>();
    expectTypeOf(createHandlerEvent("sms.received")).toEqualTypeOf<KnownWebhookEvent<"sms.received">>();
    expectTypeOf(createHandlerEvent("SOMETHING_NEW")).toEqualTypeOf<WebhookEvent>();
    // @ts-expect-error length_in_minutes is a number
    expect(() => createHandlerEvent("CALL_RECEIVED", { length_in_minutes: "5" })).toThrow();
  });

  it("let a synchronous or an asynchronous store be a DedupeStore", () => {
    const sync: DedupeStore = { claim: () => "claimed", complete: () => {}, release: () => {} };
    const async: DedupeStore = { claim: async () => "in-flight" as const, complete: async () => {}, release: async () => {} };
    expect(new WebhookReceiver({ dedupeStore: sync })).toBeInstanceOf(WebhookReceiver);
    expect(new WebhookReceiver({ dedupeStore: async })).toBeInstanceOf(WebhookReceiver);
  });

  it("fit node:http, Express and fetch-style servers as they are", () => {
    const receiver = new WebhookReceiver();
    expectTypeOf(receiver.nodeHandler()).toExtend<RequestListener>();
    expectTypeOf(receiver.nodeHandler()).toExtend<RequestHandler>();
    expectTypeOf(receiver.fetchHandler()).toEqualTypeOf<(request: Request) => Promise<Response>>();
    expectTypeOf(receiver.handle).returns.resolves.not.toBeAny();
  });

  it("accept an option read from the environment, possibly undefined; an unset secret is refused when run, not when compiled", () => {
    const fromEnv: string | undefined = process.env.ALLO_WEBHOOK_SECRET_THAT_IS_NOT_SET;
    expectTypeOf({ signingSecret: fromEnv, maxBodyBytes: undefined }).toExtend<WebhookReceiverOptions>();
    expect(() => new WebhookReceiver({ signingSecret: fromEnv })).toThrow(/signingSecret/);
    expect(new WebhookReceiver({ signingSecret: fromEnv ?? false, maxBodyBytes: undefined })).toBeInstanceOf(WebhookReceiver);
    const rotating: readonly string[] = [`whsec_${btoa("a secret, 32 bytes, for rotating")}`];
    expect(new WebhookReceiver({ signingSecret: rotating })).toBeInstanceOf(WebhookReceiver);
  });
});
