// Generates, from spec/allo.openapi.yaml (the root and the files it refers to), into generated/:
//   allo.openapi.yaml  the spec bundled into one file (@redocly/openapi-core, as `redocly bundle`):
//                      what the package ships, the mock serves and the tests read;
//   allo.d.ts          types, with openapi-typescript;
//   schemas.ts         zod/mini validators, with scripts/zod-from-spec.ts;
//   answer-schemas.ts  zod/mini validators of each operation's answer (zod-from-spec.ts), loaded
//                      only by a client that checks answers (validateAnswers);
//   webhooks.ts        the incoming webhooks' topics, schemas and examples (webhooks-from-spec.ts);
//   operations.ts      the operation table every part of the SDK reads (operations-from-spec.ts),
//                      and operation-names.ts, its names alone (no validator types);
//   query-params.ts    each operation's query parameters and how each is written, for the proxy
//                      and the flat input of the CLI and the MCP server (operations-from-spec.ts);
//   operation-types.ts each SDK method's input, documented answer and answer kind (client-from-spec.ts);
//   requests.ts        each operation sent through openapi-fetch's typed methods (client-from-spec.ts);
//   client.ts          the client's resources and methods, with their JSDoc (client-from-spec.ts);
//   client-check.ts    a type test of every method's answer and input (client-from-spec.ts);
//   code-samples.ts    the TypeScript samples of the docs, typechecked (code-samples-from-spec.ts);
//   tools.ts           what the allo CLI and the MCP server show and take per operation (tools-from-spec.ts);
//   error-hints.ts     what to do about an error code, from the spec's x-hint (error-hints-from-spec.ts),
//                      loaded on a client's first error answer.
// npm run generate writes them all (tsx scripts/generate.ts); test/spec/generated.test.ts fails when
// the committed files are not what the spec generates.
//
// One transform on top of openapi-typescript's defaults: an "open enum" (the spec writes it as
// `anyOf: [{ type: string, enum: [...] }, { type: string }]`) becomes `'A' | 'B' | (string & {})`,
// so editors still suggest the known values while any other string type-checks. openapi-typescript
// alone would print `'A' | 'B' | string`, which TypeScript collapses to plain `string`.
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { bundle, createConfig, stringifyYaml } from "@redocly/openapi-core";
import openapiTS, { astToString, type OpenAPI3, type SchemaObject } from "openapi-typescript";
import ts from "typescript";
import { clientCheckSource, clientSource, operationTypesSource, requestsSource } from "./client-from-spec.js";
import { codeSamplesSource } from "./code-samples-from-spec.js";
import { errorHintsSource } from "./error-hints-from-spec.js";
import { llmsTxt } from "./llms-from-spec.js";
import { operationNamesSource, operationsSource, queryParamsSource } from "./operations-from-spec.js";
import { toolsSource } from "./tools-from-spec.js";
import { webhooksFromSpec } from "./webhooks-from-spec.js";
import { answerSchemasFromSpec, zodFromSpec } from "./zod-from-spec.js";

const root = new URL("../", import.meta.url);
const specUrl = new URL("spec/allo.openapi.yaml", root);
const out = (name: string) => new URL(`generated/${name}`, root);

const BANNER = `/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with \`npm run generate\`;
 * \`npm test\` fails when this file is not what the spec generates.
 */

`;

/** `anyOf: [{ type: string, enum }, { type: string }]` */
export function openEnumValues(schema: SchemaObject | Record<string, unknown>): string[] | undefined {
  const branches = "anyOf" in schema ? schema.anyOf : undefined;
  if (!Array.isArray(branches) || branches.length !== 2) return undefined;
  const [a, b] = branches as Array<Record<string, unknown>>;
  const known = [a, b].find((s) => Array.isArray(s?.enum));
  const open = [a, b].find((s) => s && !s.enum && s.type === "string" && Object.keys(s).length === 1);
  const values = known?.enum;
  if (!open || !Array.isArray(values) || !values.every((v) => typeof v === "string")) return undefined;
  return values;
}

function openEnumType(values: string[]): ts.TypeNode {
  const f = ts.factory;
  const anyString = f.createIntersectionTypeNode([f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), f.createTypeLiteralNode([])]);
  return f.createUnionTypeNode([
    ...values.map((v) => f.createLiteralTypeNode(f.createStringLiteral(v))),
    f.createParenthesizedType(anyString),
  ]);
}

type Spec = Record<string, any>;

let bundled: Promise<Spec> | undefined;

/** The spec, bundled into one document (every $ref into another file brought in as a component). */
export function bundledSpec(): Promise<Spec> {
  bundled ??= (async () => {
    const config = await createConfig({});
    const result = await bundle({ ref: fileURLToPath(specUrl), config, dereference: false });
    const errors = result.problems.filter((p) => p.severity === "error");
    if (errors.length) throw new Error(`generate: the spec does not bundle: ${errors.map((p) => p.message).join("; ")}`);
    return result.bundle.parsed as Spec;
  })();
  return bundled;
}

/** generated/allo.openapi.yaml */
export async function generateBundle(): Promise<string> {
  const banner = "# GENERATED FILE, DO NOT EDIT: spec/allo.openapi.yaml bundled into one file by `npm run generate`.\n";
  return banner + stringifyYaml(await bundledSpec(), { noRefs: true, lineWidth: -1 });
}

export async function generate(): Promise<string> {
  const ast = await openapiTS((await bundledSpec()) as OpenAPI3, {
    // A `default` describes what the server assumes when a field is omitted, so it stays optional.
    defaultNonNullable: false,
    transform(schema) {
      const values = openEnumValues(schema);
      return values ? openEnumType(values) : undefined;
    },
  });
  return BANNER + astToString(ast);
}

export async function generateSchemas(): Promise<string> {
  return BANNER + zodFromSpec(await bundledSpec()).source;
}

export async function generateAnswerSchemas(): Promise<string> {
  return BANNER + answerSchemasFromSpec(await bundledSpec()).source;
}

export async function generateWebhooks(): Promise<string> {
  return BANNER + webhooksFromSpec(await bundledSpec());
}

export async function generateOperations(): Promise<string> {
  return BANNER + operationsSource(await bundledSpec());
}

export async function generateOperationNames(): Promise<string> {
  return BANNER + operationNamesSource(await bundledSpec());
}

export async function generateCodeSamples(): Promise<string> {
  return BANNER + codeSamplesSource(await bundledSpec());
}

export async function generateTools(): Promise<string> {
  return BANNER + toolsSource(await bundledSpec());
}

/** Each generated file and the function that makes it. */
export const GENERATED: ReadonlyArray<{ file: URL; make: () => Promise<string> }> = [
  { file: out("allo.openapi.yaml"), make: generateBundle },
  { file: out("allo.d.ts"), make: generate },
  { file: out("schemas.ts"), make: generateSchemas },
  { file: out("answer-schemas.ts"), make: generateAnswerSchemas },
  { file: out("webhooks.ts"), make: generateWebhooks },
  { file: out("operations.ts"), make: generateOperations },
  { file: out("operation-names.ts"), make: generateOperationNames },
  { file: out("query-params.ts"), make: async () => BANNER + queryParamsSource(await bundledSpec()) },
  { file: out("operation-types.ts"), make: async () => BANNER + operationTypesSource(await bundledSpec()) },
  { file: out("requests.ts"), make: async () => BANNER + requestsSource(await bundledSpec()) },
  { file: out("client.ts"), make: async () => BANNER + clientSource(await bundledSpec()) },
  { file: out("client-check.ts"), make: async () => BANNER + clientCheckSource(await bundledSpec()) },
  { file: out("code-samples.ts"), make: generateCodeSamples },
  { file: out("tools.ts"), make: generateTools },
  { file: out("error-hints.ts"), make: async () => BANNER + errorHintsSource(await bundledSpec()) },
];

/** llms.txt, at the package root (no banner: its first line must be the package's name). */
export const LLMS_TXT = { file: new URL("llms.txt", root), make: async () => llmsTxt(await bundledSpec(), root) };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { file, make } of [...GENERATED, LLMS_TXT]) {
    await writeFile(file, await make());
    console.log(`wrote ${fileURLToPath(file)}`);
  }
}
