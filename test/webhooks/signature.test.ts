// Allo v2: Standard Webhooks signatures, checked with a signingSecret. Deliveries are signed here
// with the same library's sign(), at a chosen time, so no test depends on timing.
import { inspect } from "node:util";
import { Webhook } from "standardwebhooks";
import { describe, expect, it, vi } from "vitest";
import { AlloValidationError } from "../../src/errors/index.js";
import { type WebhookError, WebhookReceiver } from "../../src/webhooks/index.js";
import { exampleOf } from "./helpers.js";

const SECRET = `whsec_${Buffer.from("a 32-byte test secret for allo!!").toString("base64")}`;
const OTHER_SECRET = `whsec_${Buffer.from("another 32-byte secret, not ours").toString("base64")}`;
const call = exampleOf("CALL_RECEIVED");
const v2Body = JSON.stringify(exampleOf("call.completed"));

/** Headers of a delivery signed with `secret`, `ageSeconds` ago (or at `at`). */
function signed(
  body: string,
  { id = "msg_2Kx", secret = SECRET, ageSeconds = 0, at = new Date(Date.now() - ageSeconds * 1000) } = {},
): Record<string, string> {
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(id, at, body),
  };
}

function receiver(signingSecret: string | readonly string[] = SECRET) {
  const onCall = vi.fn();
  return { onCall, r: new WebhookReceiver({ signingSecret }).on("call.completed", onCall).onCallReceived(onCall) };
}

describe("a receiver with a signingSecret", () => {
  it("accepts a v2 delivery signed with it, and says so on the event", async () => {
    const { r, onCall } = receiver();
    const event = await r.handle(v2Body, { headers: signed(v2Body) });
    expect(event.topic).toBe("call.completed");
    expect(event.delivery).toEqual({
      id: "msg_2Kx",
      signed: true,
      duplicate: false,
      version: "2.0",
      topic: "call.completed",
      timestamp: "2025-03-15T14:45:00.000Z",
    });
    expect(onCall).toHaveBeenCalledTimes(1);
  });

  it("reads the headers from a fetch Headers object as well as a Node headers record", async () => {
    const { r } = receiver();
    await expect(r.handle(v2Body, { headers: new Headers(signed(v2Body, { id: "a" })) })).resolves.toMatchObject({
      delivery: { signed: true },
    });
  });

  it("accepts any of several space-separated signatures in the header (Allo rotating its secret)", async () => {
    const { r } = receiver();
    // One instant for every signature and timestamp here: signed a second apart, they would not match.
    const at = new Date();
    const headers = signed(v2Body, { at });
    const ours = headers["webhook-signature"]!;
    const theirs = signed(v2Body, { secret: OTHER_SECRET, at })["webhook-signature"]!;
    for (const signature of [`${theirs} ${ours}`, `${ours} ${theirs}`, `v2,bm90IGEgdjEgc2lnbmF0dXJl ${ours}`]) {
      await expect(r.handle(v2Body, { headers: { ...headers, "webhook-signature": signature } })).resolves.toMatchObject({
        delivery: { signed: true },
      });
    }
    const none = `${theirs} v2,${ours.slice(3)}`;
    await expect(r.handle(v2Body, { headers: { ...headers, "webhook-signature": none } })).rejects.toMatchObject({
      code: "INVALID_SIGNATURE",
    });
  });

  it("accepts a delivery signed with any secret of a signingSecret list (you rotating yours), and refuses others", async () => {
    const THIRD = `whsec_${Buffer.from("a third secret, 32 bytes long!!!").toString("base64")}`;
    const { r, onCall } = receiver([OTHER_SECRET, SECRET]);
    await expect(r.handle(v2Body, { headers: signed(v2Body, { id: "a", secret: SECRET }) })).resolves.toMatchObject({
      delivery: { signed: true },
    });
    await expect(r.handle(v2Body, { headers: signed(v2Body, { id: "b", secret: OTHER_SECRET }) })).resolves.toMatchObject({
      delivery: { signed: true },
    });
    await expect(r.handle(v2Body, { headers: signed(v2Body, { id: "c", secret: THIRD }) })).rejects.toMatchObject({
      code: "INVALID_SIGNATURE",
      status: 401,
    });
    expect(onCall).toHaveBeenCalledTimes(2);
  });

  const refusals: Array<[string, string, () => Record<string, string>]> = [
    ["unsigned (a v2 envelope, version 2.0, without any signature header)", v2Body, () => ({})],
    ["with webhook-id and webhook-timestamp but no webhook-signature", v2Body, () => ({ ...signed(v2Body), "webhook-signature": "" })],
    ["signed with another secret", v2Body, () => signed(v2Body, { secret: OTHER_SECRET })],
    ["a body changed after signing", v2Body.replace("Enterprise", "Starter"), () => signed(v2Body)],
    ["a body changed by one byte of whitespace", `${v2Body} `, () => signed(v2Body)],
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

  it("acknowledges a captured delivery replayed within the 5-minute window as a duplicate, running no handler", async () => {
    const { r, onCall } = receiver();
    const headers = signed(v2Body, { id: "msg_captured", ageSeconds: 60 });
    await r.handle(v2Body, { headers });
    await expect(r.handle(v2Body, { headers })).resolves.toMatchObject({ delivery: { duplicate: true, signed: true } });
    expect(onCall).toHaveBeenCalledTimes(1);
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
    const r = new WebhookReceiver({ signingSecret: SECRET }).on("call.completed", onCall);
    await expect(r.handle(v2Body, { headers: signed(v2Body, { id: "msg_retry" }) })).rejects.toThrow("transient");
    fail = false;
    const retry = await r.handle(v2Body, { headers: signed(v2Body, { id: "msg_retry" }) });
    expect(retry.delivery.duplicate).toBe(false);
    expect(onCall).toHaveBeenCalledTimes(2);
  });

  it("answers 401 through fetchHandler", async () => {
    const handler = new WebhookReceiver({ signingSecret: SECRET }).fetchHandler({ onError: () => {} });
    const res = await handler(
      new Request("https://example.com/", { method: "POST", body: v2Body, headers: signed(v2Body, { secret: OTHER_SECRET }) }),
    );
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

  it("refuses a secret given as undefined (an unset environment variable) at construction, rather than accept unsigned deliveries", () => {
    const unset: { ALLO_WEBHOOK_SECRET?: string } = {};
    const make = () => new WebhookReceiver({ signingSecret: unset.ALLO_WEBHOOK_SECRET });
    expect(make).toThrow(AlloValidationError);
    const error = (() => {
      try {
        make();
      } catch (e) {
        return e as AlloValidationError;
      }
    })();
    expect(error?.issues).toEqual([{ field: "signingSecret", message: expect.stringContaining("signingSecret: false") }]);
    expect(error?.message).toMatch(/ALLO_WEBHOOK_SECRET/);
    // In a list, an unset secret is a bad entry, named by its index.
    expect(() => new WebhookReceiver({ signingSecret: [SECRET, unset.ALLO_WEBHOOK_SECRET as unknown as string] })).toThrow(
      /signingSecret\.1/,
    );
  });

  it("refuses a bad secret in a list, naming its index, and an empty list", () => {
    expect(() => new WebhookReceiver({ signingSecret: [SECRET, "whsec_not*base64"] })).toThrow(/signingSecret\.1/);
    expect(() => new WebhookReceiver({ signingSecret: [SECRET, "whsec_not*base64"] })).not.toThrow(/not\*base64/);
    expect(() => new WebhookReceiver({ signingSecret: [] })).toThrow(/signingSecret/);
  });
});

describe("a receiver without a signingSecret", () => {
  it.each([
    ["signingSecret: false", { signingSecret: false as const }],
    ["the option left out", {}],
  ])("takes unsigned deliveries, v1 and v2, with %s", async (_how, options) => {
    const onCall = vi.fn();
    const r = new WebhookReceiver(options).on("call.completed", onCall).onCallReceived(onCall);
    expect((await r.handle(v2Body)).delivery.signed).toBe(false);
    await r.handle(JSON.stringify(call));
    expect(onCall).toHaveBeenCalledTimes(2);
  });
});
