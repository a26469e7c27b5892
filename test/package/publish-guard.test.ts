// `npm publish` refuses a package.json without the fields a registry user needs (issue 13, item 14):
// the guard runs first in prepublishOnly, names each missing field, and lets a complete one through.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { missingForPublish } from "../../scripts/check-publish.js";
import { ROOT } from "../../scripts/lib/packed-consumer.js";

const run = promisify(execFile);
const complete = {
  repository: { type: "git", url: "git+https://example.test/allo-client.git" },
  bugs: { url: "https://example.test/allo-client/issues" },
  homepage: "https://example.test/allo-client#readme",
};

describe("publish guard", () => {
  it("lets a manifest with https repository, bugs and homepage through", () => {
    expect(missingForPublish(complete)).toEqual([]);
    expect(missingForPublish({ ...complete, bugs: "https://example.test/issues" })).toEqual([]);
  });

  it("names each field that is missing, empty or not an https URL", () => {
    expect(missingForPublish({}).map((l) => l.split(":")[0])).toEqual(["repository", "bugs", "homepage"]);
    expect(missingForPublish({ ...complete, repository: { type: "git", url: "" } }).map((l) => l.split(":")[0])).toEqual(["repository"]);
    expect(missingForPublish({ ...complete, bugs: { email: "a@b.test" } }).map((l) => l.split(":")[0])).toEqual(["bugs"]);
    expect(missingForPublish({ ...complete, homepage: "http://example.test" }).map((l) => l.split(":")[0])).toEqual(["homepage"]);
  });

  it("runs first in prepublishOnly, so nothing is tested or built for a publish it would refuse", async () => {
    const manifest = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
    expect(manifest.scripts.prepublishOnly).toMatch(/^tsx scripts\/check-publish\.ts && /);
  });

  it("exits 1 on this repository's package.json exactly when a field is missing, naming it", async () => {
    const manifest = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
    const missing = missingForPublish(manifest);
    const result = await run(join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/check-publish.ts"], { cwd: ROOT }).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(result.code).toBe(missing.length ? 1 : 0);
    for (const line of missing) expect(result.stderr).toContain(line.split(":")[0]);
  }, 30_000);
});
