// What spec:drift compares between Allo's published OpenAPI document ("upstream") and ours: the
// operations (method + full path), and per operation its parameters, request body fields and 2xx
// answer fields (see drift-shape.ts for what counts as the same shape). Each difference has a stable
// id, `METHOD /path: subject: verdict`, that spec/drift-accepted.yaml can name.

import { deref } from "./json-pointer.js";
import { type Field, fieldsOf, parentPath } from "./drift-shape.js";

type Json = Record<string, any>;

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

export type Side = "upstream" | "ours";

export interface Difference {
  /** `GET /v2/api/users: answer field data[].foo: only upstream` */
  id: string;
  /** `GET /v2/api/users` */
  operation: string;
  /** What differs, without the operation: `answer field data[].foo: only upstream`. */
  detail: string;
}

interface Operation {
  method: string;
  /** The full path, server path included (`/v2/api/users/{id}`), without a `#fragment`. */
  path: string;
  /** Operations of one document that share method and path (Allo writes `/v1/api/sms#france` beside `/v1/api/sms`). */
  ops: Json[];
  /** Path-item parameters, which every operation of the item has. */
  itemParams: Json[];
}

/** The path every server URL of the document puts before its paths (`https://h/v1` -> `/v1`); "" for none. */
function serverPath(doc: Json): string {
  const url = doc.servers?.[0]?.url;
  if (typeof url !== "string") return "";
  const path = /^[a-z]+:\/\/[^/]+(\/.*)?$/i.exec(url)?.[1] ?? (url.startsWith("/") ? url : "");
  return path.replace(/\/+$/, "");
}

/** `GET /v2/api/users/{}`: what two documents' operations are matched by (path parameter names aside). */
const matchKey = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, "{}")}`;

function operationsOf(doc: Json): Map<string, Operation> {
  const out = new Map<string, Operation>();
  const base = serverPath(doc);
  for (const [rawPath, rawItem] of Object.entries((doc.paths ?? {}) as Json)) {
    const item = deref(doc, rawItem);
    const path = base + rawPath.replace(/#.*$/, "");
    for (const method of HTTP_METHODS) {
      if (!item[method]) continue;
      const key = matchKey(method, path);
      const found: Operation = out.get(key) ?? { method: method.toUpperCase(), path, ops: [], itemParams: item.parameters ?? [] };
      found.ops.push(item[method]);
      out.set(key, found);
    }
  }
  return out;
}

const jsonSchema = (doc: Json, holder: Json | undefined): Json | undefined => {
  const content = holder ? (deref(doc, holder).content ?? {}) : {};
  const type = Object.keys(content).find((t) => /^application\/([\w.+-]+\+)?json\b/.test(t));
  return type ? (content[type].schema ?? {}) : undefined;
};

/** Several schemas as one: the alternatives they are. */
const alternatives = (schemas: Json[]): Json | undefined => (schemas.length > 1 ? { oneOf: schemas } : schemas[0]);

interface Sides {
  params: Map<string, Field>;
  body: Json | undefined;
  statuses: Set<string>;
  answer: Json | undefined;
}

function sides(doc: Json, op: Operation): Sides {
  // Parameters as the fields of one object per location (`query role`, `path id`): a parameter's
  // name, type, enum and `required` are then compared as a field's are. Header names are matched
  // case-insensitively, so they are written in lower case.
  const byLocation: Json = {};
  for (const o of op.ops) {
    const own = (o.parameters ?? []).map((p: Json) => deref(doc, p));
    const ownKeys = new Set(own.map((p: Json) => `${p.in} ${p.name}`));
    const inherited = op.itemParams.map((p) => deref(doc, p)).filter((p) => !ownKeys.has(`${p.in} ${p.name}`));
    for (const p of [...inherited, ...own]) {
      byLocation[p.in] ??= { type: "object", properties: {}, required: [] };
      const where = byLocation[p.in];
      const name = p.in === "header" ? String(p.name).toLowerCase() : p.name;
      where.properties[name] = p.schema ?? (p.content ? Object.values(p.content as Json)[0]?.schema : undefined) ?? {};
      if (p.required) where.required.push(name);
    }
  }
  const params = new Map<string, Field>();
  for (const [where, object] of Object.entries(byLocation)) {
    for (const [path, field] of fieldsOf(doc, object)) params.set(`${where} ${path}`, field);
  }
  const bodies = op.ops.map((o) => jsonSchema(doc, o.requestBody)).filter((s): s is Json => s !== undefined);
  const statuses = new Set<string>();
  const answers: Json[] = [];
  for (const o of op.ops) {
    for (const [status, response] of Object.entries((o.responses ?? {}) as Json)) {
      if (!/^2(\d\d|XX)$/i.test(status)) continue;
      statuses.add(status.toUpperCase());
      const schema = jsonSchema(doc, response);
      if (schema) answers.push(schema);
    }
  }
  return { params, body: alternatives(bodies), statuses, answer: alternatives(answers) };
}

const list = (values: readonly string[]) => values.join("|");

/** A side that states no type states nothing to differ from. */
const typesDiffer = (a: Field, b: Field) => a.types.length > 0 && b.types.length > 0 && list(a.types) !== list(b.types);

/** The differences between the fields of one place (parameters, request, answer), as details. */
function compareFields(label: (path: string) => string, upstream: Map<string, Field>, ours: Map<string, Field>): string[] {
  const out: string[] = [];
  const onlyIn = (side: Side, mine: Map<string, Field>, other: Map<string, Field>) => {
    for (const path of mine.keys()) {
      if (other.has(path)) continue;
      const parent = parentPath(path);
      // A field inside a field the other side lacks, or types otherwise (a list against a string),
      // is said once, at the outer field.
      if (parent !== undefined && (!other.has(parent) || typesDiffer(mine.get(parent)!, other.get(parent)!))) continue;
      out.push(`${label(path)}: only ${side}`);
    }
  };
  onlyIn("upstream", upstream, ours);
  onlyIn("ours", ours, upstream);
  for (const [path, up] of upstream) {
    const our = ours.get(path);
    if (!our) continue;
    if (typesDiffer(up, our)) {
      out.push(`${label(path)}: type upstream ${list(up.types)}, ours ${list(our.types)}`);
    }
    if (up.required !== our.required) out.push(`${label(path)}: required only ${up.required ? "upstream" : "ours"}`);
    if (up.enum && !our.enum) out.push(`${label(path)}: enum only upstream`);
    if (!up.enum && our.enum) out.push(`${label(path)}: enum only ours`);
    if (up.enum && our.enum) {
      for (const v of up.enum) if (!our.enum.includes(v)) out.push(`${label(path)}: enum value ${v}: only upstream`);
      for (const v of our.enum) if (!up.enum.includes(v)) out.push(`${label(path)}: enum value ${v}: only ours`);
    }
  }
  return out;
}

function compareOperation(upDoc: Json, up: Operation, ourDoc: Json, our: Operation): string[] {
  const u = sides(upDoc, up);
  const o = sides(ourDoc, our);
  const out: string[] = [];
  out.push(...compareFields((p) => `parameter ${p}`, u.params, o.params));
  if (u.body && !o.body) out.push("request body: only upstream");
  if (!u.body && o.body) out.push("request body: only ours");
  if (u.body && o.body) out.push(...compareFields((p) => `request field ${p}`, fieldsOf(upDoc, u.body), fieldsOf(ourDoc, o.body)));
  for (const s of u.statuses) if (!o.statuses.has(s)) out.push(`answer status ${s}: only upstream`);
  for (const s of o.statuses) if (!u.statuses.has(s)) out.push(`answer status ${s}: only ours`);
  if (u.answer && !o.answer) out.push("answer body: only upstream");
  if (!u.answer && o.answer) out.push("answer body: only ours");
  if (u.answer && o.answer) out.push(...compareFields((p) => `answer field ${p}`, fieldsOf(upDoc, u.answer), fieldsOf(ourDoc, o.answer)));
  return out;
}

/** Every difference between Allo's document and ours, grouped by operation in our order (then upstream's). */
export function compareSpecs(upstream: Json, ours: Json): Difference[] {
  const ups = operationsOf(upstream);
  const ourOps = operationsOf(ours);
  const out: Difference[] = [];
  const add = (operation: string, detail: string) => out.push({ id: `${operation}: ${detail}`, operation, detail });
  for (const [key, our] of ourOps) {
    const operation = `${our.method} ${our.path}`;
    const up = ups.get(key);
    if (!up) add(operation, "operation: only ours");
    else for (const detail of compareOperation(upstream, up, ours, our)) add(operation, detail);
  }
  for (const [key, up] of ups) if (!ourOps.has(key)) add(`${up.method} ${up.path}`, "operation: only upstream");
  return out;
}
