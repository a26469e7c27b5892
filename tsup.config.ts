import { defineConfig } from "tsup";

// Every entry in one build with code splitting, ESM and CommonJS alike: the entries share one core
// chunk, so `AlloError` is one class whichever entry threw it (test/package checks it in a packed
// tarball). Dependencies (openapi-fetch, zod) stay external.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      mock: "src/mock/index.ts",
      webhooks: "src/webhooks/index.ts",
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
  },
  {
    // The allo-mock bin: ESM, Node only, self-contained.
    entry: { "allo-mock": "src/mock/cli.ts" },
    format: ["esm"],
    target: "node18",
    platform: "node",
    outDir: "dist/bin",
    clean: false,
  },
]);
