// Refusals (4xx) are logged by default at warning level, with the status, the code and the topic,
// never the body; failures (5xx) at error level. A wrong allow-list that refuses every delivery
// must not go unnoticed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { WebhookReceiver, createTestEvent, type WebhookLogger } from "../../src/webhooks/index.js";
import { exampleOf, listen } from "./helpers.js";

const MINE = "+13055550180";
const SECRET = `whsec_${btoa("refusal-log secret, 32 bytes ok!")}`;
const sms = exampleOf("sms.received"); // to_number +33112345678: not MINE

function recorder(): WebhookLogger & { lines: string[]; failures: unknown[] } {
  const lines: string[] = [];
  const failures: unknown[] = [];
  return { lines, failures, warn: (line) => void lines.push(line), error: (line, error) => void failures.push([line, error]) };
}

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("https://example.com/hook", { method: "POST", body, headers });

describe("the default logging of the adapters", () => {
  afterEach(() => vi.restoreAllMocks());

  it("warns of a refused delivery with its status, code, topic and reason, never the body's values", async () => {
    const logger = recorder();
    const handler = new WebhookReceiver({ allowedAlloNumbers: [MINE] }).fetchHandler({ logger });
    const res = await handler(post(JSON.stringify(sms)));
    expect(res.status).toBe(403);
    expect(logger.lines).toEqual([
      'allo-client/webhooks: refused a delivery (403 NUMBER_NOT_ALLOWED, topic "sms.received"): sms.received: to_number is not one of allowedAlloNumbers',
    ]);
    const values = [sms.data!.to_number, sms.data!.from_number, sms.data!.content, sms.data!.from_name];
    for (const value of values) expect(logger.lines.join("\n")).not.toContain(value);
  });

  it.each([
    ["a bad signature (401)", () => post(createTestEvent("sms.received").body), "401 INVALID_SIGNATURE"],
    ["invalid JSON (400)", () => post("{oops"), "400 INVALID_JSON"],
    [
      "a payload of the wrong type (400), naming the field",
      () => post(JSON.stringify({ ...sms, data: { ...sms.data, content: 7 } })),
      '400 INVALID_PAYLOAD, topic "sms.received"): sms.received: data.content must be a string',
    ],
  ])("warns of %s", async (_, request, expected) => {
    const logger = recorder();
    const signed = new WebhookReceiver({ signingSecret: SECRET }).fetchHandler({ logger });
    const unsigned = new WebhookReceiver().fetchHandler({ logger });
    await (expected.startsWith("401") ? signed : unsigned)(request());
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toContain(expected);
  });

  it("quotes and cuts an unknown topic from the body, so that a hostile one cannot forge log lines", async () => {
    const logger = recorder();
    const topic = `evil\nallo-client/webhooks: all good${"x".repeat(5000)}`;
    await new WebhookReceiver({ allowedAlloNumbers: [MINE] }).fetchHandler({ logger })(
      post(JSON.stringify({ topic, data: { to_number: "+10000000000" } })),
    );
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).not.toContain("\n");
    expect(logger.lines[0]!.length).toBeLessThan(300);
    expect(logger.lines[0]).toContain('topic "evil\\nallo-client/webhooks: all good');
  });

  it("goes to console.warn and console.error when no logger is given, from nodeHandler too", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const receiver = new WebhookReceiver({ allowedAlloNumbers: [MINE] }).on("call.completed", () => {
      throw new Error("database down");
    });
    const server = await listen(receiver.nodeHandler());
    try {
      expect((await fetch(server.url, { method: "POST", body: JSON.stringify(sms) })).status).toBe(403);
      const completed = exampleOf("call.completed");
      const mine = { ...completed, data: { ...completed.data, to: MINE } };
      expect((await fetch(server.url, { method: "POST", body: JSON.stringify(mine) })).status).toBe(500);
    } finally {
      await server.close();
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/403 NUMBER_NOT_ALLOWED, topic "sms.received"/);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]![1]).toMatchObject({ message: "database down" });
  });

  it("is silenced with logger: null, and refusals alone with a logger that has no warn", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const receiver = new WebhookReceiver({ allowedAlloNumbers: [MINE] }).on("call.completed", () => {
      throw new Error("database down");
    });
    const completed = exampleOf("call.completed");
    const failing = JSON.stringify({ ...completed, data: { ...completed.data, to: MINE } });
    const silent = receiver.fetchHandler({ logger: null });
    expect((await silent(post(JSON.stringify(sms)))).status).toBe(403);
    expect((await silent(post(failing))).status).toBe(500);
    const failuresOnly = receiver.fetchHandler({ logger: { error: console.error } });
    await failuresOnly(post(JSON.stringify(sms)));
    await failuresOnly(post(failing));
    expect(warn).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledTimes(1);
  });

  it("is replaced by onError, which hears of every refusal and failure", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const errors: unknown[] = [];
    await new WebhookReceiver({ allowedAlloNumbers: [MINE] }).fetchHandler({ onError: (e) => errors.push(e) })(post(JSON.stringify(sms)));
    expect(errors).toEqual([expect.objectContaining({ code: "NUMBER_NOT_ALLOWED", topic: "sms.received" })]);
    expect(warn).not.toHaveBeenCalled();
  });

  it("still answers when the logger throws", async () => {
    const handler = new WebhookReceiver().fetchHandler({
      logger: {
        warn: () => {
          throw new Error("logger down");
        },
      },
    });
    expect((await handler(post("{oops"))).status).toBe(400);
  });
});
