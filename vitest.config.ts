import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    // One folder for the run's temporary files, removed after it (first, so removed last); one
    // Prism for the whole run, started from spec/allo.openapi.yaml on a free port; one packed
    // install of the package, made only when a test asks for it (the CLI and MCP tests).
    globalSetup: ["test/setup/temp-dir.ts", "test/setup/prism.ts", "test/setup/packed-install.ts"],
    // The global fetch of every test file reaches loopback only.
    setupFiles: ["test/setup/loopback-only.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // npm run coverage: V8's own counts of the library's code, as the whole suite runs it.
    coverage: {
      provider: "v8",
      include: ["src/**"],
      reporter: ["text-summary", "html"],
      reportsDirectory: "coverage",
    },
  },
});
