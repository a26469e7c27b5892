// Bad input is refused with an AlloValidationError naming the field, before any request is sent.
import { operations } from "../../generated/operations.js";
import { validate } from "../../src/operations/caller.js";
import { describe, expect, it } from "vitest";
import { AlloClient, AlloValidationError } from "../../src/index.js";

let sent = 0;
const allo = new AlloClient({
  apiKey: "k",
  baseUrl: "http://127.0.0.1:9",
  fetch: async () => {
    sent++;
    throw new Error("no request may be sent");
  },
});

const US = { from: "+13055550180", to: "+13055550142", message: "hi" };
const FR = { sender_id: "MyCompany", to: "+33612345678", message: "hi" };
const HOOK = { allo_number: "+13055550180", url: "https://example.com/h", topics: ["CALL_RECEIVED" as const] };

// Inputs a JavaScript caller (or a cast) can pass, which the types would refuse.
type Loose = any;

const cases: Array<{ what: string; call: () => unknown; field: string; reason: RegExp }> = [
  { what: "an empty message", call: () => allo.sms.send({ ...US, message: "" }), field: "message", reason: /at least 1 character/ },
  {
    what: "a 1001-character message",
    call: () => allo.sms.send({ ...US, message: "x".repeat(1001) }),
    field: "message",
    reason: /at most 1000/,
  },
  { what: "1001 emoji", call: () => allo.sms.send({ ...US, message: "😀".repeat(1001) }), field: "message", reason: /at most 1000/ },
  {
    what: "a missing message",
    call: () => allo.sms.send({ from: US.from, to: US.to } as Loose),
    field: "message",
    reason: /^is required$/,
  },
  {
    what: "a message of the wrong type",
    call: () => allo.sms.send({ ...US, message: 5 as Loose }),
    field: "message",
    reason: /^must be a string$/,
  },
  {
    what: "a member left out of a nested object",
    call: () => allo.analytics.overview({ date: { from: "2026-03-01" } } as Loose),
    field: "date.to",
    reason: /^is required$/,
  },
  { what: "a recipient not in E.164", call: () => allo.sms.send({ ...US, to: "06 12 34 56 78" }), field: "to", reason: /E\.164/ },
  { what: "a sender number not in E.164", call: () => allo.sms.send({ ...US, from: "13055550180" }), field: "from", reason: /E\.164/ },
  {
    what: "a typo in a field name",
    call: () => allo.sms.send({ ...US, messsage: "x" } as Loose),
    field: "messsage",
    reason: /not a known field/,
  },
  {
    what: "a France field on sms.send",
    call: () => allo.sms.send({ ...US, sender_id: "MyCompany" } as Loose),
    field: "sender_id",
    reason: /not a known field/,
  },
  {
    what: "a 2-character sender_id",
    call: () => allo.sms.sendFrance({ ...FR, sender_id: "AB" }),
    field: "sender_id",
    reason: /3 to 11 letters or digits/,
  },
  {
    what: "a sender_id with a space",
    call: () => allo.sms.sendFrance({ ...FR, sender_id: "My Co" }),
    field: "sender_id",
    reason: /3 to 11/,
  },
  { what: "no input at all", call: () => allo.sms.send(undefined as Loose), field: "(input)", reason: /must be an object/ },
  { what: "calls without allo_number", call: () => allo.calls.search({} as Loose), field: "allo_number", reason: /^is required$/ },
  { what: "size 500", call: () => allo.calls.search({ allo_number: US.from, size: 500 }), field: "size", reason: /<= 100/ },
  { what: "size 0", call: () => allo.contacts.search({ size: 0 }), field: "size", reason: />= 1/ },
  { what: "page -1", call: () => allo.contacts.search({ page: -1 }), field: "page", reason: />= 0/ },
  { what: "a fractional page", call: () => allo.contacts.search({ page: 1.5 }), field: "page", reason: /integer/ },
  { what: "a contact without numbers", call: () => allo.contacts.create({ numbers: [] }), field: "numbers", reason: /at least 1 item/ },
  {
    what: "a contact number not in E.164",
    call: () => allo.contacts.create({ numbers: ["+33612345678", "0612"] }),
    field: "numbers.1",
    reason: /E\.164/,
  },
  {
    what: "an invalid email",
    call: () => allo.contacts.create({ numbers: ["+33612345678"], emails: ["jean"] }),
    field: "emails.0",
    reason: /valid email/,
  },
  { what: "an empty update", call: () => allo.contacts.update("cnt_1", {}), field: "(input)", reason: /at least 1 field/ },
  { what: "a contact id of ..", call: () => allo.contacts.get(".."), field: "contact_id", reason: /must not be \. or \.\./ },
  { what: "a contact id of .", call: () => allo.contacts.conversation("."), field: "contact_id", reason: /must not be/ },
  { what: "an empty contact id", call: () => allo.contacts.update("", { name: "x" }), field: "contact_id", reason: /at least 1/ },
  { what: "a webhook id of ..", call: () => allo.webhooks.delete(".."), field: "webhook_id", reason: /must not be/ },
  {
    what: "an unknown extend",
    call: () => allo.contacts.get("cnt_1", { extend: ["everything" as Loose] }),
    field: "extend.0",
    reason: /must be one of engagement, activity/,
  },
  {
    what: "a topic outside the list",
    call: () => allo.webhooks.create({ ...HOOK, topics: ["CALL_ENDED" as Loose] }),
    field: "topics.0",
    reason: /must be one of CALL_RECEIVED, SMS_RECEIVED, SMS_SENT, CONTACT_CREATED, CONTACT_UPDATED/,
  },
  { what: "no topics", call: () => allo.webhooks.create({ ...HOOK, topics: [] }), field: "topics", reason: /at least 1 item/ },
  {
    what: "a repeated topic",
    call: () => allo.webhooks.create({ ...HOOK, topics: ["SMS_SENT", "SMS_SENT"] }),
    field: "topics",
    reason: /repeat/,
  },
  {
    what: "an http:// webhook URL",
    call: () => allo.webhooks.create({ ...HOOK, url: "http://example.com/h" }),
    field: "url",
    reason: /https:\/\//,
  },
  { what: "page on a searchAll", call: () => allo.contacts.searchAll({ page: 2 } as Loose), field: "page", reason: /starts at page 0/ },
  {
    what: "a bad size on a searchAll",
    call: () => allo.calls.searchAll({ allo_number: US.from, size: 101 }),
    field: "size",
    reason: /<= 100/,
  },
  { what: "a negative per-call timeout", call: () => allo.numbers.list({ timeout: -1 }), field: "options.timeout", reason: /positive/ },
  {
    what: "a fractional per-call maxRetries",
    call: () => allo.numbers.list({ maxRetries: 0.5 }),
    field: "options.maxRetries",
    reason: /whole number/,
  },
  {
    what: "an Authorization header per call",
    call: () => allo.numbers.list({ headers: { Authorization: "x" } }),
    field: "options.headers.Authorization",
    reason: /cannot be set/,
  },
];

describe("refused before sending", () => {
  it.each(cases)("$what: $field", async ({ call, field, reason }) => {
    const before = sent;
    let error: unknown;
    try {
      await call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AlloValidationError);
    const v = error as AlloValidationError;
    expect(v.field).toBe(field);
    expect(v.reason).toMatch(reason);
    expect(v.message).toContain(v.field);
    expect(sent).toBe(before);
  });

  it("lists every refused field, not only the first", async () => {
    const error = await allo.sms.send({ from: "x", to: "y", message: "" }).catch((e: unknown) => e);
    expect((error as AlloValidationError).issues.map((i) => i.field)).toEqual(["from", "to", "message"]);
    expect((error as AlloValidationError).message).toMatch(/^sms\.send: from .* \(and 2 more\)$/);
  });

  it("names a field in camelCase first, with its snake_case name: asked when the check reports that name, else offered", async () => {
    const before = sent;
    const required = (await allo.calls.search({ alloNumber: "+13055550180" } as never).catch((e: unknown) => e)) as AlloValidationError;
    expect(required.issues).toEqual([
      { field: "alloNumber", message: "is not a known field: did you mean allo_number?" },
      { field: "allo_number", message: "is required" },
    ]);
    expect(required.message).toBe("calls.search: alloNumber is not a known field: did you mean allo_number? (and 1 more)");
    const optional = (await allo.calls
      .search({ allo_number: "+13055550180", contactNumber: "+13055550142" } as never)
      .catch((e: unknown) => e)) as AlloValidationError;
    expect(optional.issues).toEqual([
      { field: "contactNumber", message: "is not a known field: the API's fields are snake_case (contact_number?)" },
    ]);
    const typo = (await allo.sms.send({ ...US, messsage: "hi" } as never).catch((e: unknown) => e)) as AlloValidationError;
    expect(typo.issues[0]).toEqual({ field: "messsage", message: "is not a known field" });
    expect(sent).toBe(before);
  });

  it.each([
    {
      what: "contacts.search(page, size)",
      call: () => (allo.contacts.search as (...a: unknown[]) => Promise<unknown>)(0, 20),
      kind: "number",
    },
    {
      what: "contacts.conversation(id, page, size)",
      call: () => (allo.contacts.conversation as (...a: unknown[]) => Promise<unknown>)("cnt_1", 0, 20),
      kind: "number",
    },
    {
      what: "sms.send(from, to, message)",
      call: () => (allo.sms.send as (...a: unknown[]) => Promise<unknown>)("+13055550180", "+13055550142", "hi"),
      kind: "string",
    },
  ])(
    "arguments given one by one ($what, the old package's way) are refused as the input, not as misplaced options",
    async ({ call, kind }) => {
      const before = sent;
      const error = (await call().catch((e: unknown) => e)) as AlloValidationError;
      expect(error).toBeInstanceOf(AlloValidationError);
      expect(error.issues).toEqual([
        { field: "(input)", message: `must be one object of named fields, not a ${kind}: give them together, as { field: value, ... }` },
      ]);
      expect(sent).toBe(before);
    },
  );

  // Checked as a call would check them, without sending: `validate` is the caller's own check.
  it.each([
    ["jean@example.com", true],
    ["jean.dupont+crm@mail.example.co.uk", true],
    ["jean@example", false],
    ["jean", false],
    ["jean @example.com", false],
    ["jean@exa mple.com", false],
    ["a,b@example.com", false],
  ])("an email field takes %s: %s", (email, ok) => {
    const run = () => validate("crm.people.create", operations["crm.people.create"], { body: { name: "Jean", emails: [email] } });
    if (ok) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ field: "emails.0", reason: "must be a valid email" }));
  });

  it.each([
    ["https://example.com/hooks/allo", true],
    ["https://example.com:8443/hooks?token=x", true],
    ["https://", false],
    ["https://exa mple.com/", false],
  ])("a URL field takes %s: %s", (url, ok) => {
    const run = () =>
      validate("webhookEndpoints.create", operations["webhookEndpoints.create"], { body: { url, topics: ["call.received"] } });
    if (ok) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ field: "url", reason: "must be a valid uri" }));
  });

  it("a promise-returning method rejects its promise, it does not throw synchronously", () => {
    let pending: Promise<unknown> | undefined;
    expect(() => {
      pending = allo.sms.send({ ...US, message: "" });
    }).not.toThrow();
    return expect(pending).rejects.toBeInstanceOf(AlloValidationError);
  });

  it("a searchAll refuses bad input when called, not later when iterated", () => {
    expect(() => allo.calls.searchAll({ allo_number: "nope" })).toThrow(AlloValidationError);
    expect(sent).toBe(0);
  });

  it("accepts the boundaries: 1000 characters (or 1000 emoji), 3 and 11 character senders, size 1 and 100", async () => {
    const accepted = [
      () => allo.sms.send({ ...US, message: "x".repeat(1000) }),
      () => allo.sms.send({ ...US, message: "😀".repeat(1000) }),
      () => allo.sms.sendFrance({ ...FR, sender_id: "ABC" }),
      () => allo.sms.sendFrance({ ...FR, sender_id: "ABCDEFGHIJK" }),
      () => allo.contacts.search({ size: 1 }),
      () => allo.contacts.search({ size: 100, page: 0 }),
      () => allo.contacts.get("..numbers"),
    ];
    for (const call of accepted) {
      const before = sent;
      // These pass validation and reach fetch, which this client makes fail (GETs retry it).
      await expect(call()).rejects.not.toBeInstanceOf(AlloValidationError);
      expect(sent).toBeGreaterThan(before);
    }
  });
});
