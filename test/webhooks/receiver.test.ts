import { describe, expect, it, vi } from "vitest";
import { v2WebhookBodies, v2WebhookTopics, webhookBodies, webhookHandlerNames, webhookTopics } from "../../generated/webhooks.js";
import { AlloError, AlloValidationError } from "../../src/errors/index.js";
import { WebhookError, WebhookReceiver, type WebhookEvent, type WebhookEventTopic } from "../../src/webhooks/index.js";
import { exampleOf, specDeliveries, v1Deliveries, v2Deliveries, variant, type Casing, type EnvelopeKey } from "./helpers.js";

const cases = v1Deliveries.flatMap(({ topic, delivery }) =>
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

describe("every v1 topic of the spec, in both casings and both envelopes", () => {
  it("covers the six v1 topics, four ways each", () => {
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

describe("every v2 topic of the spec, each with its own schema and handler", () => {
  it("covers the eleven v2 topics", () => {
    expect(v2Deliveries.map((d) => d.topic)).toEqual([...v2WebhookTopics]);
    expect(v2Deliveries).toHaveLength(11);
  });

  it.each(v2Deliveries)("$topic reaches on($topic) as sent, with the envelope's version and timestamp", async ({ topic, delivery }) => {
    const own = vi.fn();
    const others = vi.fn();
    const receiver = new WebhookReceiver().on(topic as WebhookEventTopic, own);
    for (const t of [...webhookTopics, ...v2WebhookTopics]) if (t !== topic) receiver.on(t, others);
    const event = await receiver.handle(JSON.stringify(delivery));
    expect(event).toEqual({
      known: true,
      topic,
      data: delivery.data,
      delivery: { topic, version: "2.0", timestamp: delivery.timestamp, id: null, signed: false, duplicate: false },
    });
    expect(own).toHaveBeenCalledTimes(1);
    expect(own).toHaveBeenCalledWith(delivery.data, event);
    expect(others).not.toHaveBeenCalled();
    expect(v2WebhookBodies[topic as keyof typeof v2WebhookBodies].safeParse({ ...delivery, data: own.mock.calls[0]![0] }).success).toBe(
      true,
    );
  });

  it("hands a v2 call.completed to on('call.completed') and never to the v1 onCallReceived", async () => {
    const v1 = vi.fn();
    const v2 = vi.fn();
    const receiver = new WebhookReceiver().onCallReceived(v1).on("call.completed", v2);
    await receiver.handle(JSON.stringify(exampleOf("call.completed")));
    expect(v2).toHaveBeenCalledTimes(1);
    expect(v1).not.toHaveBeenCalled();
  });

  it("hands a v1 CALL_RECEIVED to onCallReceived and never to on('call.received'), despite the name", async () => {
    const v1 = vi.fn();
    const v2 = vi.fn();
    await new WebhookReceiver()
      .onCallReceived(v1)
      .on("call.received", v2)
      .handle(JSON.stringify(exampleOf("CALL_RECEIVED")));
    expect(v1).toHaveBeenCalledTimes(1);
    expect(v2).not.toHaveBeenCalled();
  });

  it("refuses a v2 delivery shaped like its v1 counterpart: call.completed with v1 CALL_RECEIVED data and no timestamp", async () => {
    const body = { topic: "call.completed", version: "2.0", data: exampleOf("CALL_RECEIVED").data };
    const error = (await new WebhookReceiver().handle(JSON.stringify(body)).catch((e: unknown) => e)) as WebhookError;
    expect(error).toMatchObject({ code: "INVALID_PAYLOAD", topic: "call.completed" });
    expect(error.issues.map((i) => i.field)).toContain("timestamp");
  });

  it.each(["call.answered", "summary.updated"])(
    "takes %s, whose payload Allo has not published, with fields the spec does not declare",
    async (topic) => {
      const handler = vi.fn();
      const data = { direction: "INBOUND", answered_at: "2025-03-15T14:30:08.000Z", answeredBy: { id: "usr-1" } };
      await new WebhookReceiver().on(topic as WebhookEventTopic, handler).handle(JSON.stringify({ ...exampleOf(topic), data }));
      expect(handler).toHaveBeenCalledWith(data, expect.objectContaining({ topic, known: true }));
    },
  );

  it("keeps v2 keys as sent: custom contact properties in any casing, nested objects untouched", async () => {
    const call = exampleOf("call.received");
    const person = { ...call.data!.person, leadScore: 42, "Favourite Colour": "teal", linkedin_url: "https://x" };
    const body = { ...call, data: { ...call.data, person, crmSync: { lastRunAt: "2025-03-15" } } };
    const event = await new WebhookReceiver().handle(JSON.stringify(body));
    expect(event.data).toEqual(body.data);
  });

  it("reads an unknown dotted topic with a version as v2: keys as sent, to onEvent only", async () => {
    const any = vi.fn();
    const body = { topic: "voicemail.left", version: "2.0", timestamp: "2025-03-15T14:30:00.000Z", data: { voicemailUrl: "https://x" } };
    const event = await new WebhookReceiver().onEvent(any).handle(JSON.stringify(body));
    expect(event).toEqual({
      known: false,
      topic: "voicemail.left",
      data: { voicemailUrl: "https://x" },
      delivery: {
        topic: "voicemail.left",
        version: "2.0",
        timestamp: "2025-03-15T14:30:00.000Z",
        id: null,
        signed: false,
        duplicate: false,
      },
    });
    expect(any).toHaveBeenCalledWith(event);
  });
});

/** The first field of `data` whose example value is a string: the field to give the wrong type. */
function stringField(data: Record<string, unknown> | undefined): string | undefined {
  return Object.entries(data ?? {}).find(([, v]) => typeof v === "string")?.[0];
}

describe("every topic of the spec, v1 and v2: one field of the wrong type, and fields the spec does not list", () => {
  const withField = specDeliveries.filter(({ delivery }) => stringField(delivery.data) !== undefined);

  it("has a string field to break in every topic but PING", () => {
    expect(specDeliveries.filter((d) => !withField.includes(d)).map((d) => d.topic)).toEqual(["PING"]);
  });

  it.each(withField)(
    "$topic: a number where the spec wants a string is refused, naming that field, no handler run",
    async ({ topic, delivery }) => {
      const field = stringField(delivery.data)!;
      const handler = vi.fn();
      const receiver = new WebhookReceiver().on(topic as WebhookEventTopic, handler).onEvent(handler);
      const body = { ...delivery, data: { ...delivery.data, [field]: 12345 } };
      const error = (await receiver.handle(JSON.stringify(body)).catch((e: unknown) => e)) as WebhookError;
      expect(error).toBeInstanceOf(WebhookError);
      expect(error).toMatchObject({ code: "INVALID_PAYLOAD", status: 400, topic });
      expect(error.issues).toEqual([{ field: `data.${field}`, message: "must be a string" }]);
      expect(error.message).toBe(`INVALID_PAYLOAD: ${topic}: data.${field} must be a string`);
      expect(handler).not.toHaveBeenCalled();
    },
  );

  it("a required field left out is said to be required, naming it, in every topic that has one", async () => {
    const refused: string[] = [];
    for (const { topic, delivery } of specDeliveries) {
      for (const field of Object.keys(delivery.data ?? {})) {
        const { [field]: _left, ...rest } = delivery.data as Record<string, unknown>;
        const error = await new WebhookReceiver().handle(JSON.stringify({ ...delivery, data: rest })).catch((e: unknown) => e);
        if (!(error instanceof WebhookError)) continue;
        expect(error.issues, `${topic} without ${field}`).toEqual([{ field: `data.${field}`, message: "is required" }]);
        refused.push(`${topic}.${field}`);
      }
    }
    // The spec requires fields of several topics: the check above ran.
    expect(refused.length).toBeGreaterThan(0);
  });

  it.each(specDeliveries)("$topic keeps fields the spec does not list", async ({ topic, version, delivery }) => {
    const body = { ...delivery, data: { ...delivery.data, is_whitelisted: true, extraInfo: { deepKey: [1] } } };
    const event = await new WebhookReceiver().handle(JSON.stringify(body));
    // v1 keys come in snake_case whatever the casing sent; v2 keys as sent.
    const extra = version === 1 ? { extra_info: { deep_key: [1] } } : { extraInfo: { deepKey: [1] } };
    expect(event).toMatchObject({ known: true, topic, data: { ...delivery.data, is_whitelisted: true, ...extra } });
  });
});

describe("on(topic, handler)", () => {
  it("refuses a topic the spec does not document when it is added, naming the documented ones", () => {
    expect(() => new WebhookReceiver().on("call.complete" as never, () => {})).toThrow(TypeError);
    expect(() => new WebhookReceiver().on("call.complete" as never, () => {})).toThrow(/call\.completed/);
    expect(() => new WebhookReceiver().on("__proto__" as never, () => {})).toThrow(TypeError);
  });

  it("runs the same handlers as the v1 methods: onCallReceived(fn) is on('CALL_RECEIVED', fn)", async () => {
    const order: string[] = [];
    const receiver = new WebhookReceiver().onCallReceived(() => void order.push("method")).on("CALL_RECEIVED", () => void order.push("on"));
    await receiver.handle(JSON.stringify(exampleOf("CALL_RECEIVED")));
    expect(order).toEqual(["method", "on"]);
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
    // biome-ignore lint/suspicious/noDuplicateTestHooks: two handlers of one topic, not test hooks.
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
    [
      "a body over maxBodyBytes in UTF-8 bytes though not in characters",
      JSON.stringify({ ...call, pad: "é".repeat(1000) }),
      "PAYLOAD_TOO_LARGE",
      413,
    ],
    ["bytes over maxBodyBytes", new Uint8Array(2049), "PAYLOAD_TOO_LARGE", 413],
    ["text that is not JSON", "topic=CALL_RECEIVED", "INVALID_JSON", 400],
    ["an empty body", "", "INVALID_JSON", 400],
    ["bytes that are not UTF-8", new Uint8Array([0x7b, 0xff, 0x7d]), "INVALID_JSON", 400],
    ["JSON that is not an object", "[1,2]", "INVALID_PAYLOAD", 400],
    ["a delivery without topic", '{"data":{}}', "INVALID_PAYLOAD", 400],
    ["a CALL_RECEIVED without data", '{"topic":"CALL_RECEIVED"}', "INVALID_PAYLOAD", 400],
    ["a CALL_RECEIVED whose id is a number", JSON.stringify({ ...call, data: { ...call.data, id: 7 } }), "INVALID_PAYLOAD", 400],
    ["a PING whose data is a string", '{"topic":"PING","data":"x"}', "INVALID_PAYLOAD", 400],
    [
      "a CALL_RECEIVED to another number",
      JSON.stringify({ ...call, data: { ...call.data, to: "+13055559999" } }),
      "NUMBER_NOT_ALLOWED",
      403,
    ],
  ];

  it.each(refusals)("refuses %s with %s (%i), calling no handler", async (_, body, code, status) => {
    const { receiver: r, topic, any } = receiver();
    const error = await r.handle(body).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WebhookError);
    expect(error).toBeInstanceOf(AlloError);
    expect(error).toMatchObject({ code, status, name: "WebhookError" });
    expect(topic).not.toHaveBeenCalled();
    expect(any).not.toHaveBeenCalled();
  });

  it("checks size before JSON, JSON before schema, schema before allow-list", async () => {
    const { receiver: r } = receiver();
    await expect(r.handle(`{${" ".repeat(4096)}`)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
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

  it.each([0, -1, 1.5])("refuses dedupeTtlMs %s at construction", (dedupeTtlMs) => {
    expect(() => new WebhookReceiver({ dedupeTtlMs })).toThrow(/dedupeTtlMs/);
  });

  it("refuses a dedupeStore without claim, complete and release at construction, naming what is missing", () => {
    expect(() => new WebhookReceiver({ dedupeStore: { claim: () => "claimed" } as never })).toThrow(
      /dedupeStore.*missing complete, release/,
    );
    expect(() => new WebhookReceiver({ dedupeStore: { claim: () => true, release: () => {} } as never })).toThrow(/missing complete\)/);
  });

  it("returns the same receiver from every on* method, so calls chain", () => {
    const r = new WebhookReceiver();
    const noop = () => {};
    expect(
      r.onCallReceived(noop).onSmsReceived(noop).onSmsSent(noop).onContactCreated(noop).onContactUpdated(noop).onPing(noop).onEvent(noop),
    ).toBe(r);
  });

  it("refuses a handler that is not a function when it is added, not at the first delivery", () => {
    expect(() => new WebhookReceiver().onCallReceived(undefined as never)).toThrow(TypeError);
    expect(() => new WebhookReceiver().onEvent("log" as never)).toThrow(TypeError);
  });

  it("types the event so that known and topic narrow data", async () => {
    const v1: WebhookEvent = await new WebhookReceiver().handle(JSON.stringify(exampleOf("CALL_RECEIVED")));
    if (v1.known && v1.topic === "CALL_RECEIVED") expect(v1.data.to).toBe("+13055550180");
    else expect.unreachable("the example is a CALL_RECEIVED");
    const v2: WebhookEvent = await new WebhookReceiver().handle(JSON.stringify(exampleOf("call.received")));
    if (v2.known && v2.topic === "call.received") expect(v2.data.person?.name).toBe("Marie");
    else expect.unreachable("the example is a call.received");
  });
});
