// npm run test:runtimes: the packed tarball's smoke tests (test/package/consumer/smoke.mjs and
// smoke.cjs) under Node 18, 20, 22 and 24, Bun and Deno. Each runtime comes from the npm registry
// as its platform package (plain binaries, no install script needed). Prints a table, writes it to
// test-artifacts/runtimes.md, and exits 1 when any runtime fails.
//   --update-readme   also rewrite the README's table (between the runtimes:start/end markers)
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT, installConsumer, removeConsumer } from "./lib/packed-consumer.js";

const run = promisify(execFile);
const os = process.platform;
const arch = process.arch;

interface Runtime {
  name: string;
  pkg: string;
  /** Path of the binary inside the installed package. */
  bin: string;
  args: string[];
}

const nodeRuntime = (major: number): Runtime => ({
  name: `Node ${major}`,
  pkg: `node-${os}-${arch}@${major}`,
  bin: join("node_modules", `node-${os}-${arch}`, "bin", "node"),
  args: [],
});

const RUNTIMES: Runtime[] = [
  nodeRuntime(18),
  nodeRuntime(20),
  nodeRuntime(22),
  nodeRuntime(24),
  {
    name: "Bun",
    pkg: `@oven/bun-${os}-${arch === "arm64" ? "aarch64" : arch}@1.4.5`,
    bin: join("node_modules", "@oven", `bun-${os}-${arch === "arm64" ? "aarch64" : arch}`, "bin", "bun"),
    args: [],
  },
  {
    name: "Deno",
    pkg: `@deno/${os}-${arch}${os === "linux" ? "-glibc" : ""}@2.9.6`,
    bin: join("node_modules", "@deno", `${os}-${arch}${os === "linux" ? "-glibc" : ""}`, "deno"),
    args: ["run", "-A"],
  },
];

const cache = join(ROOT, "node_modules", ".cache", "allo-runtimes");

async function install(runtime: Runtime): Promise<string> {
  const dir = join(cache, runtime.name.replace(/\s+/g, "-").toLowerCase());
  const binary = join(dir, runtime.bin);
  if (!existsSync(binary)) {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "package.json"), "{}");
    await run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", runtime.pkg], {
      cwd: dir,
      maxBuffer: 16 * 1024 * 1024,
    });
  }
  return binary;
}

interface Row {
  name: string;
  version: string;
  esm: string;
  cjs: string;
}

async function smoke(binary: string, runtime: Runtime, file: string, cwd: string): Promise<{ ok: boolean; detail: string }> {
  try {
    const { stdout } = await run(binary, [...runtime.args, join("smoke", file)], { cwd, timeout: 120_000 });
    const line = stdout.trim().split("\n").at(-1) ?? "";
    const result = JSON.parse(line) as { ok: boolean; checks?: Record<string, boolean> };
    const failed = Object.entries(result.checks ?? {})
      .filter(([, v]) => !v)
      .map(([k]) => k);
    return { ok: result.ok, detail: failed.length ? `failed: ${failed.join(", ")}` : "" };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, detail: (e.stderr || e.stdout || e.message).trim().split("\n").slice(-3).join(" ") };
  }
}

const consumer = await installConsumer({ withPeers: true });
const rows: Row[] = [];
let failures = 0;
// An install with its peers weighs over a hundred megabytes: removed however the runs go.
try {
  for (const runtime of RUNTIMES) {
    let binary: string;
    try {
      binary = await install(runtime);
    } catch (error) {
      rows.push({ name: runtime.name, version: "not installable here", esm: "-", cjs: "-" });
      failures++;
      console.error(`${runtime.name}: ${(error as Error).message}`);
      continue;
    }
    const { stdout: version } = await run(binary, ["--version"]);
    const cells: string[] = [];
    for (const file of ["smoke.mjs", "smoke.cjs"]) {
      const { ok, detail } = await smoke(binary, runtime, file, consumer.dir);
      if (!ok) failures++;
      cells.push(ok ? "pass" : `FAIL ${detail}`);
    }
    rows.push({
      name: runtime.name,
      version: version
        .trim()
        .split("\n")[0]!
        .replace(/^deno /, "")
        .split(" ")[0]!,
      esm: cells[0]!,
      cjs: cells[1]!,
    });
    console.error(`${runtime.name}: ${cells.join(", ")}`);
  }
} finally {
  await removeConsumer(consumer);
}

const table = [
  "| runtime | version | `import` (ESM) | `require` (CJS) |",
  "|---|---|---|---|",
  ...rows.map((r) => `| ${r.name} | ${r.version} | ${r.esm} | ${r.cjs} |`),
].join("\n");
console.log(table);

await mkdir(join(ROOT, "test-artifacts"), { recursive: true });
await writeFile(join(ROOT, "test-artifacts", "runtimes.md"), `${table}\n`);
if (process.argv.includes("--update-readme")) {
  const readmePath = join(ROOT, "README.md");
  const readme = await readFile(readmePath, "utf8");
  const updated = readme.replace(/(<!-- runtimes:start -->\n)[\s\S]*?(<!-- runtimes:end -->)/, `$1${table}\n$2`);
  if (updated === readme && !readme.includes(table)) throw new Error("README has no runtimes:start/end markers");
  await writeFile(readmePath, updated);
}
process.exit(failures ? 1 : 0);
