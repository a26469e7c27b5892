// The README's first command: `npm start` runs the quick start against a local mock and exits 0;
// and the README's usage section is that quick start, as printed.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = new URL("../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

describe("npm start", () => {
  it("prints what the v1 and v2 examples got from the mock, says what to do next, then exits 0", async () => {
    const { stdout } = await run("npm", ["start", "--silent"], { cwd: root, env: { ...process.env, ALLO_API_KEY: "" } });
    expect(stdout).toContain("Support line — +13055550180 (US)"); // numbers
    expect(stdout).toContain("Sent: 2026-04-21T10:30:00"); // sms
    expect(stdout).toContain("INBOUND +13055550142 → +13055550180 (5.5 min)"); // calls
    expect(stdout).toContain("Jean Dupont [ 'jean.dupont@example.com' ]"); // contacts
    expect(stdout).toContain("Webhook id: wh_abc123"); // webhooks
    expect(stdout).toContain("Key api-abc123def456: CONVERSATIONS_READ, TAGS_READ"); // me
    expect(stdout).toContain("+14155551234: Customer called about upgrading their plan."); // the sync
    expect(stdout).toContain("cll-abc123 (2026-04-21T14:30:00Z): 2 transcript lines"); // the search
    expect(stdout).toContain("Done: every call above was answered by the mock");
    expect(stdout).toContain("ALLO_API_KEY=ak_live_... npx tsx examples/v2.ts"); // what to do next
  }, 90_000);

  it("the quick start refuses to run against the real API by accident", async () => {
    const error = await run(process.execPath, ["--import", "tsx", "examples/quickstart.ts"], {
      cwd: root,
      env: { ...process.env, ALLO_BASE_URL: "", ALLO_QUICKSTART_LIVE: "", ALLO_API_KEY: "sk_test" },
    }).catch((e: { code: number; stderr: string }) => e);
    expect((error as { code: number }).code).toBe(1);
    expect((error as { stderr: string }).stderr).toContain("Run this with `npm start`");
  }, 30_000);
});

describe("README", () => {
  it("opens with the two commands", () => {
    const readme = read("README.md");
    const firstBlock = readme.match(/```sh\n([\s\S]*?)```/)![1]!;
    expect(firstBlock).toMatch(/^npm install && npm start\b/m);
    expect(firstBlock).toMatch(/^npm test\b/m);
    expect(readme.indexOf("```sh")).toBeLessThan(readme.indexOf("\n## "));
  });

  it("shows the quick start exactly as examples/quickstart.ts runs it", () => {
    const region = read("examples/quickstart.ts").match(/\/\/ #region quickstart\n([\s\S]*?)\/\/ #endregion/)![1]!;
    const usage = read("README.md").match(/## Usage[\s\S]*?```ts\n([\s\S]*?)```/)![1]!;
    expect(usage).toBe(region);
  });

  it("shows the v2 example exactly as examples/v2.ts runs it", () => {
    const region = read("examples/v2.ts").match(/\/\/ #region v2\n([\s\S]*?)\/\/ #endregion/)![1]!;
    const v2 = read("README.md").match(/## API v2[\s\S]*?```ts\n([\s\S]*?)```/)![1]!;
    expect(v2).toBe(region);
  });

  it("says near the top how to use it in a project, ESM included, before any long section", () => {
    const readme = read("README.md");
    const use = readme.indexOf("## Use it in your project");
    expect(use).toBeGreaterThan(0);
    expect(use).toBeLessThan(readme.indexOf("## Usage"));
    expect(readme.slice(use, readme.indexOf("## Usage"))).toMatch(/npm install allo-client[\s\S]*"type": "module"/);
  });

  it("its test command is the one .ci/run calls", () => {
    expect(read(".ci/run")).toMatch(/^npm test$/m);
  });
});
