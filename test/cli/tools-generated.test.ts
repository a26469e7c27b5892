// generated/tools.ts (scripts/tools-from-spec.ts): an entry per operation of the table, each input
// schema self-contained, strict JSON Schema that agrees with the client's validators on the spec's
// examples, and a generator that refuses what it cannot express. (test/spec/generated.test.ts
// keeps the file fresh.)
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { operationNames, operations } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import { toolsFromSpec } from "../../scripts/tools-from-spec.js";
import { split } from "../../src/cli/invoke.js";
import { spec } from "../helpers/spec.js";

const ajv = new Ajv2020({ strict: true, allErrors: true });
formats.default(ajv);

describe("generated/tools.ts", () => {
  it("has an entry for every operation of the table, and no other", () => {
    expect(Object.keys(tools)).toEqual(operationNames);
  });

  it.each(operationNames.map((name) => ({ name })))("$name: a self-contained strict JSON Schema with every path and query parameter", ({ name }) => {
    const { inputSchema } = tools[name];
    expect(JSON.stringify(inputSchema)).not.toContain("$ref");
    expect(JSON.stringify(inputSchema)).not.toMatch(/"x-|"example"/);
    expect(() => ajv.compile(inputSchema)).not.toThrow();
    const op = operations[name];
    expect(Object.keys(inputSchema.properties)).toEqual(expect.arrayContaining([...op.pathParams, ...Object.keys(op.query)]));
    expect(inputSchema.required ?? []).toEqual(expect.arrayContaining([...op.pathParams]));
  });

  it.each(operationNames.map((name) => ({ name })))("$name: its example input passes both its input schema and the client's validators", ({ name }) => {
    const { example, inputSchema } = tools[name];
    const validate = ajv.compile(inputSchema);
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    const { path, query, body } = split(name, { ...example });
    const { validate: validators } = operations[name] as { validate: Record<string, { safeParse(v: unknown): { success: boolean } } | undefined> };
    if (validators.path) expect(validators.path.safeParse(path).success).toBe(true);
    if (validators.query) expect(validators.query.safeParse(query).success).toBe(true);
    if (validators.body) expect(validators.body.safeParse(body).success).toBe(true);
  });

  it("leaves out what the spec keeps for its maintainers: each x-maintainer-note, and the scope paragraph", () => {
    const notes: string[] = [];
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "x-maintainer-note") notes.push(String(value));
        else walk(value);
      }
    };
    walk(spec.paths);
    walk(spec.components);
    expect(notes.length).toBeGreaterThanOrEqual(20);
    const flat = (text: string) => text.replace(/\s+/g, " ");
    const generated = flat(JSON.stringify(tools));
    for (const note of notes) expect(generated, note).not.toContain(flat(note).slice(0, 60).trim());
    for (const name of operationNames) {
      expect(tools[name].description, name).not.toMatch(/this spec|follows the wire|user report|OpenAPI document|reference page|Required scope/i);
    }
  });

  it("says constraints in words, a pattern by its message", () => {
    const size = tools["conversations.list"].fields.find((f) => f.name === "size")!;
    expect(size.constraints).toBe("integer, 1 to 100, default 20");
    const to = tools["sms.send"].fields.find((f) => f.name === "to")!;
    expect(to.constraints).toBe("string, must be an E.164 number, such as +33612345678");
    expect(tools["sms.send"].inputSchema.properties.to).toMatchObject({ pattern: expect.any(String), description: expect.stringContaining("Must be an E.164 number") });
  });
});

describe("the generator", () => {
  it("refuses a schema that refers to itself: a tool's input schema must be finite", () => {
    const broken = structuredClone(spec);
    broken.components.schemas.DateRange.properties.from = { $ref: "#/components/schemas/DateRange" };
    expect(() => toolsFromSpec(broken)).toThrow(/DateRange refers to itself/);
  });

  it("refuses two inputs of one operation with the same name", () => {
    const broken = structuredClone(spec);
    const body = broken.components.schemas.ConversationActionInput;
    body.properties.contact_number = { type: "string" };
    expect(() => toolsFromSpec(broken)).toThrow(/conversations\.act .* has two inputs named contact_number/);
  });

  it("refuses a body rule the merged input cannot carry", () => {
    const broken = structuredClone(spec);
    broken.components.schemas.AddTagsInput.oneOf = [{ required: ["tags"] }];
    expect(() => toolsFromSpec(broken)).toThrow(/tags\.add .* has body rules the merged input cannot carry: oneOf/);
  });
});
