// The client against Prism started from the spec: every method of every operation, called as a
// user calls it with the spec's own example input, resolves to the spec's example answer (its
// `data`, a page as { results, pagination }, or nothing), valid against the spec's schemas; every
// documented error code, selected with Prefer, ends in the right AlloApiError fields, v1 and v2.
import { describe, expect, inject, it } from "vitest";
import { operations as table, type OperationName } from "../../generated/operations.js";
import { AlloApiError, AlloClient, type RequestOptions } from "../../src/index.js";
import { deref, operations, parameters, requestExamples, responseExamples, responseValidator, validatorFor } from "../helpers/spec.js";

// Not paced: these tests ask the mock for every documented error, 429s included, one after the
// other; a client would rightly pace itself after a 429 (and wait its Retry-After).
const allo = new AlloClient({ apiKey: "contract-test-key", baseUrl: inject("prismUrl"), rateLimit: false });

/** What an operation's examples give a method: path parameters, query, body. */
interface Input {
  path: Record<string, any>;
  query: Record<string, any>;
  body: any;
}

/** Every SDK method, called the way its signature takes the inputs. */
const invoke: Record<OperationName, (i: Input, o: RequestOptions) => Promise<unknown>> = {
  me: (_, o) => allo.me(o),
  "users.list": (i, o) => allo.users.list(i.query, o),
  "users.get": (i, o) => allo.users.get(i.path.id, o),
  "tags.list": (_, o) => allo.tags.list(o),
  "tags.add": (i, o) => allo.tags.add(i.path.id, i.body.tags, o),
  "tags.remove": (i, o) => allo.tags.remove(i.path.id, i.path.tag, o),
  "phoneNumbers.list": (_, o) => allo.phoneNumbers.list(o),
  "conversations.list": (i, o) => allo.conversations.list(i.query as never, o),
  "conversations.act": (i, o) => allo.conversations.act(i.path.contact_number, i.body.action, { allo_number: i.body.allo_number }, o),
  "conversations.items.search": (i, o) => allo.conversations.items.search(i.body, o),
  "conversations.items.batchGet": (i, o) => allo.conversations.items.batchGet(i.body.ids, i.query, o),
  "conversations.items.get": (i, o) => allo.conversations.items.get(i.path.id, i.query, o),
  "conversations.items.updateSummary": (i, o) => allo.conversations.items.updateSummary(i.path.id, i.body, o),
  "analytics.overview": (i, o) => allo.analytics.overview(i.body, o),
  "analytics.outbound": (i, o) => allo.analytics.outbound(i.body, o),
  "crm.people.create": (i, o) => allo.crm.people.create(i.body, o),
  "crm.people.search": (i, o) => allo.crm.people.search(i.body, o),
  "crm.people.get": (i, o) => allo.crm.people.get(i.path.id, o),
  "crm.people.update": (i, o) => allo.crm.people.update(i.path.id, i.body, o),
  "crm.companies.create": (i, o) => allo.crm.companies.create(i.body, o),
  "crm.companies.search": (i, o) => allo.crm.companies.search(i.body, o),
  "crm.companies.get": (i, o) => allo.crm.companies.get(i.path.id, o),
  "crm.companies.update": (i, o) => allo.crm.companies.update(i.path.id, i.body, o),
  "crm.deals.create": (i, o) => allo.crm.deals.create(i.body, o),
  "crm.deals.search": (i, o) => allo.crm.deals.search(i.body, o),
  "crm.deals.get": (i, o) => allo.crm.deals.get(i.path.id, o),
  "crm.deals.update": (i, o) => allo.crm.deals.update(i.path.id, i.body, o),
  "crm.deals.delete": (i, o) => allo.crm.deals.delete(i.path.id, o),
  "webhookEndpoints.list": (_, o) => allo.webhookEndpoints.list(o),
  "webhookEndpoints.create": (i, o) => allo.webhookEndpoints.create(i.body, o),
  "webhookEndpoints.eventTypes": (_, o) => allo.webhookEndpoints.eventTypes(o),
  "webhookEndpoints.get": (i, o) => allo.webhookEndpoints.get(i.path.webhook_id, o),
  "webhookEndpoints.update": (i, o) => allo.webhookEndpoints.update(i.path.webhook_id, i.body, o),
  "webhookEndpoints.delete": (i, o) => allo.webhookEndpoints.delete(i.path.webhook_id, o),
  "summaryTemplates.list": (_, o) => allo.summaryTemplates.list(o),
  "summaryTemplates.create": (i, o) => allo.summaryTemplates.create(i.body, o),
  "summaryTemplates.get": (i, o) => allo.summaryTemplates.get(i.path.id, o),
  "summaryTemplates.update": (i, o) => allo.summaryTemplates.update(i.path.id, i.body, o),
  "summaryTemplates.delete": (i, o) => allo.summaryTemplates.delete(i.path.id, o),
  "summaryTemplates.setNumberDefault": (i, o) => allo.summaryTemplates.setNumberDefault(i.path.number, i.body, o),
  "dialingQueue.get": (i, o) => allo.dialingQueue.get(i.query, o),
  "dialingQueue.reset": (i, o) => allo.dialingQueue.reset(i.body, o),
  "dialingQueue.update": (i, o) => allo.dialingQueue.update(i.body, o),
  "dialingQueue.appendNumbers": (i, o) => allo.dialingQueue.appendNumbers(i.body, o),
  "dialingQueue.removeNumbers": (i, o) => allo.dialingQueue.removeNumbers(i.query as never, o),
  "partner.accounts.create": (i, o) => allo.partner.accounts.create(i.body, o),
  "partner.accounts.get": (i, o) => allo.partner.accounts.get(i.path.id, o),
  "partner.accounts.delete": (i, o) => allo.partner.accounts.delete(i.path.id, o),
  "calls.search": (i, o) => allo.calls.search(i.query as never, o),
  "contacts.search": (i, o) => allo.contacts.search(i.query, o),
  "contacts.create": (i, o) => allo.contacts.create(i.body, o),
  "contacts.update": (i, o) => allo.contacts.update(i.path.contact_id, i.body, o),
  "contacts.get": (i, o) => allo.contacts.get(i.path.contact_id, i.query, o),
  "contacts.conversation": (i, o) => allo.contacts.conversation(i.path.contact_id, i.query, o),
  "numbers.list": (_, o) => allo.numbers.list(o),
  "sms.send": (i, o) => allo.sms.send(i.body, o),
  "sms.sendFrance": (i, o) => allo.sms.sendFrance(i.body, o),
  "webhooks.list": (_, o) => allo.webhooks.list(o),
  "webhooks.create": (i, o) => allo.webhooks.create(i.body, o),
  "webhooks.delete": (i, o) => allo.webhooks.delete(i.path.webhook_id, o),
};

const names = Object.keys(table) as OperationName[];

function specOf(name: OperationName) {
  const entry = table[name];
  return operations.find((o) => o.operationId === entry.operationId)!;
}

/** The operation's example input; for a method that backs one branch of a shared body, that branch's example. */
function inputOf(name: OperationName): Input {
  const o = specOf(name);
  const input: Input = { path: {}, query: {}, body: undefined };
  for (const p of parameters(o.op)) {
    if (p.in === "path") input.path[p.name] = p.example;
    if (p.in === "query" && p.example !== undefined) input.query[p.name] = p.example;
  }
  const bodies = requestExamples(o.op);
  input.body = name === "sms.sendFrance" ? bodies.find(([n]) => n === "france")![1] : bodies[0]?.[1];
  return input;
}

const successStatus = (name: OperationName) => Object.keys(specOf(name).op.responses).find((s) => /^2\d\d$/.test(s))!;

/** What the method should resolve to, from the example answer: `data`, the page, or nothing. */
function expected(name: OperationName): unknown {
  const o = specOf(name);
  const status = successStatus(name);
  const examples = deref(o.op.responses[status]).content ? responseExamples(o.op, status) : [];
  const exampleName = name === "sms.sendFrance" ? "france" : undefined;
  const body = (exampleName ? examples.find(([n]) => n === exampleName) : examples[0])?.[1] as Record<string, unknown> | undefined;
  const { answer } = table[name];
  // webhooks.delete (v1) resolves to nothing whatever its 2xx says; the v2 DELETEs say what they did.
  if (answer === "none" || name === "webhooks.delete" || body === undefined) return undefined;
  const { data, ...rest } = body;
  if (answer === "page") return { ...rest, results: data };
  return data;
}

describe("every SDK method of the table", () => {
  it("has a caller here, and the table has every SDK method of the spec", () => {
    expect(Object.keys(invoke).sort()).toEqual([...names].sort());
  });

  it.each(names)("%s resolves to the example answer, as documented", async (name) => {
    const headers = name === "sms.sendFrance" ? { prefer: "example=france" } : undefined;
    const result = await invoke[name](inputOf(name), headers ? { headers } : {});
    let want = expected(name);
    // The two answers the client reshapes: calls' flat metadata nested, webhooks.create's alloNumber renamed.
    if (name === "calls.search") {
      const { metadata, ...rest } = want as { metadata: Record<string, unknown> };
      want = { ...rest, metadata: { pagination: metadata } };
    }
    if (name === "webhooks.create") {
      const { alloNumber, ...rest } = want as Record<string, unknown>;
      want = { ...rest, allo_number: alloNumber };
    }
    expect(result).toEqual(want);
    if (table[name].answer === "page") {
      const item = specOf(name);
      const status = successStatus(name);
      const validate = responseValidator(item.operationId, status);
      const { results, ...rest } = result as { results: unknown[] };
      expect(validate({ ...rest, data: results }), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

describe("answers reshaped or kept as they come", () => {
  it("calls.search() nests the flat metadata under pagination and keeps every call as sent", async () => {
    const page = await allo.calls.search({ allo_number: "+13055550180", size: 20 });
    expect(page.metadata).toEqual({ pagination: { total_pages: 5, current_page: 0 } });
    expect(page.results[1]).toMatchObject({ from_number: "anonymous", to_number: null, transcript: null });
    validatorFor("#/components/schemas/PaginationMetadata")(page.metadata);
  });

  it("a v2 page resolves to { results, pagination } and the dialing queue's page keeps its queue", async () => {
    const page = await allo.dialingQueue.get();
    expect(Array.isArray(page.results)).toBe(true);
    expect(page.pagination).toMatchObject({ page: 1, has_more: true });
    expect(page.queue).toMatchObject({ id: "pdl_2xGh7kLmNpQr" });
  });

  it("withResponse() gives the status, the headers and the request id with the data", async () => {
    const { data, response } = await allo.tags.list().withResponse();
    expect(data.length).toBeGreaterThan(0);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-ratelimit-limit")).toBe("20");
    expect(response.requestId).toMatch(/^req_/);
    expect(response.attempts).toBe(1);
  });
});

describe("the …All iterators read every page the example announces", () => {
  it("v1: total_pages decides the end (Prism serves the same page for every number)", async () => {
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

  it("v2: has_more: false ends the walk after one page", async () => {
    const items = [];
    for await (const item of allo.conversations.items.searchAll({ search: "billing" })) items.push(item);
    expect(items.map((i) => i.id)).toEqual(["cll-abc123"]);
  });
});

const documentedErrors = names.flatMap((name) => {
  const o = specOf(name);
  return Object.keys(o.op.responses)
    .filter((status) => !/^2/.test(status) && deref(o.op.responses[status]).content)
    .flatMap((status) =>
      responseExamples(o.op, status).map(([example, value]) => ({ name, status: Number(status), example, body: value as any })),
    );
});

describe("every documented error ends in an AlloApiError with what Allo sent", () => {
  it.each(documentedErrors)("$name: $status $example", async ({ name, status, example, body }) => {
    const error = await invoke[name](inputOf(name), { headers: { prefer: `code=${status}, example=${example}` }, maxRetries: 0 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AlloApiError);
    const e = error as AlloApiError;
    expect(e.status).toBe(status);
    const v2 = typeof body.error === "object";
    const sent = v2 ? body.error : body;
    expect(e.code).toBe(sent.code);
    expect(e.message).toMatch(new RegExp(`^(GET|POST|PUT|PATCH|DELETE) /v[12]/api/\\S*: ${status} ${sent.code}`));
    if (v2) {
      expect(e).toMatchObject({
        type: sent.type,
        serverMessage: sent.message,
        retryable: sent.retryable ?? null,
        requestId: sent.request_id ?? expect.stringMatching(/^req_/),
        docUrl: sent.doc_url ?? null,
        param: sent.param ?? null,
        suggestion: sent.suggestion ?? null,
      });
      expect(e.details).toEqual(sent.errors ?? []);
      if (sent.suggestion) expect(e.message).toContain(sent.suggestion);
    } else {
      expect(e.details).toEqual(body.details ?? []);
      expect(e.type).toBeNull();
    }
    // Prism sends the documented Retry-After (2) on every 429, which wins over the body's hint.
    if (status === 429) expect(e.retryAfter).toBe(2);
    expect(e.attempts).toBe(1);
  });
});
