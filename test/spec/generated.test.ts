import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GENERATED, openEnumValues } from "../../scripts/generate.js";
import { tableFromSpec } from "../../scripts/operations-from-spec.js";
import { webhooksFromSpec } from "../../scripts/webhooks-from-spec.js";
import { deref, parameters, operations as specOperations, scopeOf, spec } from "../helpers/spec.js";

const GENERATED_FILE = GENERATED.find((g) => g.file.pathname.endsWith("/allo.d.ts"))!.file;

describe("generated/", () => {
  it.each(GENERATED.map((g) => ({ name: fileURLToPath(g.file).replace(/^.*generated\//, "generated/"), ...g })))(
    "$name is exactly what the spec generates (run `npm run generate` if not), with its do-not-edit banner",
    async ({ name, file, make }) => {
      const committed = await readFile(file, "utf8");
      expect(committed === (await make()), `${name} is stale: run \`npm run generate\` and commit it`).toBe(true);
      expect(committed).toMatch(/^(\/\*\*\n \* GENERATED FILE, DO NOT EDIT\.|# GENERATED FILE, DO NOT EDIT)/);
    },
  );

  it("takes every webhook topic, its schema, handler name and first example from the spec", async () => {
    const { webhookTopics, webhookBodies, webhookHandlerNames, webhookExamples, v2WebhookTopics, v2WebhookBodies, v2WebhookExamples } =
      await import("../../generated/webhooks.js");
    expect([...webhookTopics, ...v2WebhookTopics].sort()).toEqual(Object.keys(spec.webhooks).sort());
    for (const topic of v2WebhookTopics) {
      const first = Object.values(
        spec.webhooks[topic].post.requestBody.content["application/json"].examples as Record<string, { value: unknown }>,
      )[0]!;
      expect(v2WebhookExamples[topic]).toEqual(first.value);
      expect(v2WebhookBodies[topic].safeParse(first.value).success).toBe(true);
    }
    for (const topic of webhookTopics) {
      const op = spec.webhooks[topic].post;
      expect(webhookHandlerNames[topic]).toBe(op.operationId);
      const first = Object.values(op.requestBody.content["application/json"].examples as Record<string, { value: unknown }>)[0]!;
      expect(webhookExamples[topic]).toEqual(first.value);
      expect(webhookBodies[topic].safeParse(first.value).success).toBe(true);
    }
  });

  it("refuses to generate webhooks from a topic whose example names another topic", () => {
    const broken = structuredClone(spec);
    broken.webhooks.SMS_SENT.post.requestBody.content["application/json"].examples.outbound.value.topic = "SMS_RECEIVED";
    expect(() => webhooksFromSpec(broken)).toThrow(/example of webhooks.SMS_SENT has topic SMS_RECEIVED/);
  });

  it("types open enums as the known values plus any other string", async () => {
    const text = await readFile(GENERATED_FILE, "utf8");
    expect(text).toContain(
      'CallResult: "ANSWERED" | "VOICEMAIL" | "TRANSFERRED_AI" | "TRANSFERRED_EXTERNAL" | "BLOCKED" | "FAILED" | "FAILED_EXTERNAL" | "RECEIVED" | "CLOSED" | (string & {});',
    );
    // Request enums stay closed.
    expect(text).toContain('WebhookTopic: "CALL_RECEIVED" | "SMS_RECEIVED" | "SMS_SENT" | "CONTACT_CREATED" | "CONTACT_UPDATED";');
  });

  it("recognises only the anyOf [enum, plain string] shape as an open enum", () => {
    expect(openEnumValues({ anyOf: [{ type: "string", enum: ["A", "B"] }, { type: "string" }] })).toEqual(["A", "B"]);
    expect(openEnumValues({ type: "string", enum: ["A"] })).toBeUndefined();
    expect(
      openEnumValues({
        anyOf: [
          { type: "string", enum: ["A"] },
          { type: "string", pattern: "x" },
        ],
      }),
    ).toBeUndefined();
    expect(openEnumValues({ anyOf: [{ type: "string", enum: ["A"] }, { type: "null" }] })).toBeUndefined();
  });
});

describe("the operation table (generated/operations.ts)", () => {
  it("has one entry per SDK method of the spec, with the operation's method and path; its summary and scope are in the tools", async () => {
    const { operations } = await import("../../generated/operations.js");
    const { tools } = await import("../../generated/tools.js");
    const expected = specOperations.flatMap((o) => [o.op["x-sdk-method"]].flat().map((name: string) => ({ name, o })));
    expect(Object.keys(operations).sort()).toEqual(expected.map((e) => e.name).sort());
    for (const { name, o } of expected) {
      const entry = operations[name as keyof typeof operations];
      expect(entry, name).toMatchObject({ method: o.method.toUpperCase(), path: o.path });
      expect(tools[name as keyof typeof tools], name).toMatchObject({ summary: o.op.summary, scope: scopeOf(o.op) ?? null });
    }
  });

  it("keeps what only describes an operation (operationId, summary, scope) out of the table the client loads", async () => {
    const { operations } = await import("../../generated/operations.js");
    for (const entry of Object.values(operations)) {
      expect(Object.keys(entry)).not.toEqual(expect.arrayContaining(["operationId"]));
      expect(Object.keys(entry)).not.toEqual(expect.arrayContaining(["summary"]));
      expect(Object.keys(entry)).not.toEqual(expect.arrayContaining(["scope"]));
    }
  });

  it("keeps the query parameters, which only the proxy and the flat input read, in query-params.ts, and the path parameters in the path", async () => {
    const { operations } = await import("../../generated/operations.js");
    const { queryParams } = await import("../../generated/query-params.js");
    const { pathParamsOf } = await import("../../src/operations/flat-input.js");
    expect(Object.keys(queryParams)).toEqual(Object.keys(operations));
    for (const { o, name } of specOperations.flatMap((o) => [o.op["x-sdk-method"]].flat().map((name: string) => ({ name, o })))) {
      const entry = operations[name as keyof typeof operations];
      expect(Object.keys(entry), name).not.toEqual(expect.arrayContaining(["query"]));
      expect(Object.keys(entry), name).not.toEqual(expect.arrayContaining(["pathParams"]));
      const given = parameters(o.op).filter((p) => p.in === "query" || p.in === "path");
      expect(Object.keys(queryParams[name as keyof typeof queryParams]), name).toEqual(
        given.filter((p) => p.in === "query").map((p) => p.name),
      );
      expect(pathParamsOf(entry), name).toEqual(given.filter((p) => p.in === "path").map((p) => p.name));
    }
    expect(queryParams["conversations.items.get"]).toEqual({ extend: "list" });
  });

  it("says which operations change nothing, which are safe to repeat, which take an Idempotency-Key and which the client keeps at most once", async () => {
    const { operations } = await import("../../generated/operations.js");
    expect(operations["conversations.items.search"]).toMatchObject({
      readOnly: true,
      idempotent: true,
      idempotencyKey: false,
      pagination: "body",
      answer: "page",
    });
    expect(operations["conversations.list"]).toMatchObject({ readOnly: true, pagination: "query", answer: "page" });
    expect(operations["contacts.search"]).toMatchObject({ readOnly: true, pagination: "v1", answer: "data" });
    expect(operations["sms.send"]).toMatchObject({ readOnly: false, idempotent: false, idempotencyKey: false, atMostOnce: true });
    expect(
      Object.entries(operations)
        .filter(([, e]) => e.atMostOnce)
        .map(([n]) => n),
    ).toEqual(["sms.send", "sms.sendFrance"]);
    expect(operations["tags.add"]).toMatchObject({ readOnly: false, idempotent: false, idempotencyKey: true, answer: "none" });
    expect(operations["crm.people.update"]).toMatchObject({ readOnly: false, idempotent: true });
    expect(operations["crm.deals.update"]).toMatchObject({ method: "PATCH", idempotent: false });
    for (const name of [
      "conversations.items.batchGet",
      "analytics.overview",
      "analytics.outbound",
      "crm.people.search",
      "crm.companies.search",
      "crm.deals.search",
    ] as const) {
      expect(operations[name], name).toMatchObject({ method: "POST", readOnly: true });
    }
    const posts = Object.entries(operations)
      .filter(([, e]) => e.method === "POST" && e.readOnly)
      .map(([n]) => n);
    expect(posts.sort()).toEqual([
      "analytics.outbound",
      "analytics.overview",
      "conversations.items.batchGet",
      "conversations.items.search",
      "crm.companies.search",
      "crm.deals.search",
      "crm.people.search",
    ]);
  });

  it("gives sms.send and sms.sendFrance each its branch of POST /v1/api/sms's body", async () => {
    const { operations } = await import("../../generated/operations.js");
    const { SendSmsInput, SendSmsFranceInput } = await import("../../generated/schemas.js");
    expect(operations["sms.send"].validate.body).toBe(SendSmsInput);
    expect(operations["sms.sendFrance"].validate.body).toBe(SendSmsFranceInput);
  });

  it("refuses a spec whose operation names no SDK method, or two operations claiming one", () => {
    const noName = structuredClone(spec);
    delete noName.paths["/v2/api/me"].get["x-sdk-method"];
    expect(() => tableFromSpec(noName)).toThrow(/GET \/v2\/api\/me needs x-sdk-method/);
    const twice = structuredClone(spec);
    twice.paths["/v2/api/users"].get["x-sdk-method"] = "me";
    expect(() => tableFromSpec(twice)).toThrow(/two operations claim the SDK method me/);
  });

  it("refuses x-sdk-at-most-once on an operation Allo deduplicates or that changes nothing", () => {
    const keyed = structuredClone(spec);
    keyed.paths["/v2/api/conversations/items/{id}/tags"].post["x-sdk-at-most-once"] = true;
    expect(() => tableFromSpec(keyed)).toThrow(
      /POST \/v2\/api\/conversations\/items\/\{id\}\/tags is x-sdk-at-most-once, which is for a write Allo does not deduplicate/,
    );
    const read = structuredClone(spec);
    read.paths["/v2/api/me"].get["x-sdk-at-most-once"] = true;
    expect(() => tableFromSpec(read)).toThrow(/GET \/v2\/api\/me is x-sdk-at-most-once/);
  });

  it("reads a query parameter's kind from its schema, refs included", () => {
    const table = tableFromSpec(spec);
    const get = table.find((e) => e.name === "contacts.get")!;
    expect(get.query).toEqual({ extend: "list" });
    const list = table.find((e) => e.name === "conversations.list")!;
    expect(list.query).toMatchObject({ page: "integer", size: "integer", unread: "boolean", extend: "list", allo_number: "string" });
    expect(deref(spec.components.parameters.V2Page).schema.type).toBe("integer");
  });
});
