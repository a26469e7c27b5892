// --fields names fields the spec documents for the answer's records: a name it does not is refused
// before anything is sent, naming it and listing what the records have at that level.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { run } from "./in-process.js";
import { startRecorder, type Recorder } from "./servers.js";

let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder(() => ({
    data: [{ contact_number: "+14155550001", last_item: { summary: "Refund", id: "cll-1" }, custom: 1 }],
    pagination: { page: 1, size: 20, total_count: 1, total_pages: 1, has_more: false },
  }));
});
afterAll(() => recorder.close());
beforeEach(() => {
  recorder.seen.length = 0;
});

const list = (fields: string, ...more: string[]) =>
  run(["--base-url", recorder.url, "conversations", "list", "--allo-number", "+14155550100", "--fields", fields, ...more]);

describe("--fields", () => {
  it("keeps the documented fields it names, dotted ones inside objects", async () => {
    const { code, stdout } = await list("contact_number,last_item.summary");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).data).toEqual([{ contact_number: "+14155550001", last_item: { summary: "Refund" } }]);
  });

  it("refuses a name the records do not have, listing those they have, and sends nothing", async () => {
    const { code, stdout, stderr } = await list("contact_number,contact_nmber");
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toBe(
      "allo: INVALID_INPUT: conversations.list: nothing was sent.\n" +
        '  --fields has "contact_nmber", but each record has no such field; the spec documents: contact_number, contacts, last_activity, last_item\n',
    );
    expect(recorder.seen).toEqual([]);
  });

  it("names the level where a dotted path goes wrong: a missing member, a list, a value that is not an object", async () => {
    const { code, stderr } = await list("last_item.sumary,contacts.name,last_item.summary.text");
    expect(code).toBe(2);
    expect(stderr).toMatch(/"last_item\.sumary", but last_item has no such field; the spec documents: id, type, [^\n]*summary/);
    expect(stderr).toContain('"contacts.name", but contacts is a list, whose items are not picked from');
    expect(stderr).toContain('"last_item.summary.text", but last_item.summary is not an object');
    expect(recorder.seen).toEqual([]);
  });

  it("with --all, names fields of each item of the pages: a v1 page's results", async () => {
    const { code, stderr } = await run(["--base-url", recorder.url, "contacts", "search", "--all", "--fields", "results"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/"results", but each record has no such field; the spec documents: id, name, /);
    expect(recorder.seen).toEqual([]);
  });

  it("accepts any member of an object the spec leaves open (custom properties)", async () => {
    const { code } = await run(["--base-url", recorder.url, "contacts", "get", "cnt_1", "--fields", "id,custom_properties.plan"]);
    expect(code).not.toBe(2);
    expect(recorder.seen).toHaveLength(1);
  });

  it("an operation's help lists the fields of each record", async () => {
    const { stdout } = await run(["crm", "deals", "get", "--help"]);
    expect(stdout).toContain(
      "Fields of each record, for --fields: id, name, status, amount, currency, closed_at, company, created_at, updated_at.",
    );
  });

  it("is not offered where the answer has no body", async () => {
    const { code, stderr } = await run(["--base-url", recorder.url, "tags", "add", "cll-abc123", "--tags", "vip", "--fields", "id"]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--fields'");
    expect(recorder.seen).toEqual([]);
  });
});
