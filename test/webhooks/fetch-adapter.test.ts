// fetchHandler() with real Request objects, and behind a real server (a node:http bridge, as Bun,
// Deno or @hono/node-server serve a fetch handler).
import { afterEach, describe, expect, it, vi } from "vitest";
import { WebhookReceiver, type WebhookReceiverOptions } from "../../src/webhooks/index.js";
import { fetchBridge, listen, specDeliveries, uploadUntilAnswered } from "./helpers.js";

const call = specDeliveries.find((d) => d.topic === "CALL_RECEIVED")!.delivery;
const MINE = "+13055550180";

function receiver(options: WebhookReceiverOptions = { allowedAlloNumbers: [MINE] }) {
  const onCall = vi.fn();
  const errors: unknown[] = [];
  const r = new WebhookReceiver(options).onCallReceived(onCall);
  return { r, onCall, errors, handler: r.fetchHandler({ onError: (e) => errors.push(e) }) };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("https://example.com/webhooks/allo", { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

/** A body that never ends: 16 KiB per pull, counting what was pulled and whether it was cancelled. */
function endless() {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled += 16_384;
      controller.enqueue(new Uint8Array(16_384).fill(0x20));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe("fetchHandler with a Request", () => {
  it("answers 200 and runs the handler for a valid delivery", async () => {
    const { onCall, handler } = receiver();
    const res = await handler(post(JSON.stringify(call)));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(onCall).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["invalid JSON", "{oops", 400, "INVALID_JSON"],
    ["an invalid payload", JSON.stringify({ topic: "SMS_RECEIVED", data: { to_number: 1 } }), 400, "INVALID_PAYLOAD"],
    ["a number not allowed", JSON.stringify({ ...call, data: { ...call.data, to: "+13055559999" } }), 403, "NUMBER_NOT_ALLOWED"],
  ])("answers %s with %i and its code as JSON, running no handler", async (_, body, status, code) => {
    const { onCall, handler, errors } = receiver();
    const res = await handler(post(body));
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toMatchObject({ error: code });
    expect(onCall).not.toHaveBeenCalled();
    expect(errors).toEqual([expect.objectContaining({ code })]);
  });

  it.each(["GET", "PUT", "DELETE"])("answers 405 with Allow: POST to a %s", async (method) => {
    const { onCall, handler } = receiver();
    const res = await handler(new Request("https://example.com/webhooks/allo", { method }));
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    expect(onCall).not.toHaveBeenCalled();
  });

  it("answers 500 without the error's message when a handler throws, and hands onError that very error", async () => {
    const failure = new Error("database password is hunter2");
    const errors: unknown[] = [];
    const handler = new WebhookReceiver()
      .onCallReceived(() => {
        throw failure;
      })
      .fetchHandler({ onError: (e) => errors.push(e) });
    const res = await handler(post(JSON.stringify(call)));
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("hunter2");
    expect(errors).toEqual([failure]);
  });

  it("stops reading an endless body past maxBodyBytes: 413, the stream cancelled, at most one chunk past the limit pulled", async () => {
    const { onCall, handler } = receiver({ maxBodyBytes: 100_000 });
    const { stream, state } = endless();
    const res = await handler(new Request("https://example.com/", { method: "POST", body: stream, duplex: "half" } as RequestInit));
    expect(res.status).toBe(413);
    expect(state.cancelled).toBe(true);
    // The stream may pull ahead of the reader by its queue's high-water mark (one chunk here).
    expect(state.pulled).toBeLessThanOrEqual(100_000 + 2 * 16_384);
    expect(onCall).not.toHaveBeenCalled();
  });

  it("answers 413 from a Content-Length over the limit without reading the body", async () => {
    const { handler } = receiver({ maxBodyBytes: 1000 });
    const { stream, state } = endless();
    const request = new Request("https://example.com/", {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { "content-length": "5000" },
    } as RequestInit);
    const res = await handler(request);
    expect(res.status).toBe(413);
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThanOrEqual(16_384);
  });

  it("logs 5xx failures with console.error and 4xx refusals with console.warn by default", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const handler = new WebhookReceiver()
        .onCallReceived(() => {
          throw new Error("boom");
        })
        .fetchHandler();
      await handler(post("{oops"));
      expect([warn.mock.calls.length, error.mock.calls.length]).toEqual([1, 0]);
      await handler(post(JSON.stringify(call)));
      expect([warn.mock.calls.length, error.mock.calls.length]).toEqual([1, 1]);
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
  });

  it("still answers when onError itself throws", async () => {
    const handler = new WebhookReceiver().fetchHandler({
      onError: () => {
        throw new Error("logger down");
      },
    });
    expect((await handler(post("{oops"))).status).toBe(400);
  });
});

describe("fetchHandler behind a real server", () => {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((c) => c()));
  });

  async function serve(handler: (request: Request) => Promise<Response>): Promise<string> {
    const server = await listen(fetchBridge(handler));
    closers.push(server.close);
    return server.url;
  }

  it("answers 200, 400, 403 and 405 over HTTP", async () => {
    const { onCall, handler } = receiver();
    const url = await serve(handler);
    const send = (body: string, method = "POST") => fetch(url, { method, body, headers: { "content-type": "application/json" } });
    expect((await send(JSON.stringify(call))).status).toBe(200);
    expect((await send("{oops")).status).toBe(400);
    expect((await send(JSON.stringify({ ...call, data: { ...call.data, to: "+13055559999" } }))).status).toBe(403);
    expect((await send(JSON.stringify(call), "PUT")).status).toBe(405);
    expect(onCall).toHaveBeenCalledTimes(1);
  });

  it("answers 413 while an endless upload is still arriving", async () => {
    const { onCall, handler } = receiver({ maxBodyBytes: 100_000 });
    const { status } = await uploadUntilAnswered(await serve(handler));
    expect(status).toBe(413);
    expect(onCall).not.toHaveBeenCalled();
  });
});

describe("fetchHandler given a request whose body was already read", () => {
  it("answers 500 RAW_BODY_REQUIRED, saying so, rather than a handler failure", async () => {
    const errors: unknown[] = [];
    const request = post(JSON.stringify(call));
    await request.text();
    const res = await new WebhookReceiver().fetchHandler({ onError: (e) => errors.push(e) })(request);
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: "RAW_BODY_REQUIRED" });
    expect(errors).toEqual([expect.objectContaining({ code: "RAW_BODY_REQUIRED" })]);
  });
});
