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
  it("prints what all five resources answered from the mock, then exits 0", async () => {
    const { stdout } = await run("npm", ["start", "--silent"], { cwd: root, env: { ...process.env, ALLO_API_KEY: "" } });
    expect(stdout).toContain("Support line — +13055550180 (US)"); // numbers
    expect(stdout).toContain("Sent: 2026-04-21T10:30:00"); // sms
    expect(stdout).toContain("INBOUND +13055550142 → +13055550180 (5.5 min)"); // calls
    expect(stdout).toContain("Jean Dupont [ 'jean.dupont@example.com' ]"); // contacts
    expect(stdout).toContain("Webhook id: wh_abc123"); // webhooks
    expect(stdout).toContain("Done: every call above was answered by the mock.");
  }, 60_000);

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

  it("its test command is the one .ci/run calls", () => {
    expect(read(".ci/run")).toMatch(/^npm test$/m);
  });
});
