// What the spec-first design promises: an operation added to the spec, then `npm run generate`, is
// on every surface with no hand-written line. A copy of the project gets GET /v2/api/voicemails and
// GET /v2/api/voicemails/{id} (fixtures/new-operation/voicemails.yaml, shaped like the users
// operations) in its spec and nothing else; after its own `npm run generate` it must type them in
// the client and the React hook, call them from the client, the CLI, the MCP server and the proxy,
// and document them on the docs page and in llms.txt.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = fileURLToPath(new URL("./fixtures/new-operation/", import.meta.url));
/** What `npm run generate`, the docs page and the surfaces read of the project. */
const COPIED = [
  "spec",
  "scripts",
  "src",
  "generated",
  "docs",
  "README.md",
  "package.json",
  "tsconfig.json",
  "tsconfig.samples.json",
  "redocly.yaml",
];

let dir = "";
const inCopy = (...args: string[]) => run(process.execPath, args, { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
const tsc = (project: string) => inCopy("node_modules/typescript/bin/tsc", "--noEmit", "-p", project);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "allo-new-operation-"));
  for (const part of COPIED) await cp(join(ROOT, part), join(dir, part), { recursive: true });
  await symlink(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  await rm(join(dir, "docs/index.html"), { force: true });
  // The only change by hand: the operations in the spec, and the root's paths naming them.
  await cp(join(FIXTURES, "voicemails.yaml"), join(dir, "spec/paths/v2/voicemails.yaml"));
  const root = join(dir, "spec/allo.openapi.yaml");
  const spec = await readFile(root, "utf8");
  const paths = [
    "  /v2/api/voicemails:",
    "    $ref: 'paths/v2/voicemails.yaml#/voicemails'",
    "  /v2/api/voicemails/{id}:",
    "    $ref: 'paths/v2/voicemails.yaml#/voicemail'",
    "",
  ].join("\n");
  expect(spec).toMatch(/^paths:\n/m);
  await writeFile(root, spec.replace(/^paths:\n/m, `paths:\n${paths}`));
  await inCopy("--import", "tsx", "scripts/generate.ts");
  await mkdir(join(dir, "scratch"));
}, 240_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("an operation added to the spec, after npm run generate", () => {
  it("is typed in the client and the React hook: its answer, and a wrong field refused (tsc)", async () => {
    await cp(join(FIXTURES, "usage.ts"), join(dir, "scratch/usage.ts"));
    await writeFile(
      join(dir, "tsconfig.check.json"),
      JSON.stringify({ extends: "./tsconfig.json", include: ["src", "generated", "scratch"] }),
    );
    // Every generated file typechecks (the type test of every method's answer included), the
    // fixture's uses of the new methods compile and its wrong ones do not, and so do the docs' samples.
    await expect(tsc("tsconfig.check.json")).resolves.toBeDefined();
    await expect(tsc("tsconfig.samples.json")).resolves.toBeDefined();
    const client = await readFile(join(dir, "generated/client.ts"), "utf8");
    expect(client).toContain("export interface VoicemailsResource {");
    expect(client).toMatch(
      /List voicemails\.[\s\S]*Scope: `CONVERSATIONS_READ`\. `GET \/v2\/api\/voicemails`\.[\s\S]*@example[\s\S]*allo\.voicemails\.list/,
    );
  }, 240_000);

  it("is called by the client, the CLI, the MCP server and the proxy", async () => {
    await cp(join(FIXTURES, "surfaces.ts"), join(dir, "scratch/surfaces.ts"));
    const { stdout } = await inCopy("--import", "tsx", "scratch/surfaces.ts");
    const result = JSON.parse(stdout);
    const voicemail = { id: "vm-abc123", duration_seconds: 42, transcript: "Please call me back." };
    expect(result.client).toEqual({ list: [voicemail], get: voicemail });
    expect(result.cli).toEqual({ data: voicemail });
    expect(result.mcp.tools.sort()).toEqual(["allo_voicemails_get", "allo_voicemails_list"]);
    expect(result.mcp.answer).toEqual({ data: voicemail });
    // The proxy forwards the operation it was told to allow, and refuses the other.
    expect(result.proxy).toEqual({ status: 200, body: { data: [voicemail] }, notAllowed: 403 });
    expect(result.seen).toEqual([
      "GET /v2/api/voicemails",
      "GET /v2/api/voicemails/vm-abc123",
      "GET /v2/api/voicemails/vm-abc123",
      "GET /v2/api/voicemails/vm-abc123",
      "GET /v2/api/voicemails?allo_number=%2B14155550100",
    ]);
  }, 120_000);

  it("is documented on the docs page built from the spec, and in llms.txt", async () => {
    await inCopy("--import", "tsx", "scripts/docs.ts");
    const page = await readFile(join(dir, "docs/index.html"), "utf8");
    expect(page).toContain("List voicemails");
    expect(page).toContain("/v2/api/voicemails/{id}");
    const llms = await readFile(join(dir, "llms.txt"), "utf8");
    expect(llms).toContain("| `voicemails.list` | `GET /v2/api/voicemails` | CONVERSATIONS_READ | read | List voicemails |");
  }, 120_000);
});
