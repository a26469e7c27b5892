import { describe, expect, it } from "vitest";
import { WebhookError } from "../../src/webhooks/errors.js";
import { MAX_DEPTH, normaliseKeys, readEnvelope, snakeCase } from "../../src/webhooks/normalise.js";

describe("snakeCase", () => {
  it.each([
    ["fromNumber", "from_number"],
    ["oneSentenceSummary", "one_sentence_summary"],
    ["lengthInMinutes", "length_in_minutes"],
    ["recordingURL", "recording_url"],
    ["URLValue", "url_value"],
    ["address2Line", "address2_line"],
    ["HTTPServerURL", "http_server_url"],
    ["ABCdEFg", "ab_cd_e_fg"],
    ["AAAA", "aaaa"],
    ["Élan", "Élan"],
    ["ÉlanVital", "élan_vital"],
    ["from_number", "from_number"],
    ["to", "to"],
    ["", ""],
  ])("turns %j into %j", (input, output) => {
    expect(snakeCase(input)).toBe(output);
  });
});

describe("normaliseKeys", () => {
  it("snake_cases keys at every depth, arrays included, and leaves values alone", () => {
    const input = { fromNumber: "+1", transcriptions: [{ startTime: "camelValue" }], nested: { deeperKey: { lastOne: 1 } } };
    expect(normaliseKeys(input)).toEqual({
      from_number: "+1",
      transcriptions: [{ start_time: "camelValue" }],
      nested: { deeper_key: { last_one: 1 } },
    });
  });

  it("keeps unknown keys", () => {
    expect(normaliseKeys({ is_whitelisted: true, integrationData: { x: 1 } })).toEqual({
      is_whitelisted: true,
      integration_data: { x: 1 },
    });
  });

  it("prefers the snake_case spelling when both are present, in either order", () => {
    expect(normaliseKeys({ fromNumber: "camel", from_number: "snake" })).toEqual({ from_number: "snake" });
    expect(normaliseKeys({ from_number: "snake", fromNumber: "camel" })).toEqual({ from_number: "snake" });
  });

  it("drops __proto__, constructor and prototype keys, whatever their casing, and never changes a prototype", () => {
    const hostile = JSON.parse(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"Constructor":1,"prototype":2,"a":{"__proto__":{"x":1}}}',
    );
    const out = normaliseKeys(hostile) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["a"]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(out.a)).toBe(Object.prototype);
    expect(Object.keys(out.a as object)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps keys that are only inherited names on plain objects (toString, hasOwnProperty)", () => {
    expect(normaliseKeys({ toString: "a", hasOwnProperty: "b" })).toEqual({ to_string: "a", has_own_property: "b" });
  });

  it(`accepts ${MAX_DEPTH} levels of nesting and refuses one more with INVALID_PAYLOAD`, () => {
    const nest = (levels: number): unknown => (levels === 0 ? 1 : [nest(levels - 1)]);
    expect(() => normaliseKeys(nest(MAX_DEPTH))).not.toThrow();
    expect(() => normaliseKeys(nest(MAX_DEPTH + 1))).toThrow(WebhookError);
    expect(() => normaliseKeys(nest(MAX_DEPTH + 1))).toThrow(/INVALID_PAYLOAD/);
  });

  it("refuses a nesting far deeper than the stack would allow without overflowing it", () => {
    const text = "[".repeat(500_000) + "]".repeat(500_000);
    expect(() => normaliseKeys(JSON.parse(text))).toThrow(/nested deeper than/);
  });
});

describe("readEnvelope", () => {
  it("reads the v1 envelope, payload under data", () => {
    expect(readEnvelope({ topic: "PING", data: { a: 1 } })).toEqual({
      topic: "PING",
      v2: false,
      data: { a: 1 },
      version: undefined,
      timestamp: undefined,
    });
  });

  it("reads the older v1 envelope, payload under body", () => {
    expect(readEnvelope({ topic: "PING", body: { a: 1 } }).data).toEqual({ a: 1 });
  });

  it("reads v1 envelope keys in any casing (Data, Topic), and snake_cases v1 payload keys", () => {
    expect(readEnvelope({ Topic: "SMS_SENT", Data: { fromNumber: "+1" } })).toMatchObject({
      topic: "SMS_SENT",
      data: { from_number: "+1" },
    });
  });

  it("prefers data when both data and body are present", () => {
    expect(readEnvelope({ topic: "PING", body: { from: "body" }, data: { from: "data" } }).data).toEqual({ from: "data" });
  });

  it("reads the v2 envelope's version and timestamp as sent, for the schema to check, and keeps v2 payload keys as sent", () => {
    const v2 = readEnvelope({ topic: "call.completed", version: "2.0", timestamp: 1710510600, data: { fromNumber: "+1", __proto__x: 1 } });
    expect(v2).toEqual({
      topic: "call.completed",
      v2: true,
      data: { fromNumber: "+1", __proto__x: 1 },
      version: "2.0",
      timestamp: 1710510600,
    });
  });

  it("never reads a v2 payload from body", () => {
    expect(readEnvelope({ topic: "sms.sent", version: "2.0", body: { a: 1 } }).data).toBeUndefined();
  });

  it("reads an unknown topic as v2 when it comes with a version, as v1 otherwise", () => {
    expect(readEnvelope({ topic: "voicemail.left", version: "2.0", data: { aB: 1 } })).toMatchObject({ v2: true, data: { aB: 1 } });
    expect(readEnvelope({ topic: "voicemail.left", data: { aB: 1 } })).toMatchObject({ v2: false, data: { a_b: 1 } });
    expect(readEnvelope({ topic: "CALL_RECEIVED", version: "2.0", data: {} }).v2).toBe(false);
  });

  it("drops __proto__ keys from a v2 payload, and bounds its depth, though it keeps its casing", () => {
    const hostile = JSON.parse('{"topic":"sms.sent","version":"2.0","data":{"__proto__":{"polluted":true},"a":{"constructor":1}}}');
    expect(readEnvelope(hostile).data).toEqual({ a: {} });
    const nest = (levels: number): unknown => (levels === 0 ? 1 : [nest(levels - 1)]);
    expect(() => readEnvelope({ topic: "sms.sent", version: "2.0", data: nest(MAX_DEPTH) })).toThrow(/nested deeper/);
  });

  it.each([
    ["an array", []],
    ["a string", "CALL_RECEIVED"],
    ["null", null],
    ["no topic", { data: {} }],
    ["an empty topic", { topic: "" }],
    ["a numeric topic", { topic: 7 }],
    ["a topic only under __proto__", JSON.parse('{"__proto__":{"topic":"PING"}}')],
  ])("refuses %s with INVALID_PAYLOAD", (_, body) => {
    expect(() => readEnvelope(body)).toThrow(expect.objectContaining({ code: "INVALID_PAYLOAD", status: 400 }));
  });
});
