// Compiles the client's method surface from the spec, so that an operation added to the spec is a
// typed method after `npm run generate`, with no hand-written line:
//   generated/operation-types.ts  each SDK method's input, 2xx body and answer kind, in the spec's types;
//   generated/requests.ts         each operation sent through openapi-fetch's typed GET/POST/... at its path;
//   generated/client.ts           the resources and their methods (JSDoc from the spec), over the caller;
//   generated/client-check.ts     a type test: every method answers what its operation documents,
//                                 and refuses an input the spec does not describe.
// The methods are the table's (operations-from-spec.ts): their names (`x-sdk-method`), arguments
// (`x-sdk-args`), traits (`x-sdk-at-most-once`, `x-sdk-batch`, pagination), and the resources'
// type names and descriptions (`x-sdk-resources`).
import { tableFromSpec, type MethodArg, type TableEntry } from "./operations-from-spec.js";
import { operationsOf, successOf, type Schema } from "./lib/spec.js";

/** One resource of the client (`conversations.items`): its methods and the resources under it. */
interface ResourceNode {
  path: string;
  type: string;
  description: string;
  methods: TableEntry[];
  children: Map<string, ResourceNode>;
}

const json = (value: unknown) => JSON.stringify(value);

/** `crm.people` → `CrmPeopleResource`, for a resource the spec gives no type name. */
function defaultTypeName(path: string): string {
  return `${path
    .split(".")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("")}Resource`;
}

/** What every generated file needs to know of one operation, beyond its table entry. */
interface OperationFacts {
  /** The 2xx status that carries the answer (`200`, `201`), or null for none documented with a body. */
  status: string | null;
  description: string;
  samples: string[];
  tag: string | null;
}

function factsOf(spec: Schema): Map<string, OperationFacts> {
  const facts = new Map<string, OperationFacts>();
  for (const { op } of operationsOf(spec)) {
    const success = successOf(spec, op);
    facts.set(op.operationId, {
      status: success?.schema ? success.status : null,
      description: String(op.description ?? ""),
      samples: ((op["x-codeSamples"] ?? []) as Schema[]).filter((s) => s.lang === "TypeScript").map((s) => String(s.source).trimEnd()),
      tag: Array.isArray(op.tags) && op.tags.length ? String(op.tags[0]) : null,
    });
  }
  return facts;
}

/** The resources of the client, from the dotted method names: `conversations.items.get` is `get` of `conversations.items`. */
function resourceTree(spec: Schema, entries: TableEntry[]): ResourceNode {
  const declared = (spec["x-sdk-resources"] ?? {}) as Record<string, { type?: string; description?: string }>;
  const tags = new Map(((spec.tags ?? []) as Schema[]).map((t) => [String(t.name), String(t.description ?? "").trim()]));
  const facts = factsOf(spec);
  const root: ResourceNode = { path: "", type: "AlloMethods", description: "", methods: [], children: new Map() };
  const nodeAt = (path: string): ResourceNode => {
    let node = root;
    let at = "";
    for (const word of path.split(".")) {
      at = at ? `${at}.${word}` : word;
      let child = node.children.get(word);
      if (!child) {
        child = {
          path: at,
          type: declared[at]?.type ?? defaultTypeName(at),
          description: declared[at]?.description?.trim() ?? "",
          methods: [],
          children: new Map(),
        };
        node.children.set(word, child);
      }
      node = child;
    }
    return node;
  };
  for (const entry of entries) {
    const dot = entry.name.lastIndexOf(".");
    const node = dot === -1 ? root : nodeAt(entry.name.slice(0, dot));
    node.methods.push(entry);
    if (!node.description) node.description = tags.get(facts.get(entry.operationId)?.tag ?? "") ?? "";
  }
  return root;
}

// ─── generated/operation-types.ts ──────────────────────────────────────────────────────────────

function bodyType(entry: TableEntry): string {
  const base = entry.body && !entry.body.endsWith("Body") ? `Schemas[${json(entry.body)}]` : `Body<${json(entry.operationId)}>`;
  // The batched list is taken read-only: the caller asks it in slices and never changes it.
  return entry.batch
    ? `Omit<${base}, ${json(entry.batch.field)}> & { ${entry.batch.field}: Readonly<${base}[${json(entry.batch.field)}]> }`
    : base;
}

function inputType(entry: TableEntry): string {
  const parts: string[] = [];
  if (entry.pathParams.length) parts.push(`path: Path<${json(entry.operationId)}>`);
  if (Object.keys(entry.query).length) parts.push(`query: Query<${json(entry.operationId)}>`);
  if (entry.body) parts.push(`body: ${bodyType(entry)}`);
  return parts.length ? `{ ${parts.join("; ")} }` : "Record<string, never>";
}

export function operationTypesSource(spec: Schema): string {
  const entries = tableFromSpec(spec);
  const facts = factsOf(spec);
  const lines = [
    `import type { components, operations } from "./allo.js";`,
    "",
    `type Schemas = components["schemas"];`,
    `type Path<Id extends keyof operations> = NonNullable<operations[Id]["parameters"]["path"]>;`,
    `type Query<Id extends keyof operations> = NonNullable<operations[Id]["parameters"]["query"]>;`,
    `type Body<Id extends keyof operations> = NonNullable<operations[Id]["requestBody"]> extends { content: { "application/json": infer B } } ? B : never;`,
    "",
    "/**",
    " * What each SDK method sends and gets, in the spec's types: `input` (its path parameters, query",
    " * and body), `envelope` (the documented 2xx body), `answer` (what the method unwraps from it:",
    " * `data`, a page, or nothing) and `paged` (whether its answer is listed page by page).",
    " */",
    "export interface OperationTypes {",
  ];
  for (const entry of entries) {
    const status = facts.get(entry.operationId)?.status;
    const envelope = status ? `operations[${json(entry.operationId)}]["responses"][${status}]["content"]["application/json"]` : "undefined";
    const paged = entry.answer === "page" || entry.pagination === "v1";
    lines.push(`  ${json(entry.name)}: {`);
    lines.push(`    input: ${inputType(entry)};`);
    lines.push(`    envelope: ${envelope};`);
    lines.push(`    answer: ${json(entry.answer)};`);
    lines.push(`    paged: ${paged};`);
    lines.push("  };");
  }
  lines.push("}", "");
  return lines.join("\n");
}

// ─── generated/requests.ts ─────────────────────────────────────────────────────────────────────

export function requestsSource(spec: Schema): string {
  const entries = tableFromSpec(spec);
  const lines = [
    `import type { Client } from "openapi-fetch";`,
    `import type { OperationName } from "./operation-names.js";`,
    `import type { paths } from "./allo.js";`,
    `import type { Input } from "../src/operations/types.js";`,
    "",
    "/** What a call gives openapi-fetch besides its input: the fetch that sends it, how to read the answer, its own headers, a base URL resolved against the page. */",
    "export interface SendInit {",
    "  fetch: (request: Request) => Promise<Response>;",
    "  /** `stream`: openapi-fetch leaves the answer's body unread (the fetch has read it). */",
    '  parseAs: "stream";',
    "  headers?: Record<string, string>;",
    "  baseUrl?: string;",
    "}",
    "",
    "/** One operation sent through openapi-fetch, typed by its path and method. */",
    "export type Send<N extends OperationName> = (api: Client<paths>, input: Input<N>, init: SendInit) => Promise<{ data?: unknown; response: Response }>;",
    "",
    "/** Every operation of the spec, sent at its path by openapi-fetch's method of the same name. */",
    "export const requests: { readonly [N in OperationName]: Send<N> } = {",
  ];
  for (const entry of entries) {
    const params: string[] = [];
    if (entry.pathParams.length) params.push("path: input.path");
    if (Object.keys(entry.query).length) params.push("query: input.query");
    const options = ["...init"];
    if (params.length) options.push(`params: { ${params.join(", ")} }`);
    if (entry.body) {
      options.push(
        entry.batch ? `body: { ...input.body, ${entry.batch.field}: [...input.body.${entry.batch.field}] }` : "body: input.body",
      );
    }
    const input = entry.pathParams.length || Object.keys(entry.query).length || entry.body ? "input" : "_input";
    lines.push(`  ${json(entry.name)}: (api, ${input}, init) => api.${entry.method}(${json(entry.path)}, { ${options.join(", ")} }),`);
  }
  lines.push("};", "");
  return lines.join("\n");
}

// ─── generated/client.ts ───────────────────────────────────────────────────────────────────────

/** Text for a JSDoc block: no `*​/` that would end it early. */
function doc(lines: string[], indent: string): string[] {
  const body = lines.flatMap((l) => l.split("\n")).map((l) => l.replace(/\*\//g, "*\\/"));
  while (body.length && body[body.length - 1] === "") body.pop();
  return [`${indent}/**`, ...body.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`];
}

/** The spec's description without its closing scope line, which the JSDoc says its own way. */
function descriptionOf(text: string): string {
  return text.replace(/\n*\*\*Required scope:\*\*[^\n]*\s*$/, "").trim();
}

/** The TypeScript sample of a method: the one that calls it, else the operation's first. */
function sampleOf(entry: TableEntry, facts: OperationFacts | undefined): string | undefined {
  const samples = facts?.samples ?? [];
  return samples.find((s) => s.includes(`allo.${entry.name}(`)) ?? samples[0];
}

/** A `…All` example made from the method's own sample: the same call, iterated, `page` left out. */
function allSampleOf(entry: TableEntry, sample: string | undefined): string {
  const call = sample ? new RegExp(`allo\\.${entry.name.replace(/\./g, "\\.")}\\(([^;\\n]*)\\)`).exec(sample) : null;
  const args = (call?.[1] ?? "")
    .replace(/\s*\bpage:\s*\d+,?/g, "")
    .replace(/\{\s*\}/g, "")
    .replace(/,\s*\)/g, ")")
    .replace(/\{\s*,/g, "{")
    .trim()
    .replace(/,$/, "");
  return `for await (const item of allo.${entry.name}All(${args})) console.log(item);`;
}

function argType(entry: TableEntry, arg: MethodArg, all: boolean): string {
  const name = json(entry.name);
  switch (arg.kind) {
    case "path":
      return `Input<${name}>["path"][${json(arg.param)}]`;
    case "field":
      return `Input<${name}>["body"][${json(arg.field)}]`;
    case "input": {
      const fields = entry.args.filter((a) => a.kind === "field").map((a) => (a as { field: string }).field);
      let type = `Input<${name}>[${json(arg.in)}]`;
      if (arg.in === "body" && fields.length) type = `Omit<${type}, ${fields.map(json).join(" | ")}>`;
      return all ? `AllInput<${type}>` : type;
    }
  }
}

function parameters(entry: TableEntry, all: boolean): string {
  const list = entry.args.map((arg) => `${arg.name}${arg.kind === "input" && arg.optional ? "?" : ""}: ${argType(entry, arg, all)}`);
  list.push(all ? "options?: PagingOptions" : "options?: RequestOptions");
  return list.join(", ");
}

/** The input object a method hands the caller, built from its arguments. */
function inputExpression(entry: TableEntry): string {
  const path = entry.args.filter((a): a is Extract<MethodArg, { kind: "path" }> => a.kind === "path");
  const fields = entry.args.filter((a): a is Extract<MethodArg, { kind: "field" }> => a.kind === "field");
  const input = entry.args.find((a): a is Extract<MethodArg, { kind: "input" }> => a.kind === "input");
  const parts: string[] = [];
  if (path.length) parts.push(`path: { ${path.map((a) => (a.name === a.param ? a.name : `${a.param}: ${a.name}`)).join(", ")} }`);
  const hasQuery = Object.keys(entry.query).length > 0;
  if (hasQuery) parts.push(input?.in === "query" ? "query: input" : "query: {}");
  if (entry.body) {
    const own = fields.map((a) => (a.name === a.field ? a.name : `${a.field}: ${a.name}`));
    if (input?.in === "body") parts.push(own.length ? `body: { ...input, ${own.join(", ")} }` : "body: input");
    else parts.push(`body: { ${own.join(", ")} }`);
  }
  return parts.length ? `{ ${parts.join(", ")} }` : "{}";
}

function argNames(entry: TableEntry): string {
  return [...entry.args.map((a) => (a.kind === "input" && a.optional ? "input = {}" : a.name)), "options"].join(", ");
}

function methodDocs(entry: TableEntry, facts: OperationFacts | undefined): string[] {
  const lines = [`${entry.summary}.`, ""];
  const description = descriptionOf(facts?.description ?? "");
  if (description) lines.push(description, "");
  lines.push(
    entry.scope ? `Scope: \`${entry.scope}\`. \`${entry.method} ${entry.path}\`.` : `Needs no scope. \`${entry.method} ${entry.path}\`.`,
  );
  const sample = sampleOf(entry, facts);
  if (sample) lines.push("@example", sample);
  return lines;
}

function allDocs(entry: TableEntry, facts: OperationFacts | undefined): string[] {
  const first = entry.pagination === "v1" ? 0 : 1;
  return [
    `Every item of \`${entry.name}\`, page after page from page ${first}, fetched as you iterate: \`concurrency\` pages at once`,
    "(4 by default), yielded in order. `size` is the page size asked (100 unless given). Stopping the",
    "loop cancels the pages fetched ahead.",
    "@example",
    allSampleOf(entry, sampleOf(entry, facts)),
  ];
}

/** The scopes a resource's methods need, each with the methods that need it. */
function scopesLine(node: ResourceNode): string | null {
  const by = new Map<string, string[]>();
  for (const m of node.methods) {
    if (!m.scope) continue;
    by.set(m.scope, [...(by.get(m.scope) ?? []), m.name.slice(node.path.length + 1)]);
  }
  if (!by.size) return null;
  if (by.size === 1) return `Scope \`${[...by.keys()][0]}\`.`;
  return `Scopes ${[...by].map(([scope, methods]) => `\`${scope}\` (${methods.join(", ")})`).join(", ")}.`;
}

function isPaged(entry: TableEntry): boolean {
  return entry.answer === "page" || entry.pagination === "v1";
}

function methodWord(entry: TableEntry): string {
  return entry.name.slice(entry.name.lastIndexOf(".") + 1);
}

function interfaceOf(node: ResourceNode, facts: Map<string, OperationFacts>, out: string[]): void {
  for (const child of node.children.values()) interfaceOf(child, facts, out);
  if (!node.path) return;
  out.push(...doc([[node.description, scopesLine(node)].filter(Boolean).join(" ")], ""));
  out.push(`export interface ${node.type} {`);
  membersOf(node, out);
  for (const entry of node.methods) {
    const name = json(entry.name);
    out.push(...doc(methodDocs(entry, facts.get(entry.operationId)), "  "));
    out.push(`  ${methodWord(entry)}(${parameters(entry, false)}): AlloPromise<Answer<${name}>>;`);
    if (isPaged(entry)) {
      out.push(...doc(allDocs(entry, facts.get(entry.operationId)), "  "));
      out.push(`  ${methodWord(entry)}All(${parameters(entry, true)}): AsyncGenerator<Item<${name}>, void, undefined>;`);
    }
  }
  if (node.methods.some((m) => m.atMostOnce)) {
    out.push(
      ...doc(
        [
          "Frees an idempotency key of this resource's sends, whatever happened under it: the next send",
          "under it goes out. For a key refused as `unknown`, once you have checked that its send did not",
          "go out (or decided to send it again anyway).",
          "@example",
          // biome-ignore lint/suspicious/noTemplateCurlyInString: the example's own template literal, written into the JSDoc as is.
          "await allo.sms.forget(`reminder-${appointment.id}`);",
        ],
        "  ",
      ),
    );
    out.push("  forget(idempotencyKey: string): Promise<void>;");
  }
  out.push("}", "");
}

/** A resource's sub-resources, as read-only members, each with the first sentence of what it is. */
function membersOf(node: ResourceNode, out: string[]): void {
  for (const [word, child] of node.children) {
    out.push(...doc([child.description.split(/(?<=\.)\s/)[0] ?? ""], "  "));
    out.push(`  readonly ${word}: ${child.type};`);
  }
}

/** The object of a resource: each method one call of the caller, each sub-resource an object of its own. */
function implementationOf(node: ResourceNode, indent: string, out: string[]): void {
  for (const [word, child] of node.children) {
    out.push(`${indent}${word}: {`);
    implementationOf(child, `${indent}  `, out);
    out.push(`${indent}},`);
  }
  for (const entry of node.methods) {
    const name = json(entry.name);
    out.push(`${indent}${methodWord(entry)}: (${argNames(entry)}) => caller.call(${name}, ${inputExpression(entry)}, options),`);
    if (isPaged(entry))
      out.push(`${indent}${methodWord(entry)}All: (${argNames(entry)}) => caller.pages(${name}, ${inputExpression(entry)}, options),`);
  }
  if (node.methods.some((m) => m.atMostOnce))
    out.push(`${indent}forget: (idempotencyKey) => caller.forget(${json(`${node.path}.forget`)}, idempotencyKey),`);
}

/** The parameters of a method of the class itself, defaults written out (a class method is not typed by an interface). */
function classParameters(entry: TableEntry): string {
  const list = entry.args.map((arg) => `${arg.name}: ${argType(entry, arg, false)}${arg.kind === "input" && arg.optional ? " = {}" : ""}`);
  list.push("options?: RequestOptions");
  return list.join(", ");
}

/** The client's methods: a class whose members are the resources, and whose own methods are the operations at the top (`me`). */
function classOf(root: ResourceNode, facts: Map<string, OperationFacts>, out: string[]): void {
  out.push(
    ...doc(
      ["The API's operations as methods: every resource (`allo.sms`, `allo.crm.people`), and the operations at the top (`allo.me()`)."],
      "",
    ),
  );
  out.push("export class AlloMethods {");
  membersOf(root, out);
  out.push("  readonly #caller: MethodCaller;", "", "  constructor(caller: MethodCaller) {", "    this.#caller = caller;");
  for (const [word, child] of root.children) {
    out.push(`    this.${word} = {`);
    implementationOf(child, "      ", out);
    out.push("    };");
  }
  out.push("  }");
  for (const entry of root.methods) {
    out.push("", ...doc(methodDocs(entry, facts.get(entry.operationId)), "  "));
    out.push(`  ${methodWord(entry)}(${classParameters(entry)}): AlloPromise<Answer<${json(entry.name)}>> {`);
    out.push(`    return this.#caller.call(${json(entry.name)}, ${inputExpression(entry)}, options);`);
    out.push("  }");
  }
  out.push("}", "");
}

export function clientSource(spec: Schema): string {
  const entries = tableFromSpec(spec);
  const facts = factsOf(spec);
  const root = resourceTree(spec, entries);
  const out = [
    `import type { AlloPromise } from "../src/allo-promise.js";`,
    `import type { MethodCaller } from "../src/operations/caller.js";`,
    `import type { Answer, Input, Item } from "../src/operations/types.js";`,
    `import type { PagingOptions, RequestOptions } from "../src/options.js";`,
    `import type { AllInput } from "../src/types.js";`,
    "",
  ];
  interfaceOf(root, facts, out);
  classOf(root, facts, out);
  return out.join("\n");
}

// ─── generated/client-check.ts ─────────────────────────────────────────────────────────────────

/** A call of the method with an input the spec does not describe, which must not compile. */
function wrongCall(entry: TableEntry): string {
  const args = entry.args.map((arg) => {
    if (arg.kind === "input") return "{ not_a_field: 1 }";
    return "42";
  });
  if (!entry.args.length) return `allo.${entry.name}(42)`;
  // The first argument that can be wrong: an unknown field of the input, or a number for a string.
  const at = entry.args.findIndex((a) => a.kind === "input");
  const given = entry.args.map((arg, i) =>
    i === at || (at === -1 && i === 0) ? args[i]! : arg.kind === "input" ? "{}" : sampleValue(arg),
  );
  return `allo.${entry.name}(${given.join(", ")})`;
}

function sampleValue(arg: MethodArg): string {
  if (arg.kind === "field") return "[] as never";
  return `"x"`;
}

export function clientCheckSource(spec: Schema): string {
  const entries = tableFromSpec(spec);
  const facts = factsOf(spec);
  const out = [
    "// A type test, checked by `tsc --noEmit` (npm test), never run: for every method of the client, its",
    "// answer is what its operation documents in the spec (read here straight from the spec's types),",
    "// or the reshaping reshape.ts declares; and an input the spec does not describe fails to compile.",
    `import type { AlloPromise } from "../src/allo-promise.js";`,
    `import type { AlloClient } from "../src/client.js";`,
    `import type { Reshaped } from "../src/operations/reshape.js";`,
    `import type { operations } from "./allo.js";`,
    "",
    "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
    "type Assert<T extends true> = T;",
    "type Returned<F> = F extends (...args: never[]) => infer R ? R : never;",
    "/** A v2 page as the SDK gives it: the items as `results`, the rest of the body beside them. */",
    'type Page<E> = E extends { data: Array<infer I> } ? { results: I[] } & Omit<E, "data"> : never;',
    "type Expected<N extends string, FromSpec> = N extends keyof Reshaped ? Reshaped[N] : FromSpec;",
    "",
    "declare const allo: AlloClient;",
    "",
  ];
  for (const entry of entries) {
    const status = facts.get(entry.operationId)?.status;
    const body = status ? `operations[${json(entry.operationId)}]["responses"][${status}]["content"]["application/json"]` : "undefined";
    const fromSpec = entry.answer === "none" ? "void" : entry.answer === "page" ? `Page<${body}>` : `${body}["data"]`;
    const member = entry.name
      .split(".")
      .map((w) => `[${json(w)}]`)
      .join("");
    const alias = entry.name.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase());
    out.push(
      `export type ${alias}Answers = Assert<Same<Returned<AlloClient${member}>, AlloPromise<Expected<${json(entry.name)}, ${fromSpec}>>>>;`,
    );
    out.push(`// @ts-expect-error: ${entry.name} refuses an input its operation does not describe`);
    out.push(`void ${wrongCall(entry)};`);
  }
  out.push("");
  return out.join("\n");
}
