// Compiles the JSON Schemas of spec/allo.openapi.yaml into zod/mini source, so runtime validation
// comes from the spec instead of being retyped: generated/schemas.ts (client inputs, webhook
// payloads) and generated/answer-schemas.ts (answers, checked when a client asks: validateAnswers).
//
// It understands the subset of JSON Schema the spec uses and refuses anything else: a keyword it
// does not know fails the generation, so no constraint can be dropped silently. A differential test
// (test/spec/zod-schemas.test.ts) checks every generated schema of both files against ajv on the
// spec's examples and on mutations of them.

import { deref, HTTP_METHODS, operationsOf, type Schema, successOf } from "./lib/spec.js";
import { tableFromSpec } from "./operations-from-spec.js";

/** Keywords that carry no constraint. */
const ANNOTATIONS = new Set(["title", "description", "examples", "example", "default", "deprecated", "readOnly", "writeOnly"]);

const HANDLED = new Set([
  "$ref",
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "oneOf",
  "anyOf",
  "minProperties",
]);

const FORMATS: Record<string, string> = {
  // zod/mini's string formats; their definitions agree with ajv-formats on the values the
  // differential test tries.
  date: "z.iso.date",
  // A date-time in a request carries its zone (Z or an offset), as RFC 3339 and ajv-formats say.
  "date-time": "z.iso.datetime",
};

/**
 * Formats checked by a function of src/schema-runtime.ts rather than zod's own z.email and z.url,
 * which would be the largest part of zod in the client's bundle for a check Allo makes anyway.
 */
const CHECKED_FORMATS: Record<string, string> = { email: "isEmail", uri: "isUri" };

export interface GeneratedSchemas {
  source: string;
  /** Names of the exported schemas, in emission order. */
  exports: string[];
}

const json = (v: unknown) => JSON.stringify(v);

// Every schema says its own message: zod/mini has none, and an app that also loads zod (classic)
// installs zod's English ones for the whole process, which would then show through instead.
/** `a string`, `an integer`: a JSON type as a message says it. */
const article = (type: string) => `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
const UNION_MESSAGE = {
  union: "must match one of the forms the spec documents",
  xor: "must match exactly one of the forms the spec documents",
} as const;

function refName(ref: string): string {
  const m = /^#\/components\/schemas\/([A-Za-z0-9_]+)$/.exec(ref);
  if (!m) throw new Error(`zod-from-spec: only #/components/schemas refs are supported, got ${ref}`);
  return m[1]!;
}

/** The components a schema refers to, directly or not through other components. */
function refsOf(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) refsOf(s, out);
  else if (schema && typeof schema === "object") {
    for (const [k, v] of Object.entries(schema)) {
      if (k === "$ref" && typeof v === "string") out.add(refName(v));
      else if (!ANNOTATIONS.has(k)) refsOf(v, out);
    }
  }
  return out;
}

function regexLiteral(pattern: string): string {
  // JSON Schema patterns are ECMA-262 regexes, unanchored, matched with the u flag (as ajv does).
  return `/${pattern.replace(/\//g, "\\/")}/u`;
}

class Compiler {
  constructor(private readonly where: string) {}

  compile(schema: Schema, path: string): string {
    for (const key of Object.keys(schema)) {
      if (!HANDLED.has(key) && !ANNOTATIONS.has(key) && !key.startsWith("x-")) {
        throw new Error(`zod-from-spec: unsupported keyword "${key}" at ${this.where}${path}`);
      }
    }
    if (schema.$ref) {
      const siblings = Object.keys(schema).filter((k) => k !== "$ref" && !ANNOTATIONS.has(k));
      if (siblings.length) throw new Error(`zod-from-spec: $ref with sibling constraints at ${this.where}${path}`);
      // The component's builder: each schema is built on first use (see `once` in the output).
      return `${refName(schema.$ref)}$()`;
    }
    if ("const" in schema) return `z.literal(${json(schema.const)}, { error: ${json(`must be ${JSON.stringify(schema.const)}`)} })`;
    if (schema.oneOf) return this.composition(schema.oneOf, "xor", path);
    if (schema.anyOf) return this.composition(schema.anyOf, "union", path);

    const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    const nonNull = types.filter((t) => t !== "null");
    if (types.length === 0) throw new Error(`zod-from-spec: schema without type at ${this.where}${path}`);
    const branches = nonNull.map((t) => this.typed(t, schema, path));
    let out =
      branches.length === 1
        ? branches[0]!
        : `z.union([${branches.join(", ")}], { error: ${json(`must be ${nonNull.map(article).join(" or ")}`)} })`;
    if (nonNull.length === 0) out = `z.null({ error: "must be null" })`;
    else if (types.includes("null")) out = `z.nullable(${out})`;
    return out;
  }

  private composition(list: Schema[], kind: "xor" | "union", path: string): string {
    const isNull = (s: Schema) => s.type === "null" && Object.keys(s).filter((k) => !ANNOTATIONS.has(k)).length === 1;
    const rest = list.filter((s) => !isNull(s));
    const nullable = rest.length < list.length;
    let out: string;
    if (
      // An open enum, anyOf [{ enum }, { type: string }] (and { type: null } when nullable), accepts any string.
      kind === "union" &&
      rest.length === 2 &&
      rest.some((s) => s.enum) &&
      rest.some((s) => s.type === "string" && !s.enum && Object.keys(s).length === 1)
    ) {
      out = `z.string({ error: "must be a string" })`;
    } else {
      const parts = rest.map((s, i) => this.compile(s, `${path}/${kind}/${i}`));
      out = parts.length === 1 ? parts[0]! : `z.${kind}([${parts.join(", ")}], { error: ${json(UNION_MESSAGE[kind])} })`;
    }
    return nullable ? `z.nullable(${out})` : out;
  }

  private typed(type: string, s: Schema, path: string): string {
    const checks: string[] = [];
    switch (type) {
      case "string": {
        if (s.enum) {
          // `null` in the enum of a nullable string is the type's null branch, added by compile().
          const values = (s.enum as unknown[]).filter((v) => v !== null);
          return `z.enum(${json(values)}, { error: ${json(`must be one of ${values.join(", ")}`)} })`;
        }
        const base = s.format ? this.format(s.format, path) : `z.string({ error: "must be a string" })`;
        // JSON Schema counts characters as code points; String#length counts UTF-16 units, so an
        // emoji would count twice. Count code points, as the API and Prism do.
        if (s.minLength !== undefined)
          checks.push(
            `z.refine((v: string) => codePoints(v) >= ${s.minLength}, { error: ${json(`must be at least ${s.minLength} character${s.minLength === 1 ? "" : "s"}`)} })`,
          );
        if (s.maxLength !== undefined)
          checks.push(
            `z.refine((v: string) => codePoints(v) <= ${s.maxLength}, { error: ${json(`must be at most ${s.maxLength} characters`)} })`,
          );
        if (s.pattern !== undefined) {
          // `x-pattern-message` says in words what the pattern means ("must be an E.164 number...").
          const message = typeof s["x-pattern-message"] === "string" ? s["x-pattern-message"] : `must match ${s.pattern}`;
          checks.push(`z.regex(${regexLiteral(s.pattern)}, { error: ${json(message)} })`);
        }
        return withChecks(base, checks);
      }
      case "integer":
      case "number": {
        const base = type === "integer" ? `z.int({ error: "must be an integer" })` : `z.number({ error: "must be a number" })`;
        if (s.minimum !== undefined) checks.push(`z.gte(${s.minimum}, { error: ${json(`must be >= ${s.minimum}`)} })`);
        if (s.maximum !== undefined) checks.push(`z.lte(${s.maximum}, { error: ${json(`must be <= ${s.maximum}`)} })`);
        return withChecks(base, checks);
      }
      case "boolean":
        return `z.boolean({ error: "must be a boolean" })`;
      case "array": {
        if (!s.items) throw new Error(`zod-from-spec: array without items at ${this.where}${path}`);
        const items = this.compile(s.items, `${path}/items`);
        if (s.minItems !== undefined)
          checks.push(
            `z.minLength(${s.minItems}, { error: ${json(`must have at least ${s.minItems} item${s.minItems === 1 ? "" : "s"}`)} })`,
          );
        if (s.maxItems !== undefined)
          checks.push(`z.maxLength(${s.maxItems}, { error: ${json(`must have at most ${s.maxItems} items`)} })`);
        if (s.uniqueItems)
          checks.push(
            `z.refine((v: unknown[]) => new Set(v.map((x) => JSON.stringify(x))).size === v.length, { error: "must not repeat an item" })`,
          );
        return withChecks(`z.array(${items}, { error: "must be an array" })`, checks);
      }
      case "object": {
        const required = new Set<string>(s.required ?? []);
        const props = Object.entries((s.properties ?? {}) as Record<string, Schema>);
        for (const r of required) {
          if (!props.some(([k]) => k === r)) throw new Error(`zod-from-spec: required "${r}" is not a property at ${this.where}${path}`);
        }
        const shape = props
          .map(([key, sub]) => {
            const inner = this.compile(sub, `${path}/properties/${key}`);
            return `${json(key)}: ${required.has(key) ? inner : `z.optional(${inner})`}`;
          })
          .join(", ");
        // Requests that the spec closes (additionalProperties: false) refuse unknown keys: a typo
        // fails before sending. Everything else keeps unknown keys: nothing the API sends is lost.
        const ctor = s.additionalProperties === false ? "z.strictObject" : "z.looseObject";
        if (s.additionalProperties !== undefined && typeof s.additionalProperties !== "boolean") {
          throw new Error(`zod-from-spec: additionalProperties must be a boolean at ${this.where}${path}`);
        }
        if (s.minProperties !== undefined) {
          checks.push(
            `z.refine((v: object) => Object.keys(v).length >= ${s.minProperties}, { error: ${json(`must have at least ${s.minProperties} field${s.minProperties === 1 ? "" : "s"}`)} })`,
          );
        }
        return withChecks(`${ctor}({ ${shape} }, { error: notAnObject })`, checks);
      }
      default:
        throw new Error(`zod-from-spec: unsupported type "${type}" at ${this.where}${path}`);
    }
  }

  private format(format: string, path: string): string {
    const check = CHECKED_FORMATS[format];
    if (check)
      return withChecks(`z.string({ error: "must be a string" })`, [`z.refine(${check}, { error: ${json(`must be a valid ${format}`)} })`]);
    const ctor = FORMATS[format];
    if (!ctor) throw new Error(`zod-from-spec: unsupported format "${format}" at ${this.where}${path}`);
    const what =
      format === "date" ? "date (YYYY-MM-DD)" : format === "date-time" ? "date-time with its zone, such as 2026-04-20T10:00:00Z" : format;
    const extra = format === "date-time" ? "offset: true, " : "";
    return `${ctor}({ ${extra}error: ${json(`must be a valid ${what}`)} })`;
  }
}

// Bundlers drop an unused schema only when every call in it is marked pure: a mark on
// `z.string().check(...)` covers the outer call, not `z.string()`. So every `z.` call is marked
// (see pure() below), and the base of a `.check()` chain is parenthesised to carry its own mark.
const PURE = "/* @__PURE__ */ ";

function withChecks(base: string, checks: string[]): string {
  return checks.length ? `${PURE}(${base}).check(${checks.join(", ")})` : base;
}

/** Marks every `z.fn(` call of a compiled expression as pure. */
function pure(expr: string): string {
  return expr.replace(/(?<![\w.$])z\.(\w+)\(/g, `${PURE}z.$1(`);
}

/** One schema a generated module exports, compiled. */
interface Export {
  name: string;
  expr: string;
  doc?: string | undefined;
}

/** The components `roots` name and those they refer to, each after the ones it refers to. */
function inDependencyOrder(components: Record<string, Schema>, roots: Iterable<string>): string[] {
  // The spec has no recursive schemas; a cycle fails here.
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, trail: string[]) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") throw new Error(`zod-from-spec: recursive schema ${[...trail, name].join(" -> ")}`);
    const schema = components[name];
    if (!schema) throw new Error(`zod-from-spec: unknown schema ${name}`);
    state.set(name, "visiting");
    for (const dep of refsOf(schema)) visit(dep, [...trail, name]);
    state.set(name, "done");
    order.push(name);
  };
  for (const n of roots) visit(n, []);
  return order;
}

/**
 * A module of zod/mini schemas, each built on first use: the `components` it needs (exported when
 * `exportComponents`), then `exported`.
 */
function moduleSource(spec: Schema, components: string[], exportComponents: boolean, exported: Export[]): GeneratedSchemas {
  const all = (spec.components?.schemas ?? {}) as Record<string, Schema>;
  const lines: string[] = [];
  const names: string[] = [];
  const emit = (name: string, expr: string, doc: string | undefined, exportIt: boolean) => {
    // Built on first use, not at import: constructing some 1,100 zod schemas at import was most of
    // the core entry's cold import (bench/run.ts). `X$` builds (once), `X` is what callers use.
    lines.push(`const ${name}$ = /* @__PURE__ */ once(() => ${pure(expr)});`);
    if (exportIt) {
      if (doc) lines.push(`/** ${doc.replace(/\s+/g, " ").trim().replace(/\*\//g, "*\\/")} */`);
      lines.push(`export const ${name} = /* @__PURE__ */ lazy(${name}$);`);
      names.push(name);
    }
    lines.push("");
  };
  for (const name of components) {
    const schema = all[name]!;
    emit(name, new Compiler(`#/components/schemas/${name}`).compile(schema, ""), schema.description ?? schema.title, exportComponents);
  }
  for (const e of exported) emit(e.name, e.expr, e.doc, true);
  const body = lines.join("\n");
  // Only the helpers the schemas call: an unused import fails the typecheck (noUnusedLocals).
  const helpers = ["codePoints", "isEmail", "isUri", "lazy", "notAnObject", "once"].filter((helper) =>
    new RegExp(`\\b${helper}\\b`).test(body),
  );
  const source = `import * as z from "zod/mini";
import { ${helpers.join(", ")} } from "../src/schema-runtime.js";

${body}`;
  return { source, exports: names };
}

/**
 * Every component schema, plus per operation: `<operationId>Body` (its JSON request body),
 * `<operationId>Query` and `<operationId>Path` (its parameters, as the typed values the client
 * takes). Incoming webhooks get `<operationId>Body` too (the whole delivery).
 */
export function zodFromSpec(spec: Schema): GeneratedSchemas {
  const components = (spec.components?.schemas ?? {}) as Record<string, Schema>;
  const exported: Export[] = [];
  for (const [section, map] of [
    ["paths", spec.paths],
    ["webhooks", spec.webhooks],
  ] as const) {
    for (const [key, item] of Object.entries((map ?? {}) as Record<string, Schema>)) {
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!op) continue;
        const id = op.operationId as string;
        const where = `#/${section}/${key}/${method}`;
        const body = op.requestBody?.content?.["application/json"]?.schema;
        if (body)
          exported.push({ name: `${id}Body`, expr: new Compiler(where).compile(body, "/requestBody"), doc: `Request body of ${id}.` });
        for (const location of ["query", "path"] as const) {
          const params = ((op.parameters ?? []) as Schema[]).map((p) => deref(spec, p)).filter((p) => p.in === location);
          if (!params.length) continue;
          const shape = params
            .map((p) => {
              const inner = new Compiler(where).compile(p.schema, `/parameters/${p.name}`);
              return `${json(p.name)}: ${p.required ? inner : `z.optional(${inner})`}`;
            })
            .join(", ");
          const suffix = location === "query" ? "Query" : "Path";
          exported.push({
            name: `${id}${suffix}`,
            expr: `z.strictObject({ ${shape} }, { error: notAnObject })`,
            doc: `${location} parameters of ${id}.`,
          });
        }
      }
    }
  }
  return moduleSource(spec, inDependencyOrder(components, Object.keys(components)), true, exported);
}

/**
 * Per operation whose success carries a JSON body, `<operationId>Answer`: that whole body (the
 * envelope, `data` and its siblings) as the spec documents it, compiled as requests are. Answers
 * are tolerant in the spec itself (open enums, no closed objects, nullable where Allo sends null),
 * so what they refuse is a wrong type, a missing required field or a broken format. The components
 * they use are built here again, not exported: this module is loaded apart, only by a client that
 * checks answers (`validateAnswers`), and must not pull generated/schemas.ts's components along.
 */
export function answerSchemasFromSpec(spec: Schema): GeneratedSchemas {
  const components = (spec.components?.schemas ?? {}) as Record<string, Schema>;
  const exported: Export[] = [];
  const roots = new Set<string>();
  for (const { op, where } of operationsOf(spec)) {
    const success = successOf(spec, op);
    if (!success?.schema) continue;
    const id = op.operationId as string;
    exported.push({
      name: `${id}Answer`,
      expr: new Compiler(`${where} `).compile(success.schema, `responses/${success.status}`),
      doc: `The ${success.status} answer of ${id}.`,
    });
    refsOf(success.schema, roots);
  }
  const generated = moduleSource(spec, inDependencyOrder(components, roots), false, exported);
  // Looked up by the SDK method called: the method names of one operation share its schema.
  const answered = new Set(exported.map((e) => e.name));
  const byMethod = tableFromSpec(spec)
    .filter((entry) => answered.has(`${entry.operationId}Answer`))
    .map((entry) => `  ${JSON.stringify(entry.name)}: ${entry.operationId}Answer,`);
  const source = [
    generated.source,
    "/** Each SDK method's answer schema, by method name; a method whose answer has no body has none. */",
    "export const answers = {",
    ...byMethod,
    "} as const;",
    "",
  ].join("\n");
  return { ...generated, source };
}
