// generated/tools.ts (scripts/tools-from-spec.ts): an entry per operation of the table, each input
// schema self-contained, strict JSON Schema that agrees with the client's validators on the spec's
// examples, and a generator that refuses what it cannot express. (test/spec/generated.test.ts
// keeps the file fresh.)
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { operationNames, operations } from "../../generated/operations.js";
import { queryParams } from "../../generated/query-params.js";
import { tools } from "../../generated/tools.js";
import { type AnswerShape, firstSentence, shapeOf, toolsFromSpec } from "../../scripts/tools-from-spec.js";
import { pathParamsOf, split } from "../../src/operations/flat-input.js";
import { spec } from "../helpers/spec.js";
import { exampleAnswer } from "./examples.js";

const ajv = new Ajv2020({ strict: true, allErrors: true });
formats.default(ajv);

describe("generated/tools.ts", () => {
  it("has an entry for every operation of the table, and no other", () => {
    expect(Object.keys(tools)).toEqual(operationNames);
  });

  it.each(operationNames.map((name) => ({ name })))(
    "$name: a self-contained strict JSON Schema with every path and query parameter",
    ({ name }) => {
      const { inputSchema } = tools[name];
      expect(JSON.stringify(inputSchema)).not.toContain("$ref");
      expect(JSON.stringify(inputSchema)).not.toMatch(/"x-|"example"/);
      expect(() => ajv.compile(inputSchema)).not.toThrow();
      const op = operations[name];
      expect(Object.keys(inputSchema.properties)).toEqual(expect.arrayContaining([...pathParamsOf(op), ...Object.keys(queryParams[name])]));
      expect(inputSchema.required ?? []).toEqual(expect.arrayContaining(pathParamsOf(op)));
    },
  );

  it.each(operationNames.map((name) => ({ name })))(
    "$name: its example input passes both its input schema and the client's validators",
    ({ name }) => {
      const { example, inputSchema } = tools[name];
      const validate = ajv.compile(inputSchema);
      expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
      const { path, query, body } = split(name, { ...example }) as { path?: unknown; query?: unknown; body?: unknown };
      const { validate: validators } = operations[name] as {
        validate: Record<string, { safeParse(v: unknown): { success: boolean } } | undefined>;
      };
      if (validators.path) expect(validators.path.safeParse(path).success).toBe(true);
      if (validators.query) expect(validators.query.safeParse(query).success).toBe(true);
      if (validators.body) expect(validators.body.safeParse(body).success).toBe(true);
    },
  );

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
      expect(tools[name].description, name).not.toMatch(
        /this spec|follows the wire|user report|OpenAPI document|reference page|Required scope/i,
      );
    }
  });

  it.each(operationNames.map((name) => ({ name })))(
    "$name: a brief input schema: no component titles, one-sentence descriptions, its own example",
    ({ name }) => {
      const { inputSchema, example } = tools[name];
      const descriptions: string[] = [];
      const walk = (node: unknown): void => {
        if (node === null || typeof node !== "object") return;
        for (const [key, value] of Object.entries(node)) {
          if (key === "enum" || key === "examples" || key === "default") continue;
          if (key === "properties") Object.values(value as object).forEach(walk);
          else if (key === "description") descriptions.push(value as string);
          else {
            expect(key, name).not.toBe("title");
            walk(value);
          }
        }
      };
      walk(inputSchema);
      for (const description of descriptions) expect(firstSentence(description), name).toBe(description);
      const paging = operations[name].pagination ? ["page", "size"] : [];
      for (const input of paging) expect(inputSchema.properties[input], name).not.toHaveProperty("description");
      expect(inputSchema.examples).toEqual([Object.fromEntries(Object.entries(example).filter(([input]) => !paging.includes(input)))]);
      expect(ajv.compile(inputSchema)(inputSchema.examples[0])).toBe(true);
    },
  );

  it("says constraints in words, a pattern by its message", () => {
    const size = tools["conversations.list"].fields.find((f) => f.name === "size")!;
    expect(size.constraints).toBe("integer, 1 to 100, default 20");
    const to = tools["sms.send"].fields.find((f) => f.name === "to")!;
    expect(to.constraints).toBe("string, must be an E.164 number, such as +33612345678");
    // The input schema says it by its pattern, its description by its first sentence alone.
    expect(tools["sms.send"].inputSchema.properties.to).toEqual({
      pattern: "^\\+[1-9]\\d{1,14}$",
      type: "string",
      description: "A phone number in E.164 format, such as `+33612345678`.",
    });
  });
});

/** Every member path of `value` (through objects and the items of lists) that `shape` does not name. */
function undocumented(value: unknown, shape: AnswerShape | undefined, at = ""): string[] {
  if (!shape || shape.open || value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) return value.flatMap((item) => undocumented(item, shape.items, `${at}[]`));
  return Object.entries(value).flatMap(([key, member]) =>
    shape.fields && Object.hasOwn(shape.fields, key) ? undocumented(member, shape.fields[key], `${at}.${key}`) : [`${at}.${key}`],
  );
}

describe("the answer's shape (the CLI's --fields)", () => {
  it.each(operationNames.map((name) => ({ name })))("$name: names every member of the spec's example answer", ({ name }) => {
    const example = exampleAnswer(name);
    if (example === undefined) {
      expect(tools[name].answer).toBeUndefined();
      return;
    }
    expect(tools[name].answer).toBeDefined();
    expect(undocumented(example.data, tools[name].answer as AnswerShape, "data")).toEqual([]);
  });

  it("merges the branches of a oneOf, marks a map without members open, and follows a schema that contains itself once", () => {
    const tree = {
      type: "object",
      properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Tree" } } },
    };
    const own = { components: { schemas: { Tree: tree } } };
    expect(
      shapeOf(own, {
        oneOf: [
          { type: "object", properties: { a: { type: "string" } } },
          { type: "object", properties: { b: { type: "object" } } },
          { type: "null" },
        ],
      }),
    ).toEqual({ fields: { a: {}, b: { open: true } } });
    expect(shapeOf(own, { $ref: "#/components/schemas/Tree" })).toEqual({ fields: { name: {}, children: { items: {} } } });
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

  it("reads x-prefer into the v2 method to use instead, and refuses one that is not a v2 twin", () => {
    expect(tools["numbers.list"].prefer).toEqual({ method: "phoneNumbers.list", because: expect.any(String) });
    expect(operationNames.filter((name) => tools[name].prefer).every((name) => operations[name].path.startsWith("/v1/"))).toBe(true);
    const prefer = (value: unknown) => {
      const broken = structuredClone(spec);
      broken.paths["/v1/api/numbers"].get["x-prefer"] = value;
      return () => toolsFromSpec(broken);
    };
    expect(prefer({ method: "calls.search", because: "x" })).toThrow(
      /numbers\.list .* has an x-prefer that does not name a v2 method of the table/,
    );
    expect(prefer({ method: "tags.add", because: "x" })).toThrow(/numbers\.list .* prefers tags\.add, which writes where it reads/);
    expect(prefer({ method: "phoneNumbers.list" })).toThrow(/has an x-prefer without `because`/);
  });

  it("refuses a body rule the merged input cannot carry", () => {
    const broken = structuredClone(spec);
    broken.components.schemas.AddTagsInput.oneOf = [{ required: ["tags"] }];
    expect(() => toolsFromSpec(broken)).toThrow(/tags\.add .* has body rules the merged input cannot carry: oneOf/);
  });
});
