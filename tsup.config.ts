import { readFile, writeFile } from "node:fs/promises";
import { defineConfig } from "tsup";

/**
 * The React entry must start with "use client" for Next.js App Router. esbuild keeps an entry's
 * directive in ESM, but the CommonJS output puts it after its helper functions, where it is a plain
 * expression: move it to the top of both files (a prologue may hold it and "use strict").
 */
async function useClientFirst(): Promise<void> {
  for (const file of ["dist/react.js", "dist/react.cjs"]) {
    const code = await readFile(file, "utf8");
    // It is a directive only where it stands first; anywhere else it would be a stray expression.
    const rest = code.replace(/["']use client["'];?\n?/g, "");
    await writeFile(file, `"use client";\n${rest}`);
  }
}

// Every entry in one build with code splitting, ESM and CommonJS alike: the entries share one core
// chunk, so `AlloError` is one class whichever entry threw it (test/package checks it in a packed
// tarball). openapi-fetch and standardwebhooks stay external (dependencies); zod is bundled in
// (noExternal), which keeps Node from loading some 30 zod files on import (bench/run.ts).
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      mock: "src/mock/index.ts",
      webhooks: "src/webhooks/index.ts",
      react: "src/react/index.ts",
      proxy: "src/proxy/index.ts",
      mcp: "src/mcp/index.ts",
      redis: "src/redis/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    splitting: true,
    // import.meta.url in the CommonJS build (the mock finds the shipped spec with it).
    shims: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    noExternal: ["zod"],
    outDir: "dist",
    onSuccess: useClientFirst,
  },
  {
    // The bins: ESM, Node only, self-contained but for the dependencies (commander) and the optional
    // peers they need (Prism for allo-mock, the MCP SDK for allo-mcp).
    entry: { "allo-mock": "src/mock/cli.ts", allo: "src/cli/bin.ts", "allo-mcp": "src/mcp/bin.ts" },
    format: ["esm"],
    target: "node18",
    platform: "node",
    outDir: "dist/bin",
    clean: false,
  },
]);
