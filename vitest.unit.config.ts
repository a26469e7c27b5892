import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// npm run test:unit: the fast loop. No Prism, no packed tarball, no redis-server, no Chromium, no
// child project and no child process (a CLI, `npm start`, Redocly): a test file that reaches for
// one of them, itself or through a helper it imports, is left to `npm test`. Found by what the
// files read, not by a list to keep up to date.
const NEEDS_A_SERVICE = [
  "node:child_process",
  'inject("prismUrl")',
  "packedInstall",
  "startAlloMock",
  "describeWithRedis",
  "chromiumPath",
  "mock/run-cli.js",
  "fixtures/new-operation",
];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Whether `file`, or a file of this repository it imports (however deep), names a service. */
function needsAService(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  if (NEEDS_A_SERVICE.some((marker) => text.includes(marker))) return true;
  for (const [, spec] of text.matchAll(/from "(\.{1,2}\/[^"]+)"/g)) {
    const target = resolve(dirname(file), spec!).replace(/\.js$/, "");
    const found = [".ts", ".tsx"].map((ext) => target + ext).find((candidate) => existsSync(candidate));
    // Only the test's own helpers: src/ and generated/ start no service.
    if (found && relative("test", found).startsWith("..") === false && needsAService(found, seen)) return true;
  }
  return false;
}

export default mergeConfig(
  base,
  defineConfig({
    test: {
      // Only the run's own folder for temporary files: see test/setup/temp-dir.ts.
      globalSetup: ["test/setup/temp-dir.ts"],
      // Speed over isolation, which `npm test` keeps: worker threads, each running many files in one
      // module graph (a file that leaks state into another shows here first), as many as the
      // cores and one; the fault tests wait on real Retry-After seconds, so more of them overlap.
      pool: "threads",
      isolate: false,
      maxWorkers: availableParallelism() + 1,
      maxConcurrency: 20,
      exclude: testFiles("test")
        .filter((file) => needsAService(file))
        .map((file) => relative(".", file)),
      // Nothing here starts Prism: a test that asks for it anyway gets a closed port on this machine.
      provide: { prismUrl: "http://127.0.0.1:9", packedInstallUrl: "http://127.0.0.1:9/" },
    },
  }),
);
