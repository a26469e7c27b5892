// Flag text into values of the field's type, flags into one input, and that input into path, query
// and body: the parts of the CLI that are pure functions.
import { describe, expect, it } from "vitest";
import { tools } from "../../generated/tools.js";
import { AlloValidationError } from "../../src/errors/index.js";
import { fieldFlags, flagValue, inputOf } from "../../src/cli/flags.js";
import { split } from "../../src/operations/flat-input.js";
import { commandWords, flagOf } from "../../src/cli/names.js";

const field = (operation: keyof typeof tools, name: string) => tools[operation].fields.find((f) => f.name === name)!;

describe("a flag's text as the field's type", () => {
  it("numbers and booleans are typed; text that is neither stays text for the validator to refuse", () => {
    expect(flagValue("x", field("conversations.list", "size"), "50")).toBe(50);
    expect(flagValue("x", field("conversations.list", "size"), "fifty")).toBe("fifty");
    expect(flagValue("x", field("conversations.list", "unread"), true)).toBe(true);
    expect(flagValue("x", field("conversations.list", "unread"), "false")).toBe(false);
    expect(flagValue("x", field("conversations.list", "unread"), "maybe")).toBe("maybe");
  });

  it("a list takes repeated flags, commas and JSON arrays, its items typed", () => {
    expect(flagValue("x", field("analytics.overview", "user_ids"), ["usr-1,usr-2", "usr-3"])).toEqual(["usr-1", "usr-2", "usr-3"]);
    expect(flagValue("x", field("analytics.overview", "user_ids"), ['["a,b"]'])).toEqual(["a,b"]);
    expect(flagValue("x", field("dialingQueue.appendNumbers", "numbers"), ['{"number":"+33612345678"}'])).toEqual([
      { number: "+33612345678" },
    ]);
  });

  it("null clears a nullable field; an object is JSON, and text that is not JSON names the field", () => {
    expect(flagValue("x", field("crm.people.update", "company_id"), "null")).toBeNull();
    expect(flagValue("x", field("sms.send", "message"), "null")).toBe("null");
    expect(flagValue("x", field("analytics.overview", "date"), '{"from":"2026-01-01","to":"2026-01-31"}')).toEqual({
      from: "2026-01-01",
      to: "2026-01-31",
    });
    expect(() => flagValue("analytics.overview", field("analytics.overview", "date"), "{from")).toThrow(
      expect.objectContaining({ name: "AlloValidationError", field: "date", reason: "is not valid JSON" }),
    );
  });
});

describe("flags into one input", () => {
  const flags = fieldFlags(tools["analytics.overview"].fields);
  const values = (pairs: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(pairs).map(([flag, v]) => [flags.find((f) => f.option.long === flag)!.option.attributeName(), v]));

  it("an object's dotted members refine the object given whole, whatever their order", () => {
    const input = inputOf(
      "analytics.overview",
      flags,
      values({ "--date.to": "2026-02-28", "--date": '{"from":"2026-02-01","to":"2026-02-02"}' }),
      {},
    );
    expect(input).toEqual({ date: { from: "2026-02-01", to: "2026-02-28" } });
  });

  it("flags set fields over --data's body", () => {
    const input = inputOf("analytics.overview", flags, values({ "--date.from": "2026-05-01" }), {
      date: { from: "2026-01-01", to: "2026-05-31" },
      user_ids: ["usr-1"],
    });
    expect(input).toEqual({ date: { from: "2026-05-01", to: "2026-05-31" }, user_ids: ["usr-1"] });
  });

  it("a member of something that is not an object is refused by name", () => {
    expect(() => inputOf("analytics.overview", flags, values({ "--date.from": "2026-05-01" }), { date: "yesterday" })).toThrow(
      expect.objectContaining({ field: "date", reason: "is not an object, so --date.from cannot set a member of it" }),
    );
  });
});

describe("one input into path, query and body", () => {
  it("follows the table: path parameters, query parameters, the rest in the body; only the parts the operation takes", () => {
    expect(split("conversations.items.batchGet", { ids: ["cll-1"], extend: ["transcript"] })).toEqual({
      query: { extend: ["transcript"] },
      body: { ids: ["cll-1"] },
    });
    expect(split("conversations.act", { contact_number: "+14155551234", action: "READ" })).toEqual({
      path: { contact_number: "+14155551234" },
      body: { action: "READ" },
    });
    expect(split("me", {})).toEqual({});
  });

  it("refuses a field an operation without a body does not take, and __proto__ anywhere", () => {
    expect(() => split("tags.list", { colour: "red" })).toThrow(AlloValidationError);
    expect(() => split("tags.list", { colour: "red" })).toThrow("tags.list: colour is not a known field");
    expect(() => split("sms.send", JSON.parse('{"__proto__":{"polluted":true}}'))).toThrow("sms.send: __proto__ is not a known field");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("names", () => {
  it("an SDK method is its words in kebab-case, a field its flag", () => {
    expect(commandWords("conversations.items.batchGet")).toEqual(["conversations", "items", "batch-get"]);
    expect(commandWords("webhookEndpoints.eventTypes")).toEqual(["webhook-endpoints", "event-types"]);
    expect(flagOf("allo_number")).toBe("--allo-number");
    expect(flagOf("number_preference.prefix")).toBe("--number-preference.prefix");
  });
});
