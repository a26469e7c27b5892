// Compiles the operations of the bundled spec into generated/operations.ts: one entry per SDK
// method (the spec's `x-sdk-method`), with what the client, the proxy, the React hooks, the CLI and
// the MCP server need to call it: HTTP method and path, pagination, whether it changes anything,
// whether it takes an Idempotency-Key, where the method's options go, and its validators (the zod
// schemas of generated/schemas.ts). What describes an operation (summary, scope) is in
// generated/tools.ts, and how its query is written in generated/query-params.ts (queryParamsSource,
// below): the client loads neither. Nothing here is typed by hand.

import { camelCase, deref, operationsOf, successOf, type Schema } from "./lib/spec.js";

/** How a query value is written on the wire and read back. */
export type QueryKind = "integer" | "number" | "boolean" | "list" | "string";

/**
 * One argument of an SDK method, before its per-call options: a path parameter, a body field given
 * on its own (`conversations.act(number, action, ...)`), or the rest of the query or the body as
 * one `input` object.
 */
export type MethodArg =
  | { kind: "path"; name: string; param: string }
  | { kind: "field"; name: string; field: string }
  | { kind: "input"; name: "input"; in: "query" | "body"; optional: boolean };

export interface TableEntry {
  name: string;
  operationId: string;
  method: string;
  path: string;
  version: 1 | 2;
  scope: string | null;
  summary: string;
  pagination: "v1" | "query" | "body" | null;
  readOnly: boolean;
  idempotent: boolean;
  idempotencyKey: boolean;
  /** Allo does not deduplicate it: the caller's idempotency key is kept by the client (`x-sdk-at-most-once`). */
  atMostOnce: boolean;
  /** A list field asked `size` items at a time and answered as one (`x-sdk-batch`), or null. */
  batch: { field: string; size: number } | null;
  pathParams: string[];
  query: Record<string, QueryKind>;
  body: string | null;
  answer: "data" | "page" | "none";
  /** The method's arguments, in order, before its per-call options (`x-sdk-args`, else path parameters then the input). */
  args: MethodArg[];
}

function queryKind(spec: Schema, schema: Schema): QueryKind {
  const s = deref(spec, schema);
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== "null") : s.type;
  if (type === "array") return "list";
  if (type === "integer" || type === "number" || type === "boolean") return type;
  return "string";
}

/** Every operation of the spec's `paths`, one entry per SDK method, in spec order. */
export function tableFromSpec(spec: Schema): TableEntry[] {
  const entries: TableEntry[] = [];
  for (const { path, method, op, where } of operationsOf(spec)) {
    const id = op.operationId as string;
    const names: string[] = Array.isArray(op["x-sdk-method"]) ? op["x-sdk-method"] : [op["x-sdk-method"]];
    if (!names.every((n) => typeof n === "string" && /^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)*$/.test(n))) {
      throw new Error(`operations-from-spec: ${where} needs x-sdk-method, a dotted camelCase name or a list of them`);
    }
    const params = ((op.parameters ?? []) as Schema[]).map((p) => deref(spec, p));
    const query: Record<string, QueryKind> = {};
    for (const p of params.filter((p) => p.in === "query")) query[p.name] = queryKind(spec, p.schema);
    const pathParams = params.filter((p) => p.in === "path").map((p) => p.name as string);
    for (const name of path.match(/\{(\w+)\}/g) ?? []) {
      if (!pathParams.includes(name.slice(1, -1)))
        throw new Error(`operations-from-spec: ${where} does not describe its path parameter ${name}`);
    }
    const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
    const branches: Schema[] | undefined = names.length > 1 ? bodySchema?.oneOf : undefined;
    if (names.length > 1 && branches?.length !== names.length) {
      throw new Error(`operations-from-spec: ${where} names ${names.length} methods but its body is not a oneOf of as many branches`);
    }
    const bodyObject = bodySchema ? deref(spec, bodySchema) : {};
    const bodyProps: Schema = bodyObject.properties ?? {};
    const pagination = "page" in query ? (path.startsWith("/v1/") ? "v1" : "query") : "page" in bodyProps ? "body" : null;
    const success = successOf(spec, op);
    if (!success) throw new Error(`operations-from-spec: ${where} documents no 2xx answer`);
    const answerSchema = success.schema;
    const answer = !answerSchema ? "none" : "pagination" in (deref(spec, answerSchema).properties ?? {}) ? "page" : "data";
    const readOnly = method === "get" || op["x-read-only"] === true;
    const scopes = op.security?.[0]?.AlloApiKey;
    const idempotencyKey = params.some((p) => p.in === "header" && String(p.name).toLowerCase() === "idempotency-key");
    const atMostOnce = op["x-sdk-at-most-once"] === true;
    if (atMostOnce && (readOnly || idempotencyKey)) {
      throw new Error(
        `operations-from-spec: ${where} is x-sdk-at-most-once, which is for a write Allo does not deduplicate (not a read, no Idempotency-Key)`,
      );
    }
    names.forEach((name, i) => {
      let body: string | null = null;
      if (bodySchema) {
        const branch = branches?.[i];
        body = branch ? refName(branch.$ref) : `${id}Body`;
      }
      entries.push({
        name,
        operationId: id,
        method: method.toUpperCase(),
        path,
        version: path.startsWith("/v1/") ? 1 : 2,
        scope: Array.isArray(scopes) && scopes.length ? scopes[0] : null,
        summary: String(op.summary ?? ""),
        pagination,
        readOnly,
        // Safe to send again as it is: it changes nothing, or the same request leaves the same state.
        idempotent: readOnly || method === "put" || method === "delete",
        idempotencyKey,
        atMostOnce,
        batch: batchOf(spec, where, op, bodyProps),
        pathParams,
        query,
        body,
        answer,
        args: argsOf(where, op, params, query, bodyObject, bodySchema ? op.requestBody?.required === true : null),
      });
    });
  }
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.name)) throw new Error(`operations-from-spec: two operations claim the SDK method ${e.name}`);
    seen.add(e.name);
  }
  return entries;
}

/** `x-sdk-batch: ids`: the body's list field, and the most items one request takes (its `maxItems`). */
function batchOf(spec: Schema, where: string, op: Schema, bodyProps: Schema): TableEntry["batch"] {
  const field = op["x-sdk-batch"];
  if (field === undefined) return null;
  const list = typeof field === "string" && bodyProps[field] ? deref(spec, bodyProps[field]) : undefined;
  if (list?.type !== "array" || !Number.isInteger(list.maxItems)) {
    throw new Error(`operations-from-spec: ${where} x-sdk-batch must name a body field that is a list with maxItems`);
  }
  return { field, size: list.maxItems };
}

/**
 * The method's arguments. `x-sdk-args` lists them by name: a path parameter, a body field given on
 * its own, or `query` / `body` for the rest as `input` (`body?`: optional). Without it: the path
 * parameters in path order, then the query or the body as `input`, optional when nothing in it is
 * required.
 */
function argsOf(
  where: string,
  op: Schema,
  params: Schema[],
  query: Record<string, QueryKind>,
  body: Schema,
  bodyRequired: boolean | null,
): MethodArg[] {
  const pathParams = params.filter((p) => p.in === "path").map((p) => p.name as string);
  const hasQuery = Object.keys(query).length > 0;
  const hasBody = bodyRequired !== null;
  const declared = op["x-sdk-args"];
  if (declared === undefined) {
    if (hasQuery && hasBody) throw new Error(`operations-from-spec: ${where} takes a query and a body: say which is which in x-sdk-args`);
    const args: MethodArg[] = pathParams.map((param) => ({ kind: "path", name: camelCase(param), param }));
    if (hasBody) args.push({ kind: "input", name: "input", in: "body", optional: !bodyRequired });
    if (hasQuery) {
      const required = params.some((p) => p.in === "query" && p.required === true);
      args.push({ kind: "input", name: "input", in: "query", optional: !required });
    }
    return args;
  }
  if (!Array.isArray(declared)) throw new Error(`operations-from-spec: ${where} x-sdk-args must be a list`);
  const args = declared.map((entry: unknown): MethodArg => {
    const text = String(entry);
    const input = /^(query|body)(\?)?$/.exec(text);
    if (input) {
      if (input[1] === "query" ? !hasQuery : !hasBody)
        throw new Error(`operations-from-spec: ${where} x-sdk-args names ${text}, which the operation does not take`);
      return { kind: "input", name: "input", in: input[1] as "query" | "body", optional: input[2] === "?" };
    }
    if (pathParams.includes(text)) return { kind: "path", name: camelCase(text), param: text };
    if (body.properties?.[text]) return { kind: "field", name: camelCase(text), field: text };
    throw new Error(`operations-from-spec: ${where} x-sdk-args names ${text}, neither a path parameter nor a body field`);
  });
  const missing = pathParams.filter((param) => !args.some((a) => a.kind === "path" && a.param === param));
  if (missing.length) throw new Error(`operations-from-spec: ${where} x-sdk-args leaves out the path parameter ${missing.join(", ")}`);
  if (args.filter((a) => a.kind === "input").length > 1) throw new Error(`operations-from-spec: ${where} x-sdk-args has two inputs`);
  return args;
}

function refName(ref: unknown): string {
  const m = /^#\/components\/schemas\/([A-Za-z0-9_]+)$/.exec(String(ref));
  if (!m)
    throw new Error(`operations-from-spec: a oneOf branch of a body backing several methods must be a component ref, got ${String(ref)}`);
  return m[1]!;
}

/** The lengths the spec allows the headers a caller may set (`Idempotency-Key`, `X-Request-Id`), from their parameters. */
function headerLengths(spec: Schema): Record<string, { min: number; max: number }> {
  const lengths: Record<string, { min: number; max: number }> = {};
  for (const parameter of Object.values((spec.components?.parameters ?? {}) as Record<string, Schema>)) {
    if (parameter.in !== "header") continue;
    const schema = deref(spec, parameter.schema ?? {});
    if (Number.isInteger(schema.minLength) && Number.isInteger(schema.maxLength))
      lengths[parameter.name] = { min: schema.minLength, max: schema.maxLength };
  }
  for (const name of ["Idempotency-Key", "X-Request-Id"]) {
    if (!lengths[name]) throw new Error(`operations-from-spec: the ${name} header parameter needs a minLength and a maxLength`);
  }
  return lengths;
}

/** generated/operations.ts */
export function operationsSource(spec: Schema): string {
  const entries = tableFromSpec(spec);
  const json = (v: unknown) => JSON.stringify(v);
  const validators = (e: TableEntry) => {
    const parts: string[] = [];
    if (e.pathParams.length) parts.push(`path: schemas.${e.operationId}Path`);
    if (Object.keys(e.query).length) parts.push(`query: schemas.${e.operationId}Query`);
    if (e.body) parts.push(`body: schemas.${e.body}`);
    return parts.length ? ` ${parts.join(", ")} ` : "";
  };
  const lines = [
    `import type { OperationName, ReadOperationName } from "./operation-names.js";`,
    `import * as schemas from "./schemas.js";`,
    "",
    "/** A zod/mini schema, as far as validation needs it. */",
    "export interface OperationValidator {",
    "  safeParse(value: unknown): { success: boolean; error?: { issues: Array<{ code: string; path: PropertyKey[]; message: string; keys?: string[] }> } };",
    "}",
    "",
    "/** One operation of the spec, as the SDK method that calls it. */",
    "export interface OperationEntry {",
    '  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";',
    "  /** The path template, version included (`/v2/api/conversations/items/{id}`). */",
    "  readonly path: string;",
    "  /** `v1`: 0-indexed `page` in the query; `query`, `body`: 1-indexed `page` (v2) in the query or the body; null: not paginated. */",
    '  readonly pagination: "v1" | "query" | "body" | null;',
    "  /** Changes nothing (a GET, a search, analytics, a batch read). */",
    "  readonly readOnly: boolean;",
    "  /** Leaves the same state when sent twice (reads, PUT, DELETE): safe to retry after a timeout or a 5xx. */",
    "  readonly idempotent: boolean;",
    "  /** Allo accepts an `Idempotency-Key` here: retried with the same key, the write is done once. */",
    "  readonly idempotencyKey: boolean;",
    "  /** Allo does not deduplicate it: a caller's `idempotencyKey` is kept by the client, which sends at most once under it. */",
    "  readonly atMostOnce: boolean;",
    "  /** A list field of the body asked `size` items at a time and answered as one list, in the order given; or null. */",
    "  readonly batch: { readonly field: string; readonly size: number } | null;",
    "  /** `data`: the answer's `data`; `page`: `{ data, pagination, ... }`; `none`: no body. */",
    '  readonly answer: "data" | "page" | "none";',
    "  /** Which argument of the SDK method takes its per-call options (1 for the first): the rest of its signature is in generated/client.ts. */",
    "  readonly optionsArgument: number;",
    "  readonly validate: { readonly path?: OperationValidator; readonly query?: OperationValidator; readonly body?: OperationValidator };",
    "}",
    "",
    "/** Every operation of the spec, by SDK method name, in spec order. */",
    "export const operations = {",
    ...entries.map((e) => {
      // What only describes an operation (its operationId, scope, summary) is left to generated/tools.ts,
      // and how its query is written to generated/query-params.ts: both out of the core bundle. Its
      // version and its path parameters are in its path. Of the method's arguments, the client needs
      // only where its options go, to say so when they are given in the wrong place.
      const {
        name,
        body: _body,
        operationId: _id,
        scope: _scope,
        summary: _summary,
        version: _version,
        pathParams: _params,
        query: _query,
        args,
        ...rest
      } = e;
      const fields = Object.entries({ ...rest, optionsArgument: args.length + 1 })
        .map(([k, v]) => `${k}: ${json(v)}`)
        .join(", ");
      return `  ${json(name)}: { ${fields}, validate: {${validators(e)}} },`;
    }),
    "} as const satisfies Record<string, OperationEntry>;",
    "",
    "export type { OperationName, ReadOperationName };",
    "",
    "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
    "type Assert<T extends true> = T;",
    "export type OperationNamesMatchTheTable = Assert<Same<OperationName, keyof typeof operations>>;",
    'type Reads = { [N in OperationName]: (typeof operations)[N]["readOnly"] extends true ? N : never }[OperationName];',
    "export type ReadNamesMatchTheTable = Assert<Same<ReadOperationName, Reads>>;",
    "",
    "/** Every SDK method name, in spec order. */",
    "export const operationNames = Object.keys(operations) as OperationName[];",
    "",
    "/** How long the headers a caller may set can be, as the spec's header parameters say. */",
    `export const headerLengths = ${json(headerLengths(spec))} as const;`,
    "",
  ];
  return lines.join("\n");
}

/**
 * generated/operation-names.ts: the SDK method names alone, spelled out. A module of its own, so
 * published types that name an operation (the proxy's allow list, the React keys) do not carry the
 * table's validators and their zod types; operations.ts checks the two agree at compile time.
 */
export function operationNamesSource(spec: Schema): string {
  const entries = tableFromSpec(spec);
  return [
    "/** An SDK method name of the operation table (`conversations.items.search`, `sms.send`, ...). */",
    `export type OperationName =\n${entries.map((e) => `  | ${JSON.stringify(e.name)}`).join("\n")};`,
    "",
    "/** The operations that change nothing (GETs, searches, batch reads, analytics). */",
    `export type ReadOperationName =\n${entries
      .filter((e) => e.readOnly)
      .map((e) => `  | ${JSON.stringify(e.name)}`)
      .join("\n")};`,
    "",
  ].join("\n");
}

/**
 * generated/query-params.ts: each operation's query parameters and how each is written, for what
 * reads or writes a query by name (the proxy, the flat input of the CLI and the MCP server). The
 * client never does (openapi-fetch writes its query), so they are not in the core's table.
 */
export function queryParamsSource(spec: Schema): string {
  const entries = tableFromSpec(spec);
  return [
    `import type { OperationName } from "./operation-names.js";`,
    "",
    "/** How a query value is written (`list`: comma-separated) and read back. */",
    `export type QueryKind = "integer" | "number" | "boolean" | "list" | "string";`,
    "",
    "/** Each operation's query parameters, by SDK method name, and how each is written. */",
    "export const queryParams: { readonly [N in OperationName]: Readonly<Record<string, QueryKind>> } = {",
    ...entries.map((e) => `  ${JSON.stringify(e.name)}: ${JSON.stringify(e.query)},`),
    "};",
    "",
  ].join("\n");
}
