// Allo v2: Standard Webhooks signatures, checked with a signingSecret. Deliveries are signed here
// with the same library's sign(), at a chosen time, so no test depends on timing.
import { inspect } from "node:util";
import { Webhook } from "standardwebhooks";
import { describe, expect, it, vi } from "vitest";
import { AlloValidationError } from "../../src/errors/index.js";
import { DeliveryLog } from "../../src/webhooks/signature.js";
import { WebhookError, WebhookReceiver } from "../../src/webhooks/index.js";
import { specDeliveries } from "./helpers.js";

const SECRET = "whsec_" + Buffer.from("a 32-byte test secret for allo!!").toString("base64");
const OTHER_SECRET = "whsec_" + Buffer.from("another 32-byte secret, not ours").toString("base64");
const call = specDeliveries.find((d) => d.topic === "CALL_RECEIVED")!.delivery;
const v2Body = JSON.stringify({ topic: "call.completed", version: "2.0", timestamp: "2026-04-21T10:35:00Z", data: call.data });

/** Headers of a delivery signed with `secret`, `ageSeconds` ago. */
function signed(body: string, { id = "msg_2Kx", secret = SECRET, ageSeconds = 0 } = {}): Record<string, string> {
  const at = new Date(Date.now() - ageSeconds * 1000);
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(id, at, body),
  };
}

function receiver() {
  const onCall = vi.fn();
  return { onCall, r: new WebhookReceiver({ signingSecret: SECRET }).onCallReceived(onCall) };
}

describe("a receiver with a signingSecret", () => {
  it("accepts a v2 delivery signed with it, and says so on the event", async () => {
    const { r, onCall } = receiver();
    const event = await r.handle(v2Body, { headers: signed(v2Body) });
    expect(event.topic).toBe("CALL_RECEIVED");
    expect(event.delivery).toMatchObject({ id: "msg_2Kx", signed: true, duplicate: false, version: "2.0", topic: "call.completed" });
    expect(onCall).toHaveBeenCalledTimes(1);
  });

  it("reads the headers from a fetch Headers object as well as a Node headers record", async () => {
    const { r } = receiver();
    await expect(r.handle(v2Body, { headers: new Headers(signed(v2Body, { id: "a" })) })).resolves.toMatchObject({ delivery: { signed: true } });
  });

  it("accepts any of several signatures (a secret being rotated)", async () => {
    const { r } = receiver();
    const headers = signed(v2Body);
    headers["webhook-signature"] = `${signed(v2Body, { secret: OTHER_SECRET })["webhook-signature"]} ${headers["webhook-signature"]}`;
    await expect(r.handle(v2Body, { headers })).resolves.toMatchObject({ delivery: { signed: true } });
  });

  const refusals: Array<[string, string, () => Record<string, string>]> = [
    ["unsigned", v2Body, () => ({})],
    ["signed with another secret", v2Body, () => signed(v2Body, { secret: OTHER_SECRET })],
    ["a body changed after signing", v2Body.replace("Order status", "Refund"), () => signed(v2Body)],
    ["another webhook-id than the one signed", v2Body, () => ({ ...signed(v2Body), "webhook-id": "msg_other" })],
    ["signed 6 minutes ago", v2Body, () => signed(v2Body, { ageSeconds: 360 })],
    ["signed 6 minutes in the future", v2Body, () => signed(v2Body, { ageSeconds: -360 })],
    ["a timestamp that is not a number", v2Body, () => ({ ...signed(v2Body), "webhook-timestamp": "soon" })],
    ["a v1 unsigned delivery", JSON.stringify(call), () => ({})],
  ];

  it.each(refusals)("refuses a delivery %s with INVALID_SIGNATURE (401), running no handler", async (_, body, headers) => {
    const { r, onCall } = receiver();
    await expect(r.handle(body, { headers: headers() })).rejects.toMatchObject({ code: "INVALID_SIGNATURE", status: 401 });
    expect(onCall).not.toHaveBeenCalled();
  });

  it("accepts one signed 4 minutes ago, within the 5-minute tolerance", async () => {
    const { r } = receiver();
    await expect(r.handle(v2Body, { headers: signed(v2Body, { ageSeconds: 240 }) })).resolves.toMatchObject({ delivery: { signed: true } });
  });

  it("checks the signature before the JSON: a signed-looking garbage body is a 401, not a 400", async () => {
    const { r } = receiver();
    await expect(r.handle("{oops", { headers: signed(v2Body) })).rejects.toMatchObject({ code: "INVALID_SIGNATURE" });
  });

  it("runs handlers once per webhook-id: a redelivery is acknowledged as a duplicate", async () => {
    const { r, onCall } = receiver();
    await r.handle(v2Body, { headers: signed(v2Body, { id: "msg_same" }) });
    const again = await r.handle(v2Body, { headers: signed(v2Body, { id: "msg_same" }) });
    expect(again.delivery.duplicate).toBe(true);
    expect(onCall).toHaveBeenCalledTimes(1);
    await r.handle(v2Body, { headers: signed(v2Body, { id: "msg_next" }) });
    expect(onCall).toHaveBeenCalledTimes(2);
  });

  it("runs handlers again for a redelivery after a handler failed, so Allo's retry is not lost", async () => {
    let fail = true;
    const onCall = vi.fn(() => {
      if (fail) throw new Error("transient");
    });
    const r = new WebhookReceiver({ signingSecret: SECRET }).onCallReceived(onCall);
    await expect(r.handle(v2Body, { headers: signed(v2Body, { id: "msg_retry" }) })).rejects.toThrow("transient");
    fail = false;
    const retry = await r.handle(v2Body, { headers: signed(v2Body, { id: "msg_retry" }) });
    expect(retry.delivery.duplicate).toBe(false);
    expect(onCall).toHaveBeenCalledTimes(2);
  });

  it("answers 401 through fetchHandler", async () => {
    const handler = new WebhookReceiver({ signingSecret: SECRET }).fetchHandler({ onError: () => {} });
    const res = await handler(new Request("https://example.com/", { method: "POST", body: v2Body, headers: signed(v2Body, { secret: OTHER_SECRET }) }));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: "INVALID_SIGNATURE" });
  });

  it("never shows the secret: not in errors, not in util.inspect of the receiver", async () => {
    const { r } = receiver();
    const raw = SECRET.slice("whsec_".length);
    const error = (await r.handle(v2Body, { headers: signed(v2Body, { secret: OTHER_SECRET }) }).catch((e: unknown) => e)) as WebhookError;
    const shown = [String(error), error.stack ?? "", JSON.stringify(error), inspect(r, { depth: Infinity, showHidden: true })].join("\n");
    expect(shown).not.toContain(raw);
    expect(shown).not.toContain(SECRET);
  });

  it("refuses a secret that is not base64 at construction, without repeating it", () => {
    const bad = "whsec_not*base64*at*all";
    expect(() => new WebhookReceiver({ signingSecret: bad })).toThrow(AlloValidationError);
    expect(() => new WebhookReceiver({ signingSecret: bad })).toThrow(/signingSecret/);
    expect(() => new WebhookReceiver({ signingSecret: bad })).not.toThrow(/not\*base64/);
    expect(() => new WebhookReceiver({ signingSecret: "" })).toThrow(AlloValidationError);
  });
});

describe("DeliveryLog", () => {
  const t0 = 1_800_000_000_000;

  it("remembers an id for 10 minutes, the whole window a replay could pass the timestamp check in", () => {
    const log = new DeliveryLog();
    log.add("a", t0);
    expect(log.has("a", t0 + 10 * 60_000 - 1)).toBe(true);
    expect(log.has("a", t0 + 10 * 60_000)).toBe(false);
    expect(log.has("b", t0)).toBe(false);
  });

  it("forgets the oldest ids first past 10,000, so memory stays bounded", () => {
    const log = new DeliveryLog();
    for (let i = 0; i <= 10_000; i++) log.add(`id${i}`, t0);
    expect(log.has("id0", t0)).toBe(false);
    expect(log.has("id1", t0)).toBe(true);
    expect(log.has("id10000", t0)).toBe(true);
  });

  it("drops expired ids as new ones arrive", () => {
    const log = new DeliveryLog();
    log.add("old", t0);
    log.add("new", t0 + 11 * 60_000);
    expect(log.has("old", t0)).toBe(false);
  });
});
