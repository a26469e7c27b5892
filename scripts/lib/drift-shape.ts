// The shape of a schema as spec:drift compares it: every field by its dotted path (`data[].contacts[].id`,
// `integration_data.*` for a map's values), each with its JSON types, enum values and whether it is
// required. Spellings that mean the same shape come out the same, on purpose:
//   - nullable: `nullable: true` (OpenAPI 3.0), `type: [string, "null"]`, `oneOf: [X, {type: "null"}]`
//     and a `null` among enum values are all dropped: nullability is not compared;
//   - our open enums, `anyOf: [{type: string, enum}, {type: string}]`, are the string type with those
//     values, as a closed `enum` is: an enum VALUE on one side only is still a difference;
//   - `allOf` branches are merged (a field is required if any branch requires it); `oneOf`/`anyOf`
//     branches are merged as alternatives (a field is required if every branch that has it requires it).

type Json = Record<string, any>;

import { deref } from "./json-pointer.js";

export interface Field {
  /** JSON types other than null, sorted; empty when the schema says none. */
  types: string[];
  /** Enum (or const) values other than null, as strings; undefined when the field has no enum. */
  enum?: string[];
  required: boolean;
}

interface Node {
  types: Set<string>;
  enum?: Set<string>;
  props: Map<string, { node: Node; required: boolean }>;
  items?: Node;
  values?: Node;
}

const empty = (): Node => ({ types: new Set(), props: new Map() });

function isNullOnly(doc: unknown, schema: Json): boolean {
  const s = deref(doc, schema);
  return s?.type === "null" || (Array.isArray(s?.type) && s.type.length === 1 && s.type[0] === "null");
}

function build(doc: unknown, schema: Json | undefined, trail: readonly string[]): Node {
  if (!schema || typeof schema !== "object") return empty();
  const ref = schema.$ref;
  // A schema that contains itself (a tree, say) is compared down to its first repetition.
  if (typeof ref === "string" && trail.includes(ref)) return empty();
  const next = typeof ref === "string" ? [...trail, ref] : trail;
  const s = deref(doc, schema);
  const node = empty();
  for (const t of Array.isArray(s.type) ? s.type : s.type ? [s.type] : []) if (t !== "null") node.types.add(t);
  const values = Array.isArray(s.enum) ? s.enum : "const" in s ? [s.const] : undefined;
  if (values) node.enum = new Set(values.filter((v: unknown) => v !== null).map(String));
  const required = new Set<string>(Array.isArray(s.required) ? s.required : []);
  for (const [name, prop] of Object.entries((s.properties ?? {}) as Json)) {
    node.props.set(name, { node: build(doc, prop, next), required: required.has(name) });
  }
  if (s.items) node.items = build(doc, s.items, next);
  if (s.additionalProperties && typeof s.additionalProperties === "object") node.values = build(doc, s.additionalProperties, next);
  if (!node.types.size && (s.properties || s.additionalProperties)) node.types.add("object");
  if (!node.types.size && s.items) node.types.add("array");
  for (const branch of (s.allOf ?? []) as Json[]) merge(node, build(doc, branch, next), "all");
  for (const key of ["oneOf", "anyOf"] as const) {
    const branches = ((s[key] ?? []) as Json[]).filter((b) => !isNullOnly(doc, b)).map((b) => build(doc, b, next));
    if (!branches.length) continue;
    const alternatives = branches.reduce((a, b) => merge(a, b, "any"));
    merge(node, alternatives, "all");
  }
  return node;
}

/** Merges `b` into `a` and returns `a`. "all": both hold (required if either requires); "any": one of them holds. */
function merge(a: Node, b: Node, mode: "all" | "any"): Node {
  for (const t of b.types) a.types.add(t);
  if (b.enum) a.enum = new Set([...(a.enum ?? []), ...b.enum]);
  for (const [name, p] of b.props) {
    const mine = a.props.get(name);
    if (!mine) a.props.set(name, p);
    else
      a.props.set(name, {
        node: merge(mine.node, p.node, mode),
        required: mode === "all" ? mine.required || p.required : mine.required && p.required,
      });
  }
  if (b.items) a.items = a.items ? merge(a.items, b.items, mode) : b.items;
  if (b.values) a.values = a.values ? merge(a.values, b.values, mode) : b.values;
  return a;
}

function flatten(node: Node, prefix: string, out: Map<string, Field>): void {
  const at = (path: string, child: Node, required: boolean) => {
    out.set(path, { types: [...child.types].sort(), ...(child.enum ? { enum: [...child.enum].sort() } : {}), required });
    flatten(child, path, out);
  };
  for (const [name, p] of node.props) at(prefix ? `${prefix}.${name}` : name, p.node, p.required);
  if (node.items) at(`${prefix}[]`, node.items, false);
  if (node.values) at(prefix ? `${prefix}.*` : "*", node.values, false);
}

/** Every field under `schema` (not the schema itself), by dotted path; `$ref`s resolved in `doc`. */
export function fieldsOf(doc: unknown, schema: Json | undefined): Map<string, Field> {
  const out = new Map<string, Field>();
  flatten(build(doc, schema, []), "", out);
  return out;
}

/** The field a path sits in (`a.b` -> `a`, `a[]` -> `a`, `a.*` -> `a`); undefined at the top. */
export function parentPath(path: string): string | undefined {
  const cut = path.endsWith("[]") ? path.length - 2 : path.lastIndexOf(".");
  return cut > 0 ? path.slice(0, cut) : undefined;
}
