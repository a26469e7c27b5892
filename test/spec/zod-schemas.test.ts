// generated/schemas.ts and generated/answer-schemas.ts (zod/mini, compiled from the spec) must
// accept and refuse exactly what the spec's JSON Schemas accept and refuse, as judged by ajv. For
// every generated schema: a valid sample, the spec's own examples, and mutations at every path of
// the sample (wrong types, nulls, lengths and bounds either side of each limit, broken patterns,
// missing and extra properties).
import { describe, expect, it } from "vitest";
import * as answers from "../../generated/answer-schemas.js";
import { operationNames, operations as table } from "../../generated/operations.js";
import * as generated from "../../generated/schemas.js";
import { zodFromSpec } from "../../scripts/zod-from-spec.js";
import {
  HTTP_METHODS,
  deref,
  operationAt,
  operations,
  responseExamples,
  responseSchemaPointer,
  spec,
  validatorFor,
} from "../helpers/spec.js";

type Schema = Record<string, any>;
const esc = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** Each generated export with the JSON Schema it was compiled from and the spec's examples of it. */
interface Target {
  name: string;
  pointer: string;
  schema: Schema;
  examples: unknown[];
}

const targets: Target[] = [];
for (const [name, schema] of Object.entries(spec.components.schemas as Record<string, Schema>)) {
  targets.push({ name, pointer: `#/components/schemas/${name}`, schema, examples: schema.examples ?? [] });
}
for (const [section, map] of [
  ["paths", spec.paths],
  ["webhooks", spec.webhooks],
] as const) {
  for (const [key, item] of Object.entries(map as Record<string, Schema>)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const opPointer = `#/${section}/${esc(key)}/${method}`;
      const body = op.requestBody?.content?.["application/json"];
      if (body?.schema) {
        targets.push({
          name: `${op.operationId}Body`,
          pointer: `${opPointer}/requestBody/content/application~1json/schema`,
          schema: body.schema,
          examples: Object.values(body.examples ?? {}).map((e: any) => deref(e).value),
        });
      }
      for (const location of ["query", "path"] as const) {
        const params = (op.parameters ?? [])
          .map((raw: Schema, i: number) => ({ raw, p: deref(raw), i }))
          .filter(({ p }: { p: Schema }) => p.in === location);
        if (!params.length) continue;
        // The parameters as one object, the way the client takes them.
        const schema: Schema = {
          type: "object",
          additionalProperties: false,
          required: params.filter(({ p }: { p: Schema }) => p.required).map(({ p }: { p: Schema }) => p.name),
          properties: Object.fromEntries(
            params.map(({ raw, p, i }: { raw: Schema; p: Schema; i: number }) => [
              p.name,
              { $ref: raw.$ref ? `allo${raw.$ref}/schema` : `allo${opPointer}/parameters/${i}/schema` },
            ]),
          ),
        };
        const example = Object.fromEntries(params.map(({ p }: { p: Schema }) => [p.name, p.example]));
        targets.push({ name: `${op.operationId}${location === "query" ? "Query" : "Path"}`, pointer: "", schema, examples: [example] });
      }
    }
  }
}

/** Each operation's answer (its whole 2xx body), with the spec's examples of it. */
const answerTargets: Target[] = [];
for (const { op, operationId } of operations) {
  const status = Object.keys(op.responses).find((s) => /^2\d\d$/.test(s))!;
  const schema = deref(op.responses[status]).content?.["application/json"]?.schema;
  if (!schema) continue;
  answerTargets.push({
    name: `${operationId}Answer`,
    pointer: responseSchemaPointer(operationId, status),
    schema,
    examples: responseExamples(op, status).map(([, value]) => value),
  });
}

const resolve = (s: Schema): Schema => {
  let current = s;
  while (current.$ref) {
    const ref = String(current.$ref).replace(/^allo/, "");
    current = ref
      .replace(/^#\//, "")
      .split("/")
      .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((a: Schema, k) => a[k], spec);
  }
  return current;
};

const PATTERN_SAMPLES: Record<string, string> = {
  "^\\+[1-9]\\d{1,14}$": "+33612345678",
  "^[A-Za-z0-9]{3,11}$": "MyCompany",
  "^https://": "https://example.com/hook",
  "^(?!\\.\\.?$)[^/\\\\%?#\\s\\x00-\\x1F\\x7F]+$": "cnt_abc123",
  "^(cll|msg)[-_][A-Za-z0-9_-]+$": "cll-abc123",
  "^cll[-_][A-Za-z0-9_-]+$": "cll-abc123",
  "^\\+[0-9]+$": "+337",
  "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)?$":
    "2026-04-21T10:30:00",
};

/** A value the schema accepts. */
function sample(raw: Schema): unknown {
  const s = resolve(raw);
  if ("const" in s) return s.const;
  if (s.oneOf) return sample(s.oneOf.find((b: Schema) => b.type !== "null") ?? s.oneOf[0]);
  if (s.anyOf) return sample(s.anyOf[0]);
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== "null") : s.type;
  switch (type) {
    case "string":
      if (s.enum) return s.enum[0];
      if (s.pattern) return PATTERN_SAMPLES[s.pattern] ?? fail(`no sample for pattern ${s.pattern}`);
      if (s.format === "email") return "jean@example.com";
      if (s.format === "uri") return "https://example.com/";
      if (s.format === "date") return "2026-04-21";
      if (s.format === "date-time") return "2026-04-20T10:00:00Z";
      return "x".repeat(Math.max(s.minLength ?? 1, 1));
    case "integer":
    case "number":
      return s.minimum ?? 1;
    case "boolean":
      return true;
    case "array":
      return Array.from({ length: Math.max(s.minItems ?? 1, 1) }, () => sample(s.items));
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [k, sub] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) out[k] = sample(sub);
      return out;
    }
    default:
      return fail(`no sample for ${JSON.stringify(s).slice(0, 80)}`);
  }
}

function fail(message: string): never {
  throw new Error(message);
}

/** Replacements to try at a path whose schema is `raw` and current value `value`. */
function mutationsAt(raw: Schema, value: unknown): unknown[] {
  const s = resolve(raw);
  const out: unknown[] = [null, 42, 1.5, -1, "", "text", true, [], {}, "x".repeat(1001)];
  const branches: Schema[] = [...(s.oneOf ?? []), ...(s.anyOf ?? [])].map(resolve);
  for (const b of [s, ...branches]) {
    if (b.enum) out.push(...b.enum, `${b.enum[0]}_X`, String(b.enum[0]).toLowerCase());
    if (b.minLength !== undefined) out.push("x".repeat(b.minLength), "x".repeat(Math.max(b.minLength - 1, 0)));
    if (b.maxLength !== undefined) {
      out.push("x".repeat(b.maxLength), "x".repeat(b.maxLength + 1));
      // 1000 emoji are 1000 characters (code points) but 2000 UTF-16 units.
      out.push("😀".repeat(b.maxLength), "😀".repeat(b.maxLength + 1));
    }
    if (b.pattern)
      out.push(
        ".",
        "..",
        "...",
        "a..",
        "..%2Fnumbers",
        "+0612345678",
        "0612345678",
        "+1",
        "+1234567890123456",
        "AB",
        "ABCDEFGHIJKL",
        "My Co",
        "http://example.com/",
        "+33 6 12",
        "https://example.com/x",
      );
    if (b.format === "email") out.push("not-an-email", "a@b", "jean@example.com");
    if (b.format === "date") out.push("2026-04-21", "2026-13-01", "2026-02-30", "21/04/2026", "2026-04-21T10:00:00Z");
    if (b.format === "date-time")
      out.push(
        "2026-04-20T10:00:00Z",
        "2026-04-20T10:00:00+02:00",
        "2026-04-20T10:00:00.123Z",
        "2026-04-20T10:00:00",
        "2026-04-20",
        "yesterday",
      );
    if (b.pattern) out.push("cll-abc123", "cll_abc123", "msg-x", "cllabc", "cll-", "ab/cd", "a%2Fb", "a b", "cnt_abc?x=1");
    // LocalDateTime: Allo's forms, what ISO 8601 also allows, and what is not a date-time.
    if (b.pattern)
      out.push(
        "2026-04-21T10:30:00",
        "2026-04-21T14:30:00Z",
        "2025-03-15T14:30:45.123456Z",
        "2026-04-21T16:30:00+02:00",
        "2026-04-21T16:30:00+0200",
        "2026-04-21T10:30",
        "2026-04-21",
        "10:30:00",
        "2026-04-21 10:30:00",
        "2026-13-01T10:30:00",
        "2026-04-32T10:30:00",
        "2026-04-21T24:00:00",
        "2026-04-21T10:60:00",
        "2026-04-21T10:30:00.Z",
        "2026-04-21T10:30:00+2:00",
        "2026-04-21T10:30:00Z\n",
        "yesterday",
      );
    if (b.minimum !== undefined) out.push(b.minimum, b.minimum - 1, b.minimum + 0.5);
    if (b.maximum !== undefined) out.push(b.maximum, b.maximum + 1);
    if (b.type === "array" || (Array.isArray(b.type) && b.type.includes("array"))) {
      if (Array.isArray(value) && value.length) out.push([value[0], value[0]], [...value, "bad"], [...value, 7]);
    }
    if (b.type === "object" && value && typeof value === "object" && !Array.isArray(value)) {
      for (const key of Object.keys(value)) {
        const { [key]: _dropped, ...rest } = value as Record<string, unknown>;
        out.push(rest);
      }
      // An own "__proto__" key, as JSON.parse makes it from hostile input.
      const hostile = JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(value).slice(1)}`.replace(/,}$/, "}"));
      out.push({ ...(value as object), zz_unknown: 1 }, hostile);
    }
  }
  return out;
}

/** The sample with each path replaced by each of its mutations. */
function* mutants(raw: Schema, value: unknown): Generator<unknown> {
  for (const m of mutationsAt(raw, value)) yield m;
  const s = resolve(raw);
  const branch = [s, ...(s.oneOf ?? []), ...(s.anyOf ?? [])].map(resolve).find((b) => b.properties || b.items);
  if (!branch) return;
  if (branch.properties && value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, sub] of Object.entries(branch.properties as Record<string, Schema>)) {
      if (!(key in (value as object))) continue;
      for (const m of mutants(sub, (value as Record<string, unknown>)[key])) yield { ...(value as object), [key]: m };
    }
  }
  if (branch.items && Array.isArray(value) && value.length) {
    for (const m of mutants(branch.items, value[0])) yield [m, ...value.slice(1)];
  }
}

const ajvFor = (t: Target) => (t.pointer ? validatorFor(t.pointer) : validatorFor(`#/components/schemas/__inline_${t.name}`));

// Inline schemas (parameters as an object) are added to the spec object the validators read.
for (const t of targets) if (!t.pointer) spec.components.schemas[`__inline_${t.name}`] = t.schema;

type Validates = { "~standard": { validate: (v: unknown) => { issues?: unknown } } };

/** zod and ajv judge the sample, the examples and every mutation alike. */
function agrees(t: Target, zodSchema: Validates | undefined, file: string): void {
  expect(zodSchema, `${file} has no ${t.name}`).toBeDefined();
  const ajv = ajvFor(t);
  const valid = sample(t.schema);
  const values = [valid, ...t.examples, ...mutants(t.schema, valid)];
  const disagreements: string[] = [];
  let accepted = 0;
  let refused = 0;
  for (const value of values) {
    const byAjv = ajv(value) as boolean;
    const byZod = !(zodSchema!["~standard"].validate(value) as { issues?: unknown }).issues;
    if (byAjv) accepted++;
    else refused++;
    if (byAjv !== byZod)
      disagreements.push(
        `ajv ${byAjv ? "accepts" : "refuses"}, zod ${byZod ? "accepts" : "refuses"}: ${JSON.stringify(value)?.slice(0, 160)}`,
      );
  }
  expect(disagreements).toEqual([]);
  expect(ajv(valid), `the sample of ${t.name} is not valid: ${JSON.stringify(ajv.errors)}`).toBe(true);
  // Every schema is exercised on both sides, except the ones that accept anything of their type.
  expect(accepted).toBeGreaterThan(0);
  if (Object.keys(resolve(t.schema)).some((k) => !["title", "description", "examples", "anyOf"].includes(k) || t.name.endsWith("Body"))) {
    expect(refused).toBeGreaterThan(0);
  }
}

describe("generated/schemas.ts agrees with the spec's JSON Schemas", () => {
  it("exports one schema per component, request body and parameter set", () => {
    const exported = Object.keys(generated).sort();
    expect(exported).toEqual(targets.map((t) => t.name).sort());
  });

  it.each(targets)("$name", (t) => {
    agrees(t, (generated as Record<string, unknown>)[t.name] as Validates | undefined, "generated/schemas.ts");
  });
});

describe("generated/answer-schemas.ts agrees with the spec's JSON Schemas of the answers", () => {
  it("exports one schema per operation that answers a JSON body, and nothing else but their table by method", () => {
    expect(answerTargets.length).toBeGreaterThan(40);
    const { answers: _byMethod, ...schemas } = answers;
    expect(Object.keys(schemas).sort()).toEqual(answerTargets.map((t) => t.name).sort());
  });

  it("gives each SDK method its operation's answer schema, and none to a method whose answer has no body", () => {
    const byMethod: Record<string, unknown> = answers.answers;
    for (const name of operationNames) {
      const { operationId } = operationAt(table[name]);
      const schema = (answers as Record<string, unknown>)[`${operationId}Answer`];
      expect(byMethod[name], name).toBe(schema);
    }
    expect(Object.values(byMethod).filter(Boolean).length).toBeGreaterThan(40);
  });

  it("accepts every example of every answer in the spec", () => {
    const refused = answerTargets.flatMap((t) =>
      t.examples
        .filter((e) => (answers as unknown as Record<string, Validates>)[t.name]!["~standard"].validate(e).issues)
        .map(() => t.name),
    );
    expect(answerTargets.flatMap((t) => t.examples).length).toBeGreaterThan(40);
    expect(refused).toEqual([]);
  });

  it.each(answerTargets)("$name", (t) => {
    agrees(t, (answers as Record<string, unknown>)[t.name] as Validates | undefined, "generated/answer-schemas.ts");
  });
});

describe("the compiler refuses what it does not understand", () => {
  const minimal = (schema: Schema) => ({ components: { schemas: { X: schema } } });

  it.each([
    { what: "an unknown keyword", schema: { type: "string", contentEncoding: "base64" }, error: /unsupported keyword "contentEncoding"/ },
    { what: "an unknown format", schema: { type: "string", format: "ipv4" }, error: /unsupported format "ipv4"/ },
    { what: "a schema without type", schema: { description: "anything" }, error: /without type/ },
    {
      what: "additionalProperties as a schema",
      schema: { type: "object", additionalProperties: { type: "string" } },
      error: /additionalProperties must be a boolean/,
    },
    {
      what: "a required field that is not a property",
      schema: { type: "object", required: ["a"] },
      error: /required "a" is not a property/,
    },
  ])("fails on $what", ({ schema, error }) => {
    expect(() => zodFromSpec(minimal(schema))).toThrow(error);
  });

  it("fails on a recursive schema", () => {
    expect(() =>
      zodFromSpec({ components: { schemas: { A: { type: "object", properties: { b: { $ref: "#/components/schemas/A" } } } } } }),
    ).toThrow(/recursive schema A -> A/);
  });
});

// zod/mini has no messages of its own ("Invalid input"), and an app that also imports zod (classic),
// as the MCP SDK does, installs zod's English ones for the whole process: a schema that relied on
// either would say something else depending on what else is loaded. Every refusal says the spec's.
describe("every refusal carries the compiler's own message, whatever else the process loads", () => {
  type Parses = { safeParse: (v: unknown) => { success: boolean; error?: { issues: { code: string; message: string }[] } } };
  const defaults = (t: Target, schema: Parses): string[] => {
    const found: string[] = [];
    for (const value of mutants(t.schema, sample(t.schema))) {
      for (const issue of schema.safeParse(value).error?.issues ?? []) {
        // Unknown keys are said by the client from the issue's keys, not its message.
        if (issue.code !== "unrecognized_keys" && issue.message === "Invalid input")
          found.push(`${issue.code} on ${JSON.stringify(value)?.slice(0, 80)}`);
      }
    }
    return found;
  };

  it.each(targets)("$name", (t) => {
    expect(defaults(t, (generated as Record<string, unknown>)[t.name] as Parses)).toEqual([]);
  });

  it.each(answerTargets)("answer $name", (t) => {
    expect(defaults(t, (answers as Record<string, unknown>)[t.name] as Parses)).toEqual([]);
  });
});
