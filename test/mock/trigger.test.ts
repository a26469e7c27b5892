// `allo-mock trigger <topic> --to <url> [--secret whsec_...]` against a receiver served by
// nodeHandler() on a real local port: the loop a user runs before Allo ever calls them. Every topic
// goes through the command's function over HTTP; the bin itself, spawned from its source with tsx,
// is run for its wiring (arguments, output streams, exit codes), a few times only: each process
// costs a second or two of compiling.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { v2WebhookTopics, webhookTopics } from "../../generated/webhooks.js";
import { trigger } from "../../src/mock/trigger.js";
import { WebhookReceiver, type WebhookEvent } from "../../src/webhooks/index.js";
import { exampleOf, listen } from "../webhooks/helpers.js";
import { run } from "./run-cli.js";

const SECRET = `whsec_${Buffer.from("allo-mock trigger test secret!!!").toString("base64")}`;
const OTHER = `whsec_${Buffer.from("not the receiver's secret, 32 b.").toString("base64")}`;
const topics = [...webhookTopics, ...v2WebhookTopics];

const received = new Map<string, Array<[unknown, WebhookEvent]>>();
const receiver = new WebhookReceiver({ signingSecret: SECRET });
for (const topic of topics) {
  receiver.on(topic, (payload, event) => void received.set(topic, [...(received.get(topic) ?? []), [payload, event]]));
}
let server: Awaited<ReturnType<typeof listen>>;
let hook = "";

beforeAll(async () => {
  server = await listen(receiver.nodeHandler({ logger: null }));
  hook = `${server.url}/webhooks/allo`;
});
afterAll(() => server.close());

const ran = () => [...received.values()].flat().length;
const noEnv = {};

describe("trigger, every topic of the spec, v1 and v2, with the receiver's secret", () => {
  it.each(topics)("%s: 200, exit code 0, and the handler of that topic, and no other, got the spec's example", async (topic) => {
    const before = ran();
    const { code, lines } = await trigger([topic, "--to", hook, "--secret", SECRET], noEnv);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^POST ${topic.replace(".", "\\.")} to ${hook}, signed with --secret, webhook-id msg_\\w{22}$`)),
      '200 OK {"ok":true}',
    ]);
    expect(code).toBe(0);
    expect(ran()).toBe(before + 1);
    const [payload, event] = received.get(topic)!.at(-1)!;
    expect(payload).toEqual(exampleOf(topic).data ?? {});
    expect(event.delivery).toMatchObject({ signed: true, topic, id: lines[0]!.match(/webhook-id (msg_\w+)/)![1] });
  });
});

describe("trigger, refused or failed", () => {
  it("answers 401 with another secret: exit code 1, the status, the receiver's answer and a hint, no handler run", async () => {
    const before = ran();
    const { code, lines } = await trigger(["call.completed", "--to", hook, "--secret", OTHER], noEnv);
    expect(code).toBe(1);
    expect(lines[1]).toMatch(/^401 Unauthorized \{"error":"INVALID_SIGNATURE"/);
    expect(lines[2]).toMatch(/^hint: the receiver's signingSecret is not the --secret given/);
    expect(ran()).toBe(before);
  });

  it("sends unsigned without --secret (401 here), and signs with ALLO_WEBHOOK_SECRET from the environment", async () => {
    const unsigned = await trigger(["sms.sent", "--to", hook], noEnv);
    expect(unsigned.code).toBe(1);
    expect(unsigned.lines[0]).toMatch(/unsigned \(no --secret, no ALLO_WEBHOOK_SECRET\)/);
    expect(unsigned.lines[1]).toMatch(/^401 /);
    const fromEnv = await trigger(["sms.sent", "--to", hook], { ALLO_WEBHOOK_SECRET: SECRET });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.lines[0]).toMatch(/signed with ALLO_WEBHOOK_SECRET/);
  });

  it("merges --data into the example's data", async () => {
    const { code } = await trigger(
      ["call.received", "--to", hook, "--secret", SECRET, "--data", '{"to_number":"+13055550180","lead":"x"}'],
      noEnv,
    );
    expect(code).toBe(0);
    expect(received.get("call.received")!.at(-1)![0]).toEqual({ ...exampleOf("call.received").data, to_number: "+13055550180", lead: "x" });
  });

  it.each([
    [
      "an unknown topic, listing the topics",
      ["call.complete", "--to", "http://127.0.0.1:1/"],
      /"call\.complete" is not a topic of the spec; these are: CALL_RECEIVED, .*summary\.updated/,
    ],
    ["no --to", ["call.completed"], /where to\? Give --to/],
    ["no topic", ["--to", "http://127.0.0.1:1/"], /which topic\?/],
    ["two topics", ["call.completed", "sms.sent", "--to", "http://127.0.0.1:1/"], /one topic at a time/],
    ["an unknown option", ["call.completed", "--to", "http://127.0.0.1:1/", "--secrte", "x"], /--secrte/],
    ["a --to that is not a URL", ["call.completed", "--to", "localhost:3000"], /--to must be an absolute http/],
    [
      "--data that is not a JSON object",
      ["call.completed", "--to", "http://127.0.0.1:1/", "--data", "[1]"],
      /--data must be a JSON object/,
    ],
    [
      "--data that breaks the topic's schema",
      ["call.completed", "--to", "http://127.0.0.1:1/", "--data", '{"id":7}'],
      /INVALID_PAYLOAD: call\.completed: data\.id must be a string/,
    ],
    [
      "a malformed secret, without repeating it",
      ["call.completed", "--to", "http://127.0.0.1:1/", "--secret", "whsec_not*base64"],
      /signingSecret must be a Standard Webhooks secret/,
    ],
  ])("exits 2 on %s, sending nothing", async (_, args, message) => {
    const before = ran();
    const { code, lines } = await trigger(args, noEnv);
    expect(code).toBe(2);
    expect(lines.join("\n")).toMatch(message);
    expect(lines.join("\n")).not.toContain("not*base64");
    expect(ran()).toBe(before);
  });

  it("exits 1 and says so when nothing listens on the port", async () => {
    const closed = await listen(() => {});
    await closed.close();
    const { code, lines } = await trigger(["PING", "--to", `${closed.url}/hook`], noEnv);
    expect(code).toBe(1);
    expect(lines[1]).toMatch(/^no answer from 127\.0\.0\.1:\d+ \(ECONNREFUSED\): is the receiver running on that port\?$/);
  });
});

describe("the allo-mock bin, spawned from its source", () => {
  it.each(["call.completed", "CALL_RECEIVED"])(
    "`allo-mock trigger %s --to <url> --secret <the receiver's>` prints 200 OK on stdout and exits 0",
    { timeout: 60_000 },
    async (topic) => {
      const before = received.get(topic)?.length ?? 0;
      const { code, stdout, stderr } = await run(["trigger", topic, "--to", hook, "--secret", SECRET]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      expect(stdout).toMatch(/\n200 OK \{"ok":true\}\n$/);
      expect(received.get(topic)).toHaveLength(before + 1);
    },
  );

  it("prints 401 on stderr and exits 1 with another secret, printing neither secret", { timeout: 60_000 }, async () => {
    const { code, stdout, stderr } = await run(["trigger", "call.completed", "--to", hook, "--secret", OTHER]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^401 Unauthorized/m);
    for (const secret of [OTHER, OTHER.slice(6), SECRET, SECRET.slice(6)]) expect(stderr).not.toContain(secret);
  });

  it("exits 2 on a topic the spec does not have", { timeout: 60_000 }, async () => {
    const { code, stderr } = await run(["trigger", "call.complete", "--to", hook]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not a topic of the spec/);
  });
});
