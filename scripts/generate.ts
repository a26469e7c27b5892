// Generates, from spec/allo.openapi.yaml:
//   generated/allo.d.ts   types, with openapi-typescript;
//   generated/schemas.ts  zod/mini validators, with scripts/zod-from-spec.ts;
//   generated/webhooks.ts the incoming webhooks' topics, schemas and examples, with
//                         scripts/webhooks-from-spec.ts.
// npm run generate writes them all (tsx scripts/generate.ts); test/spec/generated.test.ts fails when
// the committed files are not what the spec generates.
//
// One transform on top of the defaults: an "open enum" (the spec writes it as
// `anyOf: [{ type: string, enum: [...] }, { type: string }]`) becomes `'A' | 'B' | (string & {})`,
// so editors still suggest the known values while any other string type-checks. openapi-typescript
// alone would print `'A' | 'B' | string`, which TypeScript collapses to plain `string`.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString, type SchemaObject } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";
import { webhooksFromSpec } from "./webhooks-from-spec.js";
import { zodFromSpec } from "./zod-from-spec.js";

const root = new URL("../", import.meta.url);
const specUrl = new URL("spec/allo.openapi.yaml", root);
const outUrl = new URL("generated/allo.d.ts", root);
const schemasUrl = new URL("generated/schemas.ts", root);
const webhooksUrl = new URL("generated/webhooks.ts", root);

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
  const anyString = f.createIntersectionTypeNode([
    f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    f.createTypeLiteralNode([]),
  ]);
  return f.createUnionTypeNode([
    ...values.map((v) => f.createLiteralTypeNode(f.createStringLiteral(v))),
    f.createParenthesizedType(anyString),
  ]);
}

export async function generate(): Promise<string> {
  const ast = await openapiTS(specUrl, {
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
  const spec = parse(await readFile(specUrl, "utf8"));
  return BANNER + zodFromSpec(spec).source;
}

export async function generateWebhooks(): Promise<string> {
  const spec = parse(await readFile(specUrl, "utf8"));
  return BANNER + webhooksFromSpec(spec);
}

export const GENERATED_FILE = outUrl;
export const GENERATED_SCHEMAS = schemasUrl;
export const GENERATED_WEBHOOKS = webhooksUrl;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(outUrl, await generate());
  await writeFile(schemasUrl, await generateSchemas());
  await writeFile(webhooksUrl, await generateWebhooks());
  console.log(`wrote ${[outUrl, schemasUrl, webhooksUrl].map((u) => fileURLToPath(u)).join(", ")}`);
}
