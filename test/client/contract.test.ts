// The client against Prism started from the spec: every method's happy path, its result checked
// against the spec's own schemas, and every documented error code, selected with Prefer, ending in
// the right AlloApiError fields.
import { describe, expect, inject, it } from "vitest";
import { AlloApiError, AlloClient, type RequestOptions } from "../../src/index.js";
import { operations, responseExamples, validatorFor } from "../helpers/spec.js";

const allo = new AlloClient({ apiKey: "contract-test-key", baseUrl: inject("prismUrl") });

const SMS = { from: "+13055550180", to: "+13055550142", message: "Your order just shipped" };
const SMS_FR = { sender_id: "MyCompany", to: "+33612345678", message: "Bonjour depuis Allo" };
const HOOK = { allo_number: "+13055550180", url: "https://example.com/webhooks/allo", topics: ["CALL_RECEIVED", "SMS_RECEIVED"], enabled: true } as const;
const CONTACT = { numbers: ["+33612345678"], name: "Jean", last_name: "Dupont", emails: ["jean.dupont@example.com"] };

/** Each operation of the spec, called through the client. */
const invoke: Record<string, (options: RequestOptions) => Promise<unknown>> = {
  listNumbers: (o) => allo.numbers.list(o),
  sendSms: (o) => allo.sms.send(SMS, o),
  searchCalls: (o) => allo.calls.search({ allo_number: "+13055550180", page: 0, size: 20 }, o),
  searchContacts: (o) => allo.contacts.search({ page: 0, size: 20 }, o),
  createContact: (o) => allo.contacts.create(CONTACT, o),
  updateContact: (o) => allo.contacts.update("cnt_abc123", { job_title: "CEO" }, o),
  getContact: (o) => allo.contacts.get("cnt_abc123", { extend: ["engagement", "activity"] }, o),
  getContactConversation: (o) => allo.contacts.conversation("cnt_abc123", { size: 20 }, o),
  listWebhooks: (o) => allo.webhooks.list(o),
  createWebhook: (o) => allo.webhooks.create({ ...HOOK, topics: [...HOOK.topics] }, o),
  deleteWebhook: (o) => allo.webhooks.delete("wh_abc123", o),
};

function expectValid(pointer: string, value: unknown) {
  const validate = validatorFor(pointer);
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
}

const example = (operationId: string) => {
  const op = operations.find((o) => o.operationId === operationId)!;
  return (responseExamples(op.op, "200")[0]![1] as { data: any }).data;
};

describe("every operation of the spec has a client method", () => {
  it("and no method is left without an operation", () => {
    expect(Object.keys(invoke).sort()).toEqual(operations.map((o) => o.operationId).sort());
  });
});

describe("happy paths against Prism", () => {
  it("numbers.list() resolves to the PhoneNumber[] of the example", async () => {
    const numbers = await allo.numbers.list();
    expect(numbers).toEqual(example("listNumbers"));
    for (const n of numbers) expectValid("#/components/schemas/PhoneNumber", n);
  });

  it("sms.send() resolves to the SentSms", async () => {
    const sms = await allo.sms.send(SMS);
    expect(sms).toEqual(example("sendSms"));
    expectValid("#/components/schemas/SentSms", sms);
  });

  it("sms.sendFrance() posts the France shape to the same /sms and resolves to the SentSms", async () => {
    const sms = await allo.sms.sendFrance(SMS_FR, { headers: { prefer: "example=france" } });
    expect(sms.sender_id).toBe("MyCompany");
    expect(sms.from_number).toBeNull();
    expectValid("#/components/schemas/SentSms", sms);
  });

  it("calls.search() nests the flat metadata under pagination and keeps every call as sent", async () => {
    const page = await allo.calls.search({ allo_number: "+13055550180", size: 20 });
    const wire = example("searchCalls");
    expect(page.results).toEqual(wire.results);
    expect(page.metadata).toEqual({ pagination: { total_pages: 5, current_page: 0 } });
    for (const call of page.results) expectValid("#/components/schemas/Call", call);
    expectValid("#/components/schemas/PaginationMetadata", page.metadata);
    // The example's anonymous caller and null fields come through untouched.
    expect(page.results[1]).toMatchObject({ from_number: "anonymous", to_number: null, transcript: null });
  });

  it("contacts.search() resolves to a ContactSearchResult", async () => {
    const page = await allo.contacts.search({ page: 0, size: 20 });
    expect(page).toEqual(example("searchContacts"));
    expectValid("#/components/schemas/ContactSearchResult", page);
  });

  it("contacts.get(), create() and update() resolve to a Contact", async () => {
    for (const contact of [
      await allo.contacts.get("cnt_abc123"),
      await allo.contacts.create(CONTACT),
      await allo.contacts.update("cnt_abc123", { job_title: "CEO", emails: ["jean@example.com"] }),
    ]) {
      expect(contact).toEqual(example("getContact"));
      expectValid("#/components/schemas/Contact", contact);
    }
  });

  it("contacts.conversation() resolves to a ConversationResult", async () => {
    const page = await allo.contacts.conversation("cnt_abc123", { page: 0, size: 20 });
    expect(page).toEqual(example("getContactConversation"));
    expectValid("#/components/schemas/ConversationResult", page);
  });

  it("webhooks.list() resolves to Webhook[]", async () => {
    const hooks = await allo.webhooks.list();
    expect(hooks).toEqual(example("listWebhooks"));
    for (const h of hooks) expectValid("#/components/schemas/Webhook", h);
  });

  it("webhooks.create() returns allo_number where the API says alloNumber", async () => {
    const hook = await allo.webhooks.create({ ...HOOK, topics: [...HOOK.topics] });
    const { alloNumber, ...rest } = example("createWebhook");
    expect(hook).toEqual({ ...rest, allo_number: alloNumber });
    expect(hook).not.toHaveProperty("alloNumber");
    expectValid("#/components/schemas/Webhook", hook);
  });

  it("webhooks.delete() resolves to undefined", async () => {
    await expect(allo.webhooks.delete("wh_abc123")).resolves.toBeUndefined();
  });

  it("the searchAll iterators read every page the example announces", async () => {
    // Prism serves the same example page for every page number: total_pages decides the end.
    const calls = [];
    for await (const call of allo.calls.searchAll({ allo_number: "+13055550180" })) calls.push(call);
    expect(calls).toHaveLength(5 * 2);
    const contacts = [];
    for await (const contact of allo.contacts.searchAll({ size: 50 })) contacts.push(contact);
    expect(contacts).toHaveLength(3 * 2);
    const entries = [];
    for await (const entry of allo.contacts.conversationAll("cnt_abc123")) entries.push(entry);
    expect(entries.map((e) => e.type)).toEqual(["CALL", "TEXT_MESSAGE"]);
  });
});

const documentedErrors = operations.flatMap((o) =>
  Object.keys(o.op.responses)
    .filter((status) => status !== "200")
    .flatMap((status) =>
      responseExamples(o.op, status).map(([name, value]) => ({
        operationId: o.operationId,
        status: Number(status),
        name,
        body: value as { code: string; details: unknown[] | null },
      })),
    ),
);

describe("every documented error ends in an AlloApiError", () => {
  it.each(documentedErrors)("$operationId: $status $name", async ({ operationId, status, name, body }) => {
    const error = await invoke[operationId]!({ headers: { prefer: `code=${status}, example=${name}` }, maxRetries: 0 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AlloApiError);
    const e = error as AlloApiError;
    expect(e.status).toBe(status);
    expect(e.code).toBe(name);
    expect(e.details).toEqual(body.details ?? []);
    // Prism sends the documented Retry-After (2) on every 429.
    expect(e.retryAfter).toBe(status === 429 ? 2 : null);
    expect(e.message).toMatch(new RegExp(`^(GET|POST|PUT|DELETE) /\\S*: ${status} ${name}`));
  });
});
