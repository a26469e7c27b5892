// Builds allo-client, packs it with `npm pack`, and installs the tarball into a fresh folder, as a
// user would. Used by test/package/*.test.ts and scripts/test-runtimes.ts.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PRISM = "@stoplight/prism-cli@5.14.2";
/** What a user installs beside allo-client for the mock and the React entry (optional peers). */
const PEERS = [PRISM, "react@19.3.1", "react-dom@19.3.1", "@tanstack/react-query@5.108.0", "@types/react@19.3.0"];

let packed: Promise<string> | undefined;

/** `npm run build`, then `npm pack`: the path of the tarball (once per process). */
export function packTarball(): Promise<string> {
  packed ??= (async () => {
    await run("npm", ["run", "--silent", "build"], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
    const dest = await mkdtemp(join(tmpdir(), "allo-pack-"));
    await run("npm", ["pack", "--silent", "--pack-destination", dest], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
    const [file] = (await readdir(dest)).filter((f) => f.endsWith(".tgz"));
    if (!file) throw new Error("npm pack wrote no tarball");
    return join(dest, file);
  })();
  return packed;
}

export interface Consumer {
  dir: string;
  tarball: string;
}

/**
 * A fresh folder with allo-client installed from the tarball (and, with `withPeers`, Prism, React
 * and react-query beside it, as a user adds them for the mock and the React entry), plus the smoke
 * scripts of test/package/consumer/.
 */
export async function installConsumer({ withPeers }: { withPeers: boolean }): Promise<Consumer> {
  const tarball = await packTarball();
  const dir = await mkdtemp(join(tmpdir(), "allo-consumer-"));
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2));
  const packages = withPeers ? [tarball, ...PEERS] : [tarball];
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", ...packages], {
    cwd: dir,
    maxBuffer: 32 * 1024 * 1024,
  });
  await mkdir(join(dir, "smoke"), { recursive: true });
  await cp(join(ROOT, "test", "package", "consumer"), join(dir, "smoke"), { recursive: true });
  return { dir, tarball };
}

/**
 * Removes an install and the tarball it came from (over a hundred megabytes with the peers). Under
 * vitest the run's temporary folder goes as a whole (test/setup/temp-dir.ts); a script removes its own.
 */
export async function removeConsumer(consumer: Consumer): Promise<void> {
  await rm(consumer.dir, { recursive: true, force: true });
  await rm(dirname(consumer.tarball), { recursive: true, force: true });
}
