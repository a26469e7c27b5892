// Extracts the TypeScript samples of the spec's `x-codeSamples` into generated/code-samples.ts, each
// in a function of its own over a declared `allo: AlloClient`, so `tsc --noEmit` (npm test)
// typechecks every sample the docs page shows against the client's real types: a renamed method
// or field fails the build instead of misleading a reader.

import { operationsOf, type Schema } from "./lib/spec.js";

export interface CodeSample {
  operationId: string;
  method: string;
  path: string;
  lang: string;
  source: string;
}

/** Every code sample of every operation, in spec order. */
export function codeSamples(spec: Schema): CodeSample[] {
  const out: CodeSample[] = [];
  for (const { path, method, op } of operationsOf(spec)) {
    for (const sample of (op["x-codeSamples"] ?? []) as Schema[]) {
      out.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        lang: String(sample.lang),
        source: String(sample.source),
      });
    }
  }
  return out;
}

/** generated/code-samples.ts */
export function codeSamplesSource(spec: Schema): string {
  const ts = codeSamples(spec).filter((s) => s.lang === "TypeScript");
  const body = ts.map((s) => {
    const indented = s.source
      .trimEnd()
      .split("\n")
      .map((l) => (l ? `  ${l}` : l))
      .join("\n");
    return `/** ${s.method} ${s.path} */\nexport async function ${s.operationId}Sample(): Promise<void> {\n${indented}\n}\n`;
  });
  return [
    `import type { AlloClient } from "../src/index.js";`,
    "",
    "// The client every sample calls, as the docs page shows it.",
    "declare const allo: AlloClient;",
    "",
    ...body,
  ].join("\n");
}
