import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { GENERATED_FILE, GENERATED_SCHEMAS, GENERATED_WEBHOOKS, generate, generateSchemas, generateWebhooks, openEnumValues } from "../../scripts/generate.js";
import { webhooksFromSpec } from "../../scripts/webhooks-from-spec.js";
import { spec } from "../helpers/spec.js";

describe("generated/", () => {
  it("allo.d.ts is exactly what openapi-typescript generates from the spec (run `npm run generate` if not)", async () => {
    const committed = await readFile(GENERATED_FILE, "utf8");
    const fresh = await generate();
    expect(committed === fresh, "generated/allo.d.ts is stale: run `npm run generate` and commit it").toBe(true);
  });

  it("carries the do-not-edit banner", async () => {
    expect(await readFile(GENERATED_FILE, "utf8")).toMatch(/^\/\*\*\n \* GENERATED FILE, DO NOT EDIT\./);
  });

  it("and generated/schemas.ts is exactly what the zod compiler makes of the spec", async () => {
    const committed = await readFile(GENERATED_SCHEMAS, "utf8");
    expect(committed === (await generateSchemas()), "generated/schemas.ts is stale: run `npm run generate` and commit it").toBe(true);
    expect(committed).toMatch(/^\/\*\*\n \* GENERATED FILE, DO NOT EDIT\./);
  });

  it("and generated/webhooks.ts is exactly what the spec's webhooks: section generates", async () => {
    const committed = await readFile(GENERATED_WEBHOOKS, "utf8");
    expect(committed === (await generateWebhooks()), "generated/webhooks.ts is stale: run `npm run generate` and commit it").toBe(true);
    expect(committed).toMatch(/^\/\*\*\n \* GENERATED FILE, DO NOT EDIT\./);
  });

  it("takes every webhook topic, its schema, handler name and first example from the spec", async () => {
    const { webhookTopics, webhookBodies, webhookHandlerNames, webhookExamples } = await import("../../generated/webhooks.js");
    expect([...webhookTopics]).toEqual(Object.keys(spec.webhooks));
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
      'CallResult: "ANSWERED" | "VOICEMAIL" | "TRANSFERRED_AI" | "TRANSFERRED_EXTERNAL" | "BLOCKED" | "FAILED" | (string & {});',
    );
    // Request enums stay closed.
    expect(text).toContain(
      'WebhookTopic: "CALL_RECEIVED" | "SMS_RECEIVED" | "SMS_SENT" | "CONTACT_CREATED" | "CONTACT_UPDATED";',
    );
  });

  it("recognises only the anyOf [enum, plain string] shape as an open enum", () => {
    expect(openEnumValues({ anyOf: [{ type: "string", enum: ["A", "B"] }, { type: "string" }] })).toEqual(["A", "B"]);
    expect(openEnumValues({ type: "string", enum: ["A"] })).toBeUndefined();
    expect(openEnumValues({ anyOf: [{ type: "string", enum: ["A"] }, { type: "string", pattern: "x" }] })).toBeUndefined();
    expect(openEnumValues({ anyOf: [{ type: "string", enum: ["A"] }, { type: "null" }] })).toBeUndefined();
  });
});
