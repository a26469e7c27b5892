// The spec as data, for tests: its operations, their examples, and validators built from its schemas.
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { parse } from "yaml";

/** The spec bundled into one document by `npm run generate` (test/spec/generated.test.ts keeps it fresh). */
export const SPEC_PATH = new URL("../../generated/allo.openapi.yaml", import.meta.url);

type Json = Record<string, any>;

export const spec: Json = parse(readFileSync(SPEC_PATH, "utf8"));

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

export interface Operation {
  method: (typeof HTTP_METHODS)[number];
  path: string;
  operationId: string;
  op: Json;
}

/** Every operation under `paths` (not the incoming `webhooks`). */
export const operations: Operation[] = Object.entries(spec.paths as Json).flatMap(([path, item]) =>
  HTTP_METHODS.filter((m) => item[m]).map((method) => ({
    method,
    path,
    operationId: item[method].operationId as string,
    op: item[method] as Json,
  })),
);

/** The spec operation an entry of the operation table calls: the one at its method and path. */
export function operationAt(entry: { method: string; path: string }): Operation {
  const found = operations.find((o) => o.method.toUpperCase() === entry.method && o.path === entry.path);
  if (!found) throw new Error(`no operation ${entry.method} ${entry.path} in the spec`);
  return found;
}

/** Follows a local `$ref` (`#/components/...`) to its target. */
export function deref<T = Json>(node: Json): T {
  let current = node;
  while (current && typeof current.$ref === "string") {
    const parts = current.$ref.replace(/^#\//, "").split("/");
    current = parts.reduce((acc: Json, key: string) => acc[key], spec);
  }
  return current as T;
}

/** The named examples of an operation's response, in document order. */
export function responseExamples(op: Json, status: string): Array<[string, unknown]> {
  const response = deref(op.responses[status]);
  const examples = response.content?.["application/json"]?.examples ?? {};
  return Object.entries(examples).map(([name, ex]) => [name, deref(ex as Json).value]);
}

/** The named examples of an operation's request body, in document order. */
export function requestExamples(op: Json): Array<[string, unknown]> {
  const examples = op.requestBody?.content?.["application/json"]?.examples ?? {};
  return Object.entries(examples).map(([name, ex]) => [name, deref(ex as Json).value]);
}

/** Parameters of an operation, refs resolved. */
export function parameters(op: Json): Json[] {
  return (op.parameters ?? []).map((p: Json) => deref(p));
}

/** The scope an operation's security requirement names. */
export function scopeOf(op: Json): string | undefined {
  return op.security?.[0]?.AlloApiKey?.[0];
}

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
// ajv-formats is CommonJS: under NodeNext its callable export is `.default`.
formats.default(ajv);
ajv.addSchema(spec, "allo");

/** A validator for a JSON pointer into the spec, such as `#/components/schemas/Call`. */
export function validatorFor(pointer: string): ValidateFunction {
  return ajv.compile({ $ref: `allo${pointer}` });
}

/** The JSON pointer of the schema of an operation's response body. */
export function responseSchemaPointer(operationId: string, status: string): string {
  const found = operations.find((o) => o.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId}`);
  const raw = found.op.responses[status];
  return raw.$ref
    ? `${raw.$ref}/content/application~1json/schema`
    : `#/paths/${found.path.replace(/~/g, "~0").replace(/\//g, "~1")}/${found.method}/responses/${status}/content/application~1json/schema`;
}

/** A validator for the JSON body of an operation's response. */
export function responseValidator(operationId: string, status: string): ValidateFunction {
  return validatorFor(responseSchemaPointer(operationId, status));
}
