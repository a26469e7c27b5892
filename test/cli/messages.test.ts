// What the CLI says of bad input, in the words of its flags: a flag left out is required (not "must
// be a string"), and a bad member of an object blames that member alone. Nothing is sent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { run } from "./in-process.js";
import { startRecorder, type Recorder } from "./servers.js";

let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder();
});
afterAll(() => recorder.close());
beforeEach(() => {
  recorder.seen.length = 0;
});

const allo = (args: readonly string[]) => run(["--base-url", recorder.url, ...args]);

describe("bad input", () => {
  it("a required flag left out is said to be required, by field and flag", async () => {
    const { code, stderr } = await allo(["conversations", "list"]);
    expect(code).toBe(2);
    expect(stderr).toBe("allo: INVALID_INPUT: conversations.list: nothing was sent.\n  allo_number (--allo-number) is required\n");
    const sms = await allo(["sms", "send", "--from", "+13055550180", "--message", "Hi"]);
    expect(sms.stderr).toBe("allo: INVALID_INPUT: sms.send: nothing was sent.\n  to (--to) is required\n");
    expect(recorder.seen).toEqual([]);
  });

  it("a bad --date.from blames date.from alone when --date.to is given", async () => {
    const { code, stderr } = await allo(["analytics", "overview", "--date.from", "yesterday", "--date.to", "2026-03-31"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "allo: INVALID_INPUT: analytics.overview: nothing was sent.\n  date.from (--date.from) must be a valid date (YYYY-MM-DD)\n",
    );
    expect(recorder.seen).toEqual([]);
  });

  it("a bad --date.from without --date.to: date.to is said to be missing, not to be a bad date", async () => {
    const { stderr } = await allo(["analytics", "overview", "--date.from", "yesterday"]);
    expect(stderr).toBe(
      "allo: INVALID_INPUT: analytics.overview: nothing was sent.\n" +
        "  date.from (--date.from) must be a valid date (YYYY-MM-DD)\n" +
        "  date.to (--date.to) is required\n",
    );
    expect(recorder.seen).toEqual([]);
  });

  it("a flag that takes one value, given twice, is refused by name; a list flag takes repeats", async () => {
    const twice = await allo(["crm", "deals", "update", "dea-abc123", "--name", "A", "--name", "B"]);
    expect(twice).toEqual({
      code: 2,
      stdout: "",
      stderr: "allo: INVALID_INPUT: --name is given more than once, and it takes one value: give it once.\n",
    });
    const shared = await allo(["--timeout", "1000", "tags", "list", "--timeout", "2000"]);
    expect(shared.code).toBe(2);
    expect(shared.stderr).toContain("--timeout is given more than once");
    const boolean = await allo(["conversations", "list", "--allo-number", "+14155550100", "--unread", "--unread", "false"]);
    expect(boolean.stderr).toContain("--unread is given more than once");
    expect(recorder.seen).toEqual([]);
    const list = await allo([
      "analytics",
      "overview",
      "--date.from",
      "2026-03-01",
      "--date.to",
      "2026-03-31",
      "--user-ids",
      "usr-1",
      "--user-ids",
      "usr-2",
    ]);
    expect(list.code).toBe(0);
    expect(JSON.parse(recorder.seen[0]!.body).user_ids).toEqual(["usr-1", "usr-2"]);
  });
});
