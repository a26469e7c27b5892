// Thousands of random and hostile bodies (bad JSON, deep nesting, __proto__ keys, wrong types,
// oversized, bytes that are not UTF-8), in v1 and v2 envelopes, through the receiver and its fetch
// adapter, unsigned and signed. Whatever comes in: a WebhookError with a 4xx status or an accepted
// event; a handler only ever sees data that passes its own topic's schema and the allow-list; no
// prototype is polluted.
import fc from "fast-check";
import { Webhook } from "standardwebhooks";
import { afterAll, describe, expect, it } from "vitest";
import { v2WebhookBodies, v2WebhookTopics, webhookBodies, webhookTopics } from "../../generated/webhooks.js";
import {
  WebhookError,
  WebhookReceiver,
  alloNumberFields,
  type WebhookEvent,
  type WebhookReceiverOptions,
} from "../../src/webhooks/index.js";
import { specDeliveries } from "./helpers.js";

const MINE = "+13055550180";
const MAX = 8192; // small, so that oversized bodies are cheap to generate
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
const prototypesBefore = [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).join());

// ---- Arbitraries: JSON *text*, so that "__proto__" keys survive as JSON.parse would see them. ----

const hostileKey = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "Constructor",
  "__Proto__",
  "toString",
  "valueOf",
  "hasOwnProperty",
);
const key = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: hostileKey });
const pollution = fc.constantFrom('{"polluted":true}', '{"prototype":{"polluted":true}}', '{"__proto__":{"polluted":true}}');

const { value: jsonValue } = fc.letrec<{ value: string; leaf: string; array: string; object: string }>((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, tie("leaf"), tie("array"), tie("object"), pollution),
  leaf: fc.oneof(
    fc.constantFrom("null", "true", "false", "0", "-1", "1e308", '""', '"+13055550180"', '"INBOUND"', '"OUTBOUND"'),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
    fc.string({ unit: "binary", maxLength: 20 }).map((s) => JSON.stringify(s)),
  ),
  array: fc.array(tie("value"), { maxLength: 4 }).map((items) => `[${items.join(",")}]`),
  object: fc
    .array(fc.tuple(key, tie("value")), { maxLength: 5 })
    .map((es) => `{${es.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`),
}));

const topic = fc.oneof(
  fc.constantFrom(...webhookTopics, ...v2WebhookTopics),
  fc.constantFrom("__proto__", "constructor", "toString", "", "call_received", "call.unknown", "ping"),
  fc.string({ maxLength: 16 }),
);

/** A spec example with some fields replaced by random values, some keys camelCased, hostile keys added. */
const mutatedExample = fc
  .tuple(
    fc.constantFrom(...specDeliveries.map((d) => d.delivery.data ?? {})),
    fc.array(fc.tuple(fc.nat(), jsonValue), { maxLength: 3 }),
    fc.array(fc.tuple(hostileKey, jsonValue), { maxLength: 2 }),
    fc.boolean(),
  )
  .map(([data, replacements, extra, camel]) => {
    const entries = Object.entries(data).map(([k, v]) => [k, JSON.stringify(v)] as [string, string]);
    for (const [at, value] of replacements) if (entries.length) entries[at % entries.length]![1] = value;
    const keyed = entries.map(([k, v]) => [camel ? k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) : k, v]);
    return `{${[...keyed, ...extra].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`;
  });

const v1Delivery = fc
  .tuple(topic, fc.constantFrom("data", "body", "Data"), fc.oneof(mutatedExample, jsonValue), fc.option(jsonValue, { nil: undefined }))
  .map(
    ([t, envelopeKey, payload, extra]) =>
      `{"topic":${JSON.stringify(t)},"${envelopeKey}":${payload}${extra ? `,"__proto__":${extra}` : ""}}`,
  );

/** The v2 envelope: version and timestamp right, wrong, or missing. */
const v2Delivery = fc
  .tuple(
    topic,
    fc.oneof(fc.constant('"2.0"'), fc.constant('"3.1"'), fc.constant(undefined), jsonValue),
    fc.oneof(fc.constant('"2025-03-15T14:30:00.000Z"'), fc.constant(undefined), jsonValue),
    fc.oneof(mutatedExample, jsonValue),
    fc.option(jsonValue, { nil: undefined }),
  )
  .map(([t, version, timestamp, payload, extra]) => {
    const parts = [
      `"topic":${JSON.stringify(t)}`,
      version && `"version":${version}`,
      timestamp && `"timestamp":${timestamp}`,
      `"data":${payload}`,
      extra && `"__proto__":${extra}`,
    ];
    return `{${parts.filter(Boolean).join(",")}}`;
  });

const delivery = fc.oneof(v1Delivery, v2Delivery);

const deepNesting = fc
  .tuple(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom(["[", "]"], ['{"a":', "}"], ['{"__proto__":', "}"]), fc.boolean())
  .map(([n, [open, close], closed]) => open!.repeat(n) + (open === "[" ? "1" : "1") + (closed ? close!.repeat(n) : ""));

const badJson = fc.oneof(
  fc.string({ unit: "binary" }),
  delivery.chain((d) => fc.nat({ max: Math.max(d.length - 1, 0) }).map((cut) => d.slice(0, cut))),
  fc.constantFrom("", " ", "undefined", "NaN", "{'topic':'PING'}", '{"topic":"PING",}', "\u0000"),
);

const oversized = fc
  .tuple(fc.constantFrom(...specDeliveries.map((d) => JSON.stringify(d.delivery))), fc.integer({ min: MAX, max: 2 * MAX }))
  .map(([body, size]) => `${body.slice(0, -1)},"pad":"${"x".repeat(size)}"}`);

const body: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: delivery },
  { weight: 2, arbitrary: fc.constantFrom(...specDeliveries.map((d) => JSON.stringify(d.delivery))) },
  { weight: 1, arbitrary: jsonValue },
  { weight: 1, arbitrary: badJson },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: oversized },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  { weight: 1, arbitrary: delivery.map((d) => new TextEncoder().encode(d)) },
);

// ---- The receiver under test: its handlers check everything they are handed. ----

const seen: WebhookEvent[] = [];
const outcomes = new Map<string, number>();
const tally = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);

function containsForbiddenKey(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  if (Object.getPrototypeOf(value) !== Object.prototype && !Array.isArray(value)) return true;
  return Object.keys(value).some((k) => FORBIDDEN.has(k)) || Object.values(value).some(containsForbiddenKey);
}

/** The schema of a known event's own topic, v1 or v2, run on what the handler was handed. */
function passesItsSchema(event: WebhookEvent & { known: true }): boolean {
  if (event.topic in webhookBodies)
    return webhookBodies[event.topic as keyof typeof webhookBodies].safeParse({ topic: event.topic, data: event.data }).success;
  const { version, timestamp } = event.delivery;
  return v2WebhookBodies[event.topic as keyof typeof v2WebhookBodies].safeParse({
    topic: event.topic,
    version,
    timestamp,
    data: event.data,
  }).success;
}

function checkHandedOver(event: WebhookEvent): void {
  if (event.known && !passesItsSchema(event)) throw new Error(`a handler got ${event.topic} data that fails its schema`);
  if (containsForbiddenKey(event.data)) throw new Error("a handler got a __proto__ / constructor / prototype key");
  const fields = alloNumberFields(event);
  const data = event.data as Record<string, unknown>;
  if (fields && !fields.some((f) => data[f] === MINE)) throw new Error(`a handler got ${event.topic} for a number not allowed`);
  seen.push(event);
}

/** A receiver whose handlers, on every topic v1 and v2, check everything they are handed. */
function checkingReceiver(options: WebhookReceiverOptions = {}): WebhookReceiver {
  const r = new WebhookReceiver({ allowedAlloNumbers: [MINE], maxBodyBytes: MAX, ...options });
  for (const t of [...webhookTopics, ...v2WebhookTopics]) r.on(t, (_, e) => checkHandedOver(e));
  return r.onEvent((e) => {
    if (!e.known) checkHandedOver(e);
  });
}

const receiver = checkingReceiver();
const handler = receiver.fetchHandler({ onError: () => {} });

describe("hostile bodies", () => {
  afterAll(() => {
    // Every outcome happened: the property did not pass by refusing (or accepting) everything.
    for (const outcome of [
      "accepted",
      "accepted v1",
      "accepted v2",
      "PAYLOAD_TOO_LARGE",
      "INVALID_JSON",
      "INVALID_PAYLOAD",
      "NUMBER_NOT_ALLOWED",
      "INVALID_SIGNATURE",
    ]) {
      expect(outcomes.get(outcome) ?? 0, `${outcome} never happened`).toBeGreaterThan(20);
    }
  });

  it("handle() resolves with a checked event or rejects with a 4xx WebhookError, and runs no handler when it rejects", async () => {
    await fc.assert(
      fc.asyncProperty(body, async (raw) => {
        const before = seen.length;
        try {
          const event = await receiver.handle(raw);
          expect(seen.length).toBeGreaterThan(before);
          expect(seen.at(-1)).toBe(event);
          tally("accepted");
          if (event.known) tally(event.delivery.version === null ? "accepted v1" : "accepted v2");
        } catch (error) {
          tally((error as WebhookError).code);
          expect(error).toBeInstanceOf(WebhookError);
          expect((error as WebhookError).status).toBeGreaterThanOrEqual(400);
          expect((error as WebhookError).status).toBeLessThan(500);
          expect(seen.length).toBe(before);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("with a signingSecret: signed, they get the same answers; unsigned or tampered, a 401 before any parsing", async () => {
    const secret = `whsec_${btoa("hostile-body secret, 32 bytes!!!")}`;
    const signedReceiver = checkingReceiver({ signingSecret: secret });
    const webhook = new Webhook(secret);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom("signed", "unsigned", "tampered"), async (raw, how) => {
        // Bytes are signed as the receiver reads them: UTF-8, byte order mark kept, bad bytes as U+FFFD.
        const text = typeof raw === "string" ? raw : new TextDecoder("utf-8", { ignoreBOM: true }).decode(raw);
        const id = `msg_${n++}`;
        const now = new Date();
        const headers = {
          "webhook-id": id,
          "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
          "webhook-signature": webhook.sign(id, now, text),
        };
        const sent = how === "tampered" ? `${text} ` : raw;
        const before = seen.length;
        const outcome = await signedReceiver.handle(sent, how === "unsigned" ? {} : { headers }).then(
          (event) => {
            expect(seen.at(-1)).toBe(event);
            return event.delivery.signed ? "accepted" : "unsigned accepted";
          },
          (error: unknown) => {
            expect(error).toBeInstanceOf(WebhookError);
            expect(seen.length).toBe(before);
            return (error as WebhookError).code;
          },
        );
        tally(outcome);
        if (how !== "signed") expect(["INVALID_SIGNATURE", "PAYLOAD_TOO_LARGE"]).toContain(outcome);
        else
          expect(
            await receiver.handle(raw).then(
              () => "accepted",
              (e: WebhookError) => e.code,
            ),
          ).toBe(outcome);
      }),
      { numRuns: 1500 },
    );
  });

  it("fetchHandler answers 200, 400, 403 or 413 to each of them, never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(body, async (raw) => {
        const res = await handler(
          new Request("https://example.com/", { method: "POST", body: typeof raw === "string" ? raw : new Uint8Array(raw) }),
        );
        expect([200, 400, 403, 413]).toContain(res.status);
      }),
      { numRuns: 1500 },
    );
  });

  it("refuses nesting up to 500,000 levels deep within the default 1 MiB with a 4xx, never a stack overflow", async () => {
    const roomy = new WebhookReceiver().onEvent(() => expect.unreachable("a handler ran"));
    // Levels and pattern, not the text, so that a counterexample prints short.
    const deep = fc.tuple(
      fc.integer({ min: 33, max: 500_000 }),
      fc.constantFrom(
        ["[", "]"],
        ['{"topic":"PING","data":', "}"],
        ['{"topic":"sms.sent","version":"2.0","data":', "}"],
        ['{"__proto__":', "}"],
      ),
    );
    await fc.assert(
      fc.asyncProperty(deep, async ([levels, [open, close]]) => {
        const fit = Math.min(levels, Math.floor(1_048_000 / (open!.length + close!.length)));
        const raw = `${open!.repeat(fit)}{}${close!.repeat(fit)}`;
        await expect(roomy.handle(raw)).rejects.toMatchObject({ name: "WebhookError", code: "INVALID_PAYLOAD" });
      }),
      { numRuns: 100 },
    );
  });

  it("pollutes no prototype", () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect([Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).join())).toEqual(
      prototypesBefore,
    );
  });
});
