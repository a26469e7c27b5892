// npm run bench:ab -- <git-ref>: numbers.list() through the client of <git-ref> and through the
// working tree's, interleaved in one process against bench/server.mjs on loopback, beside raw
// fetch and bare openapi-fetch. For changes whose effect (a few percent) is below the drift
// between two runs of `npm run bench`: both builds see the same machine at the same moments.
// Never part of pass/fail.
import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import createClient from "openapi-fetch";
import type { paths } from "../generated/allo.js";
import { ROOT } from "../scripts/lib/packed-consumer.js";
import { interleave, startServer } from "./lib.js";

const run = promisify(execFile);
const ref = process.argv[2];
if (!ref) {
  console.error("usage: npm run bench:ab -- <git-ref>   (compares that ref's client with the working tree's)");
  process.exit(2);
}
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 8000);
const WARMUP = 1000;

const dir = await mkdtemp(join(tmpdir(), "allo-ab-"));
const server = await startServer();
try {
  // The ref's src/ and generated/, as committed; both sides bundled the same way, with this
  // checkout's node_modules.
  const { stdout: archive } = await run("git", ["archive", "--format=tar", ref, "src", "generated"], {
    cwd: ROOT,
    encoding: "buffer",
    maxBuffer: 64 * 1024 * 1024,
  });
  await new Promise<void>((resolve, reject) => {
    const tar = spawn("tar", ["-x", "-C", dir], { stdio: ["pipe", "inherit", "inherit"] });
    tar.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`tar exited ${code}`))));
    tar.stdin.end(archive);
  });
  const bundle = async (root: string, out: string) => {
    await build({
      entryPoints: [join(root, "src", "index.ts")],
      bundle: true,
      format: "esm",
      platform: "node",
      target: "es2022",
      nodePaths: [join(ROOT, "node_modules")],
      outfile: out,
      logLevel: "silent",
    });
    return (await import(pathToFileURL(out).href)) as typeof import("../src/index.js");
  };
  const before = await bundle(dir, join(dir, "before.mjs"));
  const after = await bundle(ROOT, join(dir, "after.mjs"));

  const { url } = server;
  const a = new before.AlloClient({ apiKey: "bench", baseUrl: url });
  const b = new after.AlloClient({ apiKey: "bench", baseUrl: url });
  const bare = createClient<paths>({ baseUrl: url, headers: { authorization: "bench" } });
  const variants: Record<string, () => Promise<unknown>> = {
    "raw fetch + JSON.parse": async () =>
      JSON.parse(await (await fetch(`${url}/v1/api/numbers`, { headers: { authorization: "bench" } })).text()),
    // The per-call guard's baseline (see bench/run.ts).
    "bare openapi-fetch": async () => (await bare.GET("/v1/api/numbers")).data,
    [`at ${ref}`]: () => a.numbers.list(),
    "working tree": () => b.numbers.list(),
  };
  console.log(`numbers.list() over loopback, ${REQUESTS} interleaved requests each (µs)`);
  console.table(await interleave(variants, WARMUP, REQUESTS));
} finally {
  server.child.kill();
  await rm(dir, { recursive: true, force: true });
}
