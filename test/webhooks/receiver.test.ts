import { describe, expect, it, vi } from "vitest";
import { webhookBodies, webhookHandlerNames } from "../../generated/webhooks.js";
import { AlloError, AlloValidationError } from "../../src/errors/index.js";
import { WebhookError, WebhookReceiver, type WebhookEvent } from "../../src/webhooks/index.js";
import { specDeliveries, variant, type Casing, type EnvelopeKey } from "./helpers.js";

const cases = specDeliveries.flatMap(({ topic, delivery }) =>
  (["snake_case", "camelCase"] as Casing[]).flatMap((casing) =>
    (["data", "body"] as EnvelopeKey[]).map((key) => ({ topic, casing, key, delivery })),
  ),
);

/** A receiver with a spy on every topic's method and on onEvent. */
function spied(options?: ConstructorParameters<typeof WebhookReceiver>[0]) {
  const receiver = new WebhookReceiver(options);
  const topic = vi.fn();
  const any = vi.fn();
  for (const method of Object.values(webhookHandlerNames)) receiver[method](topic);
  receiver.onEvent(any);
  return { receiver, topic, any };
}

describe("every topic of the spec, in both casings and both envelopes", () => {
  it("covers the six documented topics, four ways each", () => {
    expect(cases).toHaveLength(24);
  });

  it.each(cases)("$topic in $casing under $key reaches its handler in snake_case", async ({ topic, casing, key, delivery }) => {
    const { receiver, topic: handler, any } = spied();
    const event = await receiver.handle(JSON.stringify(variant(delivery, casing, key)));
    expect(event).toMatchObject({ known: true, topic, data: delivery.data });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler).toHaveBeenCalledWith(delivery.data, event);
    expect(any).toHaveBeenCalledWith(event);
    expect(webhookBodies[topic as keyof typeof webhookBodies].safeParse({ topic, data: handler.mock.calls[0]![0] }).success).toBe(true);
  });

  it("has a receiver method named after each topic's operationId", () => {
    for (const method of Object.values(webhookHandlerNames)) expect(typeof new WebhookReceiver()[method]).toBe("function");
  });
});

describe("dispatch", () => {
  const call = specDeliveries.find((d) => d.topic === "CALL_RECEIVED")!.delivery;
  const sms = specDeliveries.find((d) => d.topic === "SMS_RECEIVED")!.delivery;

  it("runs only the handlers of the event's topic", async () => {
    const onCall = vi.fn();
    const onSms = vi.fn();
    await new WebhookReceiver().onCallReceived(onCall).onSmsReceived(onSms).handle(JSON.stringify(sms));
    expect(onCall).not.toHaveBeenCalled();
    expect(onSms).toHaveBeenCalledTimes(1);
  });

  it("runs handlers one after the other in the order added, topic handlers before onEvent, each awaited", async () => {
    const order: string[] = [];
    // The first handler is the slowest: run concurrently, they would finish in the reverse order.
    const after = (name: string, ms: number) => async () => {
      await new Promise((r) => setTimeout(r, ms));
      order.push(name);
    };
    const receiver = new WebhookReceiver().onEvent(after("any", 0)).onCallReceived(after("first", 20)).onCallReceived(after("second", 10));
    await receiver.handle(JSON.stringify(call));
    expect(order).toEqual(["first", "second", "any"]);
  });

  it("keeps the fields the spec does not list", async () => {
    const body = { ...call, data: { ...call.data, is_whitelisted: true, integrationData: { crm: "x" } } };
    const event = await new WebhookReceiver().handle(JSON.stringify(body));
    expect(event.data).toMatchObject({ is_whitelisted: true, integration_data: { crm: "x" } });
  });

  it("acknowledges PING without any handler", async () => {
    const event = await new WebhookReceiver().handle('{"topic":"PING"}');
    expect(event).toMatchObject({ known: true, topic: "PING", data: {} });
  });

  it("acknowledges an unknown topic, handing it to onEvent only, data in snake_case", async () => {
    const { receiver, topic, any } = spied();
    const event = await receiver.handle(JSON.stringify({ topic: "VOICEMAIL_LEFT", data: { voicemailUrl: "https://x" } }));
    expect(event).toMatchObject({ known: false, topic: "VOICEMAIL_LEFT", data: { voicemail_url: "https://x" } });
    expect(topic).not.toHaveBeenCalled();
    expect(any).toHaveBeenCalledWith(event);
  });

  it("maps v2 dotted topics onto the documented ones and keeps the v2 envelope's details", async () => {
    const onCall = vi.fn();
    const body = { topic: "call.completed", version: "2.0", timestamp: "2026-04-21T10:35:00Z", data: call.data };
    const event = await new WebhookReceiver().onCallReceived(onCall).handle(JSON.stringify(body));
    expect(event.topic).toBe("CALL_RECEIVED");
    expect(event.delivery).toMatchObject({ topic: "call.completed", version: "2.0", timestamp: "2026-04-21T10:35:00Z", signed: false });
    expect(onCall).toHaveBeenCalledTimes(1);
  });

  it("lets a handler's own error propagate unchanged, and runs no handler after it", async () => {
    const failure = new Error("database down");
    const after = vi.fn();
    const receiver = new WebhookReceiver()
      .onCallReceived(() => Promise.reject(failure))
      .onCallReceived(after)
      .onEvent(after);
    await expect(receiver.handle(JSON.stringify(call))).rejects.toBe(failure);
    expect(after).not.toHaveBeenCalled();
  });

  it("accepts the body as bytes, with or without a UTF-8 byte order mark", async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(call));
    await expect(new WebhookReceiver().handle(bytes)).resolves.toMatchObject({ topic: "CALL_RECEIVED" });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    await expect(new WebhookReceiver().handle(bom)).resolves.toMatchObject({ topic: "CALL_RECEIVED" });
  });

  it("refuses a parsed object with a TypeError that says to pass the raw body", async () => {
    await expect(new WebhookReceiver().handle(call as never)).rejects.toThrow(/raw body/);
  });
});

describe("errors, each code with its status, checked in order", () => {
  const call = specDeliveries.find((d) => d.topic === "CALL_RECEIVED")!.delivery;
  const receiver = () => spied({ allowedAlloNumbers: ["+13055550180"], maxBodyBytes: 2048 });

  const refusals: Array<[string, string | Uint8Array, string, number]> = [
    ["a body over maxBodyBytes", JSON.stringify({ ...call, pad: "x".repeat(4096) }), "PAYLOAD_TOO_LARGE", 413],
    ["a body over maxBodyBytes in UTF-8 bytes though not in characters", JSON.stringify({ ...call, pad: "é".repeat(1000) }), "PAYLOAD_TOO_LARGE", 413],
    ["bytes over maxBodyBytes", new Uint8Array(2049), "PAYLOAD_TOO_LARGE", 413],
    ["text that is not JSON", "topic=CALL_RECEIVED", "INVALID_JSON", 400],
    ["an empty body", "", "INVALID_JSON", 400],
    ["bytes that are not UTF-8", new Uint8Array([0x7b, 0xff, 0x7d]), "INVALID_JSON", 400],
    ["JSON that is not an object", "[1,2]", "INVALID_PAYLOAD", 400],
    ["a delivery without topic", '{"data":{}}', "INVALID_PAYLOAD", 400],
    ["a CALL_RECEIVED without data", '{"topic":"CALL_RECEIVED"}', "INVALID_PAYLOAD", 400],
    ["a CALL_RECEIVED whose id is a number", JSON.stringify({ ...call, data: { ...call.data, id: 7 } }), "INVALID_PAYLOAD", 400],
    ["a PING whose data is a string", '{"topic":"PING","data":"x"}', "INVALID_PAYLOAD", 400],
    ["a CALL_RECEIVED to another number", JSON.stringify({ ...call, data: { ...call.data, to: "+13055559999" } }), "NUMBER_NOT_ALLOWED", 403],
  ];

  it.each(refusals)("refuses %s with %s (%i), calling no handler", async (_, body, code, status) => {
    const { receiver: r, topic, any } = receiver();
    const error = await r.handle(body).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookError);
    expect(error).toBeInstanceOf(AlloError);
    expect(error).toMatchObject({ code, status, name: "WebhookError" });
    expect(topic).not.toHaveBeenCalled();
    expect(any).not.toHaveBeenCalled();
  });

  it("checks size before JSON, JSON before schema, schema before allow-list", async () => {
    const { receiver: r } = receiver();
    await expect(r.handle("{" + " ".repeat(4096))).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    await expect(r.handle('{"topic":7,')).rejects.toMatchObject({ code: "INVALID_JSON" });
    const invalidAndForeign = { ...call, data: { ...call.data, id: 7, to: "+13055559999" } };
    await expect(r.handle(JSON.stringify(invalidAndForeign))).rejects.toMatchObject({ code: "INVALID_PAYLOAD" });
  });

  it("lists every refused field in issues, and names fields but not the values in the message", async () => {
    const body = { ...call, data: { ...call.data, id: 7, to: ["secret-value"], length_in_minutes: "long" } };
    const error = (await new WebhookReceiver().handle(JSON.stringify(body)).catch((e: unknown) => e)) as WebhookError;
    expect(error.issues.map((i) => i.field)).toEqual(["data.id", "data.to", "data.length_in_minutes"]);
    expect(error.message).toBe("INVALID_PAYLOAD: CALL_RECEIVED: data.id must be a string (and 2 more)");
    expect(error.message).not.toContain("secret-value");
  });

  it("never quotes the raw body in an INVALID_JSON message (V8's SyntaxError does)", async () => {
    const error = (await new WebhookReceiver().handle('{"token": "sk_live_very_secret" oops}').catch((e: unknown) => e)) as WebhookError;
    expect(error.code).toBe("INVALID_JSON");
    expect(String(error)).not.toContain("sk_live_very_secret");
    expect(error.cause).toBeUndefined();
  });

  it("measures maxBodyBytes at 1 MiB by default: 1 MiB passes the size check, one byte more does not", async () => {
    const r = new WebhookReceiver();
    const exact = new Uint8Array(1_048_576).fill(0x20);
    await expect(r.handle(exact)).rejects.toMatchObject({ code: "INVALID_JSON" });
    await expect(r.handle(new Uint8Array(1_048_577))).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });
});

describe("options", () => {
  it.each([0, -1, 1.5, Number.NaN])("refuses maxBodyBytes %s at construction", (maxBodyBytes) => {
    expect(() => new WebhookReceiver({ maxBodyBytes })).toThrow(AlloValidationError);
  });

  it("returns the same receiver from every on* method, so calls chain", () => {
    const r = new WebhookReceiver();
    const noop = () => {};
    expect(r.onCallReceived(noop).onSmsReceived(noop).onSmsSent(noop).onContactCreated(noop).onContactUpdated(noop).onPing(noop).onEvent(noop)).toBe(r);
  });

  it("refuses a handler that is not a function when it is added, not at the first delivery", () => {
    expect(() => new WebhookReceiver().onCallReceived(undefined as never)).toThrow(TypeError);
    expect(() => new WebhookReceiver().onEvent("log" as never)).toThrow(TypeError);
  });

  it("types the event so that known and topic narrow data", async () => {
    const event: WebhookEvent = await new WebhookReceiver().handle(JSON.stringify(specDeliveries[0]!.delivery));
    if (event.known && event.topic === "CALL_RECEIVED") expect(event.data.to).toBe("+13055550180");
    else expect.unreachable("the spec's first delivery is a CALL_RECEIVED");
  });
});
