// Compiles, from the bundled spec, what the `allo` CLI and the MCP server show and take for each
// operation of the table (generated/operations.ts): its summary, scope, description and what it
// returns, its input as one JSON Schema (path, query and body fields side by side, every $ref
// resolved: an MCP client gets a self-contained schema), each field with its description and
// constraints in words (the CLI's flags and help), and an input made of the spec's own examples.
// What the spec keeps for its maintainers (`x-maintainer-note`, any other `x-` extension) is left
// out. The client does not import the result, so the core bundle does not carry these texts.
import { deref, resolvePointer, type Schema } from "./lib/spec.js";
import { tableFromSpec, type TableEntry } from "./operations-from-spec.js";

/** How a CLI flag's text becomes a value. */
export type FieldKind = "string" | "integer" | "number" | "boolean" | "array" | "object" | "json";

export interface ToolField {
  /** Dotted for a member of a body object (`date.from`). */
  name: string;
  in: "path" | "query" | "body";
  /** Required (for a member of an object: whenever that object is given). */
  required: boolean;
  kind: FieldKind;
  /** The kind of an array's items. */
  items?: FieldKind;
  /** Accepts null (a PUT that clears a field). */
  nullable?: boolean;
  enum?: unknown[];
  description: string;
  /** Type and constraints in words: `integer, 1 to 100, default 20`. */
  constraints: string;
}

export interface ToolSpec {
  /** The operation's summary in the spec. */
  summary: string;
  /** The scope the key needs; null for `GET /v2/api/me`. */
  scope: string | null;
  description: string;
  /** What a successful answer holds (its 2xx description). */
  returns: string;
  fields: ToolField[];
  inputSchema: Schema;
  /** An input built from the spec's examples: each parameter's, and the body's first that fits. */
  example: Record<string, unknown>;
  /** A v1 operation's v2 twin to use instead (the spec's `x-prefer`), and why. */
  prefer?: { method: string; because: string };
  /** What the answer's `data` holds (for the CLI's --fields); absent when the answer has no body. */
  answer?: AnswerShape;
}

/**
 * What an answer holds, as far as picking fields goes: an object's documented members, a list's
 * items; `open` for an object whose members the spec does not name (a map of custom properties).
 */
export interface AnswerShape {
  fields?: Record<string, AnswerShape>;
  items?: AnswerShape;
  open?: true;
  /** A secret (the spec's `x-secret`): the MCP server's read tools withhold it. */
  secret?: true;
}

/** The `x-pattern-message` of each resolved schema that had one, for its constraints in words. */
const patternMessages = new WeakMap<object, string>();
/** A resolved schema's description before its pattern message was added: fields say the message in their constraints. */
const ownDescriptions = new WeakMap<object, unknown>();

/**
 * Keywords of an OpenAPI 3.1 schema that are not JSON Schema, or say nothing to a caller: a
 * component's title is its name in the spec (`E164Number`), and its examples are the component's,
 * not this input's (the input's own example is given whole, at the top).
 */
const DROPPED = new Set(["example", "examples", "title", "discriminator", "externalDocs", "xml"]);

/**
 * A schema with every $ref replaced by its target, OpenAPI-only keywords dropped, and an
 * `x-pattern-message` said in the description (a model or a person reads that, not a regex).
 */
export function resolve(spec: Schema, node: unknown, trail: readonly string[] = []): any {
  if (Array.isArray(node)) return node.map((n) => resolve(spec, n, trail));
  if (node === null || typeof node !== "object") return node;
  const ref = (node as Schema).$ref;
  if (typeof ref === "string") {
    if (trail.includes(ref)) throw new Error(`tools-from-spec: ${ref} refers to itself; a tool's input schema must be finite`);
    const { $ref: _, ...siblings } = node as Schema;
    return resolve(spec, { ...resolvePointer(spec, ref), ...siblings }, [...trail, ref]);
  }
  const out: Schema = {};
  for (const [key, value] of Object.entries(node as Schema)) {
    if (DROPPED.has(key) || key.startsWith("x-")) continue;
    // Values, not schemas: copied as they are.
    if (key === "enum" || key === "default" || key === "const") out[key] = value;
    else if (key === "description" && typeof value === "string") out[key] = oneLine(value);
    // Names of members, not keywords: a member may well be called `title`.
    else if (key === "properties" && value && typeof value === "object") {
      out[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, member]) => [name, resolve(spec, member, trail)]));
    } else out[key] = resolve(spec, value, trail);
  }
  const message = (node as Schema)["x-pattern-message"];
  if (typeof message === "string") {
    ownDescriptions.set(out, out.description);
    out.description = sentence(out.description, capital(message));
    patternMessages.set(out, message);
  }
  return out;
}

/** The spec's lines are broken at 100 columns; a model reads a description as one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The inputs that choose a page: their constraints say it all, and the MCP server's instructions say how to page. */
const PAGING = new Set(["page", "size"]);

/**
 * A schema whose descriptions are their first sentence, and a list's items described by the list
 * alone: what an assistant reads of each field in tools/list, which it carries in every
 * conversation (the CLI's help shows them whole). The spec writes each field's description so that
 * its first sentence stands alone.
 */
function brief(node: unknown): any {
  if (Array.isArray(node)) return node.map(brief);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node as Schema).map(([key, value]) => {
      if (key === "description" && typeof value === "string") return [key, firstSentence(value)];
      // Values, not schemas; and member names, which may be "description" too.
      if (key === "enum" || key === "default" || key === "const" || key === "examples") return [key, value];
      if (key === "properties")
        return [key, Object.fromEntries(Object.entries(value as Schema).map(([name, member]) => [name, brief(member)]))];
      if (key === "items" && typeof (node as Schema).description === "string") return [key, withoutDescription(brief(value))];
      return [key, brief(value)];
    }),
  );
}

function withoutDescription(schema: Schema): Schema {
  const { description: _, ...rest } = schema;
  return rest;
}

/** Up to the first full stop followed by a new sentence (`E.164`, `usr-...` and `e.g.` do not end one). */
export function firstSentence(text: string): string {
  return /^.*?[^.]\.(?=\s+[A-Z`(])/.exec(text)?.[0] ?? text;
}

/** `must be ...` as a sentence of its own. */
function capital(message: string): string {
  return `${message[0]!.toUpperCase()}${message.slice(1)}.`;
}

function sentence(text: unknown, more: string): string {
  return typeof text === "string" && text.trim() ? `${text.trim().replace(/\.?$/, ".")} ${more}` : more;
}

/** The schema's types other than null, and whether null is one. */
function typesOf(schema: Schema): { types: string[]; nullable: boolean } {
  if (schema.type !== undefined) {
    const all: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    return { types: all.filter((t) => t !== "null"), nullable: all.includes("null") };
  }
  const branches: Schema[] | undefined = schema.oneOf ?? schema.anyOf;
  if (!branches)
    return {
      types: schema.enum ? ([...new Set(schema.enum.map((v: unknown) => (v === null ? "null" : typeof v)))] as string[]) : [],
      nullable: false,
    };
  const parts = branches.map(typesOf);
  const nullable = parts.some((p) => p.nullable) || branches.some((b) => b.type === "null");
  return { types: [...new Set(parts.flatMap((p) => p.types))], nullable };
}

function kindOf(schema: Schema): FieldKind {
  const { types } = typesOf(schema);
  if (types.length !== 1) return "json";
  const [type] = types;
  return type === "string" || type === "integer" || type === "number" || type === "boolean" || type === "array" || type === "object"
    ? type
    : "json";
}

/** The one non-null branch of a nullable `oneOf` / `anyOf`, or the schema itself. */
function nonNull(schema: Schema): Schema {
  const branches: Schema[] | undefined = schema.oneOf ?? schema.anyOf;
  const real = branches?.filter((b) => b.type !== "null");
  if (real?.length !== 1 || branches!.length !== 2) return schema;
  const out = { ...real[0], description: schema.description ?? real[0]!.description };
  const message = patternMessages.get(real[0]!);
  if (message !== undefined) patternMessages.set(out, message);
  return out;
}

/** Known values of a closed enum or of an open one (`anyOf: [{ enum }, { type: string }]`). */
function enumOf(schema: Schema): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.filter((v: unknown) => v !== null);
  const branches: Schema[] | undefined = schema.anyOf ?? schema.oneOf;
  const found = branches?.find((b) => Array.isArray(b.enum));
  return found ? found.enum : undefined;
}

/** Type and constraints in words, as help shows them. */
export function constraintsOf(input: Schema): string {
  const schema = nonNull(input);
  const { nullable } = typesOf(input);
  const kind = kindOf(schema);
  const parts: string[] = [];
  const values = enumOf(schema);
  if (values) parts.push(`one of ${values.join(", ")}`);
  else if (kind === "array") {
    const items = nonNull(schema.items ?? {});
    const itemValues = enumOf(items);
    parts.push(
      itemValues
        ? `list of ${itemValues.join(", ")}`
        : `list of ${kindOf(items) === "json" ? "values" : kindOf(items)}${items.format ? ` (${items.format})` : ""}`,
    );
  } else parts.push(`${kind === "json" ? "JSON" : kind}${schema.format ? ` (${schema.format})` : ""}`);
  if (schema.minimum !== undefined && schema.maximum !== undefined) parts.push(`${schema.minimum} to ${schema.maximum}`);
  else if (schema.minimum !== undefined) parts.push(`at least ${schema.minimum}`);
  else if (schema.maximum !== undefined) parts.push(`at most ${schema.maximum}`);
  const range = (min: number, max: number, what: string) => (min === max ? `${min} ${what}` : `${min} to ${max} ${what}`);
  if (schema.minLength !== undefined && schema.maxLength !== undefined) parts.push(range(schema.minLength, schema.maxLength, "characters"));
  else if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength} characters`);
  else if (schema.minLength > 1) parts.push(`at least ${schema.minLength} characters`);
  if (schema.minItems !== undefined && schema.maxItems !== undefined) parts.push(range(schema.minItems, schema.maxItems, "items"));
  else if (schema.maxItems !== undefined) parts.push(`at most ${schema.maxItems} items`);
  else if (schema.minItems > 0) parts.push(`at least ${schema.minItems} item${schema.minItems > 1 ? "s" : ""}`);
  if (schema.uniqueItems) parts.push("no repeats");
  if (schema.pattern !== undefined) parts.push(patternMessages.get(schema) ?? `matching ${schema.pattern}`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  if (nullable) parts.push("or null");
  return parts.join(", ");
}

function field(name: string, where: ToolField["in"], required: boolean, schema: Schema, description: unknown): ToolField {
  const real = nonNull(schema);
  const kind = kindOf(real);
  const text = description ?? (ownDescriptions.has(schema) ? ownDescriptions.get(schema) : schema.description) ?? real.description;
  const out: ToolField = { name, in: where, required, kind, description: String(text ?? "").trim(), constraints: constraintsOf(schema) };
  if (kind === "array") out.items = kindOf(nonNull(real.items ?? {}));
  if (typesOf(schema).nullable) out.nullable = true;
  const values = enumOf(real);
  if (values) out.enum = values;
  return out;
}

/** A body field, then a dotted field per member of it when it is an object with named members. */
function bodyFields(name: string, required: boolean, schema: Schema): ToolField[] {
  const out = [field(name, "body", required, schema, undefined)];
  const real = nonNull(schema);
  if (kindOf(real) === "object" && real.properties) {
    const inner = new Set<string>(real.required ?? []);
    for (const [member, sub] of Object.entries(real.properties as Record<string, Schema>)) {
      out.push(...bodyFields(`${name}.${member}`, inner.has(member), sub));
    }
  }
  return out;
}

function firstExample(spec: Schema, media: Schema | undefined, fits: (value: unknown) => boolean): unknown {
  const named = Object.values((media?.examples ?? {}) as Record<string, Schema>).map((e) => deref(spec, e).value);
  const candidates = media?.example !== undefined ? [media.example, ...named] : named;
  return candidates.find(fits);
}

/**
 * The description without its `**Required scope:**` paragraph, which the lint rules ask of every
 * operation for the docs: the CLI and the MCP server say the scope from the table, one way for all.
 */
function withoutScope(text: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((paragraph) => !paragraph.trimStart().startsWith("**Required scope:**"))
    .join("\n\n")
    .trim();
}

/** `branch`: which `oneOf` branch of the body is this method's, when several methods share the operation. */
function toolOf(spec: Schema, entry: TableEntry, branch: number | null): ToolSpec {
  const op = spec.paths[entry.path][entry.method.toLowerCase()];
  const where = `${entry.name} (${entry.method} ${entry.path})`;
  const fields: ToolField[] = [];
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  const example: Record<string, unknown> = {};
  const add = (name: string, schema: Schema, isRequired: boolean) => {
    if (name in properties) throw new Error(`tools-from-spec: ${where} has two inputs named ${name}`);
    properties[name] = schema;
    if (isRequired) required.push(name);
  };

  for (const p of ((op.parameters ?? []) as Schema[]).map((x) => deref(spec, x))) {
    // Headers are the client's own (X-Request-Id, Idempotency-Key), not the caller's input.
    if (p.in !== "path" && p.in !== "query") continue;
    const schema = resolve(spec, p.schema);
    if (p.description) {
      const message = patternMessages.get(schema);
      schema.description = oneLine(message ? sentence(p.description, capital(message)) : String(p.description));
    }
    add(p.name, schema, p.in === "path" || p.required === true);
    fields.push(field(p.name, p.in, p.in === "path" || p.required === true, schema, p.description));
    if (p.example !== undefined) example[p.name] = p.example;
  }

  const media = op.requestBody?.content?.["application/json"];
  let minProperties_: number | undefined;
  // A method that takes one branch of a shared operation's body is described by that branch: the
  // operation's description tells every branch apart, and would show a tool shapes it refuses.
  let description = withoutScope(String(op.description ?? op.summary ?? ""));
  if (media) {
    const body = resolve(spec, branch === null ? media.schema : media.schema.oneOf[branch]);
    if (branch !== null) {
      if (typeof body.description !== "string")
        throw new Error(`tools-from-spec: ${where} takes a oneOf branch of the body without a description`);
      description = body.description.trim();
    }
    if (body.type !== "object" || !body.properties)
      throw new Error(`tools-from-spec: ${where} has a body that is not an object with properties`);
    const inner = new Set<string>(body.required ?? []);
    for (const [name, schema] of Object.entries(body.properties as Record<string, Schema>)) {
      add(name, schema, inner.has(name));
      fields.push(...bodyFields(name, inner.has(name), schema));
    }
    const {
      type: _t,
      properties: _p,
      required: _r,
      additionalProperties: _a,
      title: _ti,
      description: _d,
      examples: _e,
      minProperties,
      ...rest
    } = body;
    if (Object.keys(rest).length)
      throw new Error(`tools-from-spec: ${where} has body rules the merged input cannot carry: ${Object.keys(rest).join(", ")}`);
    // An update's "at least one field" holds for the merged input when all else in it is the
    // required path parameters; otherwise the client's validator of the body alone enforces it.
    const others = Object.keys(properties).length - Object.keys(body.properties).length;
    if (minProperties !== undefined && others === entry.pathParams.length) minProperties_ = minProperties + others;
    const fits = (value: unknown) =>
      value !== null &&
      typeof value === "object" &&
      Object.keys(value).every((k) => k in body.properties) &&
      [...inner].every((k) => k in (value as object));
    const sample = firstExample(spec, media, fits);
    if (sample === undefined) throw new Error(`tools-from-spec: ${where} has no body example that fits its schema`);
    Object.assign(example, sample);
  }

  const success = Object.entries(op.responses as Record<string, Schema>).find(([status]) => /^2\d\d$/.test(status))!;
  const answer = deref(spec, deref(spec, success[1]).content?.["application/json"]?.schema ?? {}).properties?.data;
  return {
    summary: entry.summary,
    scope: entry.scope,
    description,
    returns: String(deref(spec, success[1]).description ?? "").trim(),
    fields,
    inputSchema: {
      type: "object",
      properties: Object.fromEntries(
        Object.entries(properties).map(([name, schema]) => [
          name,
          entry.pagination && PAGING.has(name) ? withoutDescription(schema) : brief(schema),
        ]),
      ),
      ...(required.length ? { required } : {}),
      ...(minProperties_ === undefined ? {} : { minProperties: minProperties_ }),
      additionalProperties: false,
      // What a model copies first: a whole input that works, from the spec's own examples (the
      // paging inputs left at their defaults).
      examples: [entry.pagination ? Object.fromEntries(Object.entries(example).filter(([name]) => !PAGING.has(name))) : example],
    },
    example,
    ...(answer === undefined ? {} : { answer: shapeOf(spec, answer) }),
  };
}

/** The shape of a response schema: its members, its items, the branches of a oneOf / anyOf / allOf merged. */
export function shapeOf(spec: Schema, node: unknown, trail: readonly string[] = []): AnswerShape {
  if (node === null || typeof node !== "object") return {};
  const ref = (node as Schema).$ref;
  // A schema that contains itself (a tree) is followed once: its members are named at that depth.
  if (typeof ref === "string") return trail.includes(ref) ? {} : shapeOf(spec, resolvePointer(spec, ref), [...trail, ref]);
  const schema = node as Schema;
  const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  let shape: AnswerShape = schema["x-secret"] === true ? { secret: true } : {};
  if (schema.properties) {
    shape.fields = Object.fromEntries(
      Object.entries(schema.properties as Record<string, Schema>).map(([name, member]) => [name, shapeOf(spec, member, trail)]),
    );
  } else if (types.includes("object") || schema.additionalProperties) shape.open = true;
  if (types.includes("array") || schema.items) shape.items = shapeOf(spec, schema.items ?? {}, trail);
  for (const branch of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
    shape = mergeShapes(shape, shapeOf(spec, branch, trail));
  }
  return shape;
}

function mergeShapes(a: AnswerShape, b: AnswerShape): AnswerShape {
  const out: AnswerShape = {};
  if (a.fields || b.fields) {
    const fields: Record<string, AnswerShape> = Object.assign(Object.create(null), a.fields);
    for (const [name, member] of Object.entries(b.fields ?? {}))
      fields[name] = name in fields ? mergeShapes(fields[name]!, member) : member;
    out.fields = fields;
  } else if (a.open || b.open) out.open = true;
  const items = a.items && b.items ? mergeShapes(a.items, b.items) : (a.items ?? b.items);
  if (items) out.items = items;
  if (a.secret || b.secret) out.secret = true;
  return out;
}

/** Every operation's tool spec, by SDK method name, in the table's order. */
export function toolsFromSpec(spec: Schema): Record<string, ToolSpec> {
  const entries = tableFromSpec(spec);
  const out: Record<string, ToolSpec> = {};
  for (const entry of entries) {
    // Methods sharing one operation (sms.send, sms.sendFrance) take its body's oneOf in order.
    const sharing = entries.filter((e) => e.operationId === entry.operationId);
    out[entry.name] = toolOf(spec, entry, sharing.length > 1 ? sharing.indexOf(entry) : null);
    const prefer = preferOf(spec.paths[entry.path][entry.method.toLowerCase()]["x-prefer"], entry, entries);
    if (prefer) out[entry.name]!.prefer = prefer;
  }
  return out;
}

/** The spec's `x-prefer` of a v1 operation: a v2 method of the table, and a reason. */
function preferOf(value: unknown, entry: TableEntry, entries: readonly TableEntry[]): ToolSpec["prefer"] {
  if (value === undefined) return undefined;
  const where = `${entry.name} (${entry.method} ${entry.path})`;
  const { method, because } = (value ?? {}) as { method?: unknown; because?: unknown };
  const twin = entries.find((e) => e.name === method);
  if (entry.version !== 1 || !twin || twin.version !== 2)
    throw new Error(`tools-from-spec: ${where} has an x-prefer that does not name a v2 method of the table for a v1 operation`);
  if (twin.readOnly !== entry.readOnly)
    throw new Error(
      `tools-from-spec: ${where} prefers ${twin.name}, which ${twin.readOnly ? "reads" : "writes"} where it ${entry.readOnly ? "reads" : "writes"}`,
    );
  if (typeof because !== "string" || !because.trim()) throw new Error(`tools-from-spec: ${where} has an x-prefer without \`because\``);
  return { method: twin.name, because: because.trim() };
}

/** generated/tools.ts */
export function toolsSource(spec: Schema): string {
  const tools = toolsFromSpec(spec);
  const lines = [
    `import type { OperationName } from "./operations.js";`,
    "",
    "/** How a CLI flag's text becomes a value. */",
    `export type FieldKind = "string" | "integer" | "number" | "boolean" | "array" | "object" | "json";`,
    "",
    "/** One input of an operation: a path or query parameter, a body field, or a member of a body object. */",
    "export interface ToolField {",
    "  /** Dotted for a member of a body object (`date.from`). */",
    "  readonly name: string;",
    `  readonly in: "path" | "query" | "body";`,
    "  /** Required (for a member of an object: whenever that object is given). */",
    "  readonly required: boolean;",
    "  readonly kind: FieldKind;",
    "  /** The kind of an array's items. */",
    "  readonly items?: FieldKind;",
    "  /** Accepts null (to clear a field). */",
    "  readonly nullable?: boolean;",
    "  /** The known values. */",
    "  readonly enum?: readonly unknown[];",
    "  readonly description: string;",
    "  /** Type and constraints in words: `integer, 1 to 100, default 20`. */",
    "  readonly constraints: string;",
    "}",
    "",
    "/** What the CLI and the MCP server show and take for one operation. */",
    "export interface ToolSpec {",
    "  /** The operation's summary in the spec. */",
    "  readonly summary: string;",
    "  /** The scope the key needs; null for `GET /v2/api/me`. */",
    "  readonly scope: string | null;",
    "  /** The operation's description in the spec (markdown) without its scope paragraph; for a method taking one branch of a shared body, the branch's. */",
    "  readonly description: string;",
    "  /** What a successful answer holds. */",
    "  readonly returns: string;",
    "  readonly fields: readonly ToolField[];",
    "  /** JSON Schema of the whole input (path, query and body fields as one object), every $ref resolved, with `example` as its one example. */",
    '  readonly inputSchema: { readonly type: "object"; readonly properties: Readonly<Record<string, unknown>>; readonly required?: readonly string[]; readonly minProperties?: number; readonly additionalProperties: false; readonly examples: readonly [Readonly<Record<string, unknown>>] };',
    "  /** An input built from the spec's examples. */",
    "  readonly example: Readonly<Record<string, unknown>>;",
    "  /** A v1 operation's v2 twin to use instead (the spec's `x-prefer`), and why. */",
    "  readonly prefer?: { readonly method: OperationName; readonly because: string };",
    "  /** What the answer's `data` holds, from the spec (the CLI's --fields); absent when the answer has no body. */",
    "  readonly answer?: AnswerShape;",
    "}",
    "",
    "/** An answer's shape: an object's documented members, a list's items; `open` for an object whose members the spec does not name; `secret` for a value the spec marks `x-secret`. */",
    "export interface AnswerShape {",
    "  readonly fields?: Readonly<Record<string, AnswerShape>>;",
    "  readonly items?: AnswerShape;",
    "  readonly open?: true;",
    "  readonly secret?: true;",
    "}",
    "",
    "/** Every operation of the table, by SDK method name. */",
    "export const tools: Readonly<Record<OperationName, ToolSpec>> = {",
    ...Object.entries(tools).map(([name, tool]) => `  ${JSON.stringify(name)}: ${JSON.stringify(tool)},`),
    "};",
    "",
  ];
  return lines.join("\n");
}
