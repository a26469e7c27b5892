// The client against Prism started from the spec: every method of every operation, called as a
// user calls it with the spec's own example input, resolves to the spec's example answer (its
// `data`, a page as { results, pagination }, or nothing), valid against the spec's schemas; every
// documented error code, selected with Prefer, ends in the right AlloApiError fields, v1 and v2.
import { describe, expect, inject, it } from "vitest";
import { operations as table, type OperationName } from "../../generated/operations.js";
import { AlloApiError, AlloClient } from "../../src/index.js";
import { callMethod, type OperationParts } from "../helpers/call-method.js";
import {
  deref,
  operationAt,
  operations,
  parameters,
  requestExamples,
  responseExamples,
  responseValidator,
  validatorFor,
} from "../helpers/spec.js";

// Not paced: these tests ask the mock for every documented error, 429s included, one after the
// other; a client would rightly pace itself after a 429 (and wait its Retry-After).
const allo = new AlloClient({ apiKey: "contract-test-key", baseUrl: inject("prismUrl"), rateLimit: false });

/** What an operation's examples give a method: path parameters, query, body. */
type Input = OperationParts & { path: Record<string, any>; query: Record<string, any>; body: any };

const names = Object.keys(table) as OperationName[];

function specOf(name: OperationName) {
  return operationAt(table[name]);
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
  it("is every SDK method of the spec, each a method of the client", () => {
    expect([...names].sort()).toEqual(operations.flatMap((o) => [o.op["x-sdk-method"]].flat()).sort());
    for (const name of names)
      expect(
        name.split(".").reduce<any>((at, key) => at?.[key], allo),
        name,
      ).toBeTypeOf("function");
  });

  it.each(names)("%s resolves to the example answer, as documented", async (name) => {
    const headers = name === "sms.sendFrance" ? { prefer: "example=france" } : undefined;
    const result = await callMethod(allo, name, inputOf(name), headers ? { headers } : {});
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
    const error = await callMethod(allo, name, inputOf(name), {
      headers: { prefer: `code=${status}, example=${example}` },
      maxRetries: 0,
    }).then(
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
