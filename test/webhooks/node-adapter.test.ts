// nodeHandler() over real servers: node:http alone, and Express with and without a body parser.
import express from "express";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WebhookReceiver, type WebhookReceiverOptions } from "../../src/webhooks/index.js";
import { exampleOf, listen, specDeliveries, uploadUntilAnswered } from "./helpers.js";

const call = specDeliveries.find((d) => d.topic === "CALL_RECEIVED")!.delivery;
const MINE = "+13055550180";
const SECRET = `whsec_${Buffer.from("node adapter test secret, 32 bytes").toString("base64")}`;

const servers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((close) => close()));
});

/** A receiver with spies, its errors collected instead of logged. */
function receiver(options: WebhookReceiverOptions = { allowedAlloNumbers: [MINE] }) {
  const onCall = vi.fn();
  const errors: unknown[] = [];
  const r = new WebhookReceiver(options).onCallReceived(onCall);
  return { r, onCall, errors, handler: r.nodeHandler({ onError: (e) => errors.push(e) }) };
}

async function serve(listener: Parameters<typeof listen>[0]): Promise<string> {
  const server = await listen(listener);
  servers.push(server.close);
  return server.url;
}

const post = (url: string, body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(url, { method: "POST", body, headers });

describe("nodeHandler on node:http", () => {
  it("answers 200 and runs the handler for a valid delivery", async () => {
    const { onCall, handler } = receiver();
    const res = await post(await serve(handler), JSON.stringify(call));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(onCall).toHaveBeenCalledWith(call.data, expect.objectContaining({ topic: "CALL_RECEIVED" }));
  });

  it.each([
    ["invalid JSON", "{oops", 400, "INVALID_JSON"],
    ["an invalid payload", JSON.stringify({ topic: "CALL_RECEIVED", data: { id: 7 } }), 400, "INVALID_PAYLOAD"],
    ["a number not allowed", JSON.stringify({ ...call, data: { ...call.data, to: "+13055559999" } }), 403, "NUMBER_NOT_ALLOWED"],
  ])("answers %s with %i and its code, running no handler", async (_, body, status, code) => {
    const { onCall, handler, errors } = receiver();
    const res = await post(await serve(handler), body);
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error: code });
    expect(onCall).not.toHaveBeenCalled();
    expect(errors).toEqual([expect.objectContaining({ code })]);
  });

  it("answers 405 with Allow: POST to anything but a POST", async () => {
    const { onCall, handler } = receiver();
    const res = await fetch(await serve(handler), { method: "PUT", body: JSON.stringify(call) });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    expect(onCall).not.toHaveBeenCalled();
  });

  it("answers 500, without the error's message, when a handler throws, and hands onError that very error", async () => {
    const failure = new Error("database password is hunter2");
    const errors: unknown[] = [];
    const handler = new WebhookReceiver()
      .onCallReceived(() => {
        throw failure;
      })
      .nodeHandler({ onError: (e) => errors.push(e) });
    const res = await post(await serve(handler), JSON.stringify(call));
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("hunter2");
    expect(errors).toEqual([failure]);
  });

  it("answers 413 while an endless body is still arriving, having kept none of it", async () => {
    const { onCall, handler } = receiver({ maxBodyBytes: 100_000 });
    const { status, sent } = await uploadUntilAnswered(await serve(handler));
    expect(status).toBe(413);
    expect(sent).toBeGreaterThan(100_000);
    expect(onCall).not.toHaveBeenCalled();
  });

  it("answers 413 at once from a Content-Length over the limit, before any byte of the body", async () => {
    const { handler } = receiver({ maxBodyBytes: 1000 });
    const { status } = await uploadUntilAnswered(await serve(handler), { "content-length": String(10 ** 9) });
    expect(status).toBe(413);
  });

  it("reads the body when a stream encoding was set (string chunks), counting UTF-8 bytes", async () => {
    const { onCall, r } = receiver();
    const handler = r.nodeHandler();
    const url = await serve((req, res) => {
      req.setEncoding("utf8");
      void handler(req, res);
    });
    const res = await post(url, JSON.stringify({ ...call, data: { ...call.data, summary: "Réservé ✓" } }));
    expect(res.status).toBe(200);
    expect(onCall.mock.calls[0]![0].summary).toBe("Réservé ✓");
  });
});

describe("nodeHandler in Express", () => {
  it("reads the raw body itself when mounted before express.json()", async () => {
    const { onCall, handler } = receiver();
    const app = express();
    app.post("/allo", handler);
    app.use(express.json());
    const res = await post(`${await serve(app)}/allo`, JSON.stringify(call));
    expect(res.status).toBe(200);
    expect(onCall).toHaveBeenCalledTimes(1);
  });

  it("validates what express.json() parsed when it ran first: 200, 400 and 403 as without it", async () => {
    const { onCall, handler } = receiver();
    const app = express();
    app.use(express.json());
    app.post("/allo", handler);
    const url = `${await serve(app)}/allo`;
    expect((await post(url, JSON.stringify(call))).status).toBe(200);
    expect((await post(url, JSON.stringify({ topic: "CALL_RECEIVED", data: { id: 7 } }))).status).toBe(400);
    expect((await post(url, JSON.stringify({ ...call, data: { ...call.data, to: "+13055559999" } }))).status).toBe(403);
    expect(onCall).toHaveBeenCalledTimes(1);
  });

  it("drops __proto__ keys that express.json() parsed, and pollutes no prototype", async () => {
    const { onCall, handler } = receiver();
    const app = express();
    app.use(express.json());
    app.post("/allo", handler);
    const hostile = `{"__proto__":{"polluted":true},"topic":"CALL_RECEIVED","data":{"__proto__":{"polluted":true},"id":"c","type":"INBOUND","to":"${MINE}"}}`;
    expect((await post(`${await serve(app)}/allo`, hostile)).status).toBe(200);
    const payload = onCall.mock.calls[0]![0] as object;
    expect(Object.getPrototypeOf(payload)).toBe(Object.prototype);
    expect(Object.keys(payload)).not.toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads the raw stream when express.json() skipped a content type it does not parse", async () => {
    const { onCall, handler } = receiver();
    const app = express();
    app.use(express.json());
    app.post("/allo", handler);
    const res = await post(`${await serve(app)}/allo`, JSON.stringify(call), { "content-type": "text/plain" });
    expect(res.status).toBe(200);
    expect(onCall).toHaveBeenCalledTimes(1);
  });

  it("uses the bytes express.raw() kept, so a signed delivery verifies behind it", async () => {
    const { onCall, handler } = receiver({ signingSecret: SECRET });
    const app = express();
    app.post("/allo", express.raw({ type: "application/json" }), handler);
    const body = JSON.stringify(call);
    // The signature and the timestamp header from one instant: taken a second apart, they would not match.
    const at = new Date();
    const signature = new Webhook(SECRET).sign("msg_1", at, body);
    const res = await post(`${await serve(app)}/allo`, body, {
      "content-type": "application/json",
      "webhook-id": "msg_1",
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": signature,
    });
    expect(res.status).toBe(200);
    expect(onCall).toHaveBeenCalledTimes(1);
  });

  it("answers 500 RAW_BODY_REQUIRED, saying how to mount it, when a signing secret meets express.json()", async () => {
    const { onCall, handler, errors } = receiver({ signingSecret: SECRET });
    const app = express();
    app.use(express.json());
    app.post("/allo", handler);
    const res = await post(`${await serve(app)}/allo`, JSON.stringify(call));
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: "RAW_BODY_REQUIRED", message: expect.stringMatching(/before express\.json\(\)/) });
    expect(onCall).not.toHaveBeenCalled();
    expect(errors).toHaveLength(1);
  });
});

describe("nodeHandler while you rotate your signing secret", () => {
  // The endpoint of the old secret and the new endpoint both deliver while both exist (docs/webhooks.md).
  const OLD = SECRET;
  const NEW = `whsec_${Buffer.from("the new secret of the rotation!!").toString("base64")}`;
  const NEITHER = `whsec_${Buffer.from("a secret this receiver never had").toString("base64")}`;
  const completed = JSON.stringify(exampleOf("call.completed"));

  /** A v2 delivery's headers, signed as Allo signs with `secret`. */
  function signedWith(secret: string, id: string): Record<string, string> {
    const at = new Date();
    return {
      "content-type": "application/json",
      "webhook-id": id,
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": new Webhook(secret).sign(id, at, completed),
    };
  }

  function rotating(signingSecret: string | string[]) {
    const onCompleted = vi.fn();
    const errors: unknown[] = [];
    const handler = new WebhookReceiver({ signingSecret })
      .on("call.completed", onCompleted)
      .nodeHandler({ onError: (e) => errors.push(e) });
    return { onCompleted, errors, handler };
  }

  it("with both secrets, accepts a v2 delivery signed with the new one and one signed with the old, and answers 401 INVALID_SIGNATURE to one signed with neither", async () => {
    const { onCompleted, errors, handler } = rotating([NEW, OLD]);
    const url = await serve(handler);
    expect((await post(url, completed, signedWith(NEW, "msg_new"))).status).toBe(200);
    expect((await post(url, completed, signedWith(OLD, "msg_old"))).status).toBe(200);
    const refused = await post(url, completed, signedWith(NEITHER, "msg_neither"));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: "INVALID_SIGNATURE" });
    expect(onCompleted.mock.calls.map(([, event]) => event.delivery)).toEqual([
      expect.objectContaining({ id: "msg_new", signed: true }),
      expect.objectContaining({ id: "msg_old", signed: true }),
    ]);
    expect(errors).toEqual([expect.objectContaining({ code: "INVALID_SIGNATURE" })]);
  });

  it("once the old secret is dropped, answers 401 to a delivery signed with it and still accepts the new", async () => {
    const { onCompleted, handler } = rotating([NEW]);
    const url = await serve(handler);
    expect((await post(url, completed, signedWith(OLD, "msg_old"))).status).toBe(401);
    expect((await post(url, completed, signedWith(NEW, "msg_new"))).status).toBe(200);
    expect(onCompleted).toHaveBeenCalledTimes(1);
  });
});
