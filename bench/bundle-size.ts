// Step 2 of `npm run bench`: the size of each entry in a user's bundle (esbuild, minified, gzip -9),
// and of the fixed dependencies alone. Runs alone on a built package: `npx tsx bench/bundle-size.ts`.
//
// An entry is bundled as an app's bundler does it, with code splitting: what the app loads with the
// entry is the entry's own output and the chunks it imports statically; a chunk reached only by a
// dynamic import() (code loaded when an option asks for it) is counted apart, as `lazy`. Without
// splitting, esbuild would inline a dynamic import and count it as loaded up front.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type OutputFile } from "esbuild";
import { ROOT } from "../scripts/lib/packed-consumer.js";

export interface BundleSize {
  entry: string;
  /** What the app loads with the entry: its output and the chunks it imports statically. */
  minBytes: number;
  gzipBytes: number;
  /** Chunks loaded only through a dynamic import(), on demand. */
  lazyMinBytes?: number;
  lazyGzipBytes?: number;
  minBytesByPackage?: Record<string, number>;
}

const OUT = join(ROOT, "bench", ".bundle-size");

// From the repository root: with no tsconfig, "allo-client" resolves through package.json exports
// to dist/ (as for users); with the tsconfig, its paths map it to src/, where each package is its
// own input (zod is bundled into dist/, so only the sources show its share).
const bundle = (code: string, external: string[], fromSources: boolean) =>
  build({
    stdin: { contents: code, resolveDir: ROOT, loader: "js", sourcefile: "app.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    splitting: true,
    outdir: OUT,
    entryNames: "app",
    write: false,
    metafile: true,
    external,
    logLevel: "silent",
    ...(fromSources ? {} : { tsconfigRaw: "{}" }),
  });

/** The app's entry output and every output it reaches by static imports; the others are lazy. */
function split(metafile: Metafile): { eager: string[]; lazy: string[] } {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((f) => outputs[f]!.entryPoint !== undefined);
  if (!entry) throw new Error("bundle-size: esbuild wrote no entry");
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const i of outputs[file]!.imports) if (i.kind === "import-statement" && !i.external) visit(i.path);
  };
  visit(entry);
  return { eager: [...eager], lazy: Object.keys(outputs).filter((f) => !eager.has(f) && !f.endsWith(".map")) };
}

function measure(files: OutputFile[], names: string[]): { min: number; gzip: number } {
  // Output paths are absolute; the metafile's are relative to the working directory.
  const wanted = new Set(names.map((n) => join(process.cwd(), n)));
  const bytes = Buffer.concat(files.filter((f) => wanted.has(f.path)).map((f) => f.contents));
  return { min: bytes.length, gzip: names.length ? gzipSync(bytes, { level: 9 }).length : 0 };
}

export async function bundleSizes(): Promise<BundleSize[]> {
  const entries: Array<{ entry: string; code: string; external?: string[] }> = [
    { entry: "allo-client (import { AlloClient })", code: 'import { AlloClient } from "allo-client"; console.log(AlloClient);' },
  ];
  if (existsSync(join(ROOT, "dist", "webhooks.js"))) {
    entries.push({
      entry: "allo-client/webhooks (import { WebhookReceiver })",
      code: 'import { WebhookReceiver } from "allo-client/webhooks"; console.log(WebhookReceiver);',
    });
  }
  if (existsSync(join(ROOT, "dist", "react.js"))) {
    entries.push({
      entry: "allo-client/react (provider + hooks; react, react-query external)",
      code: 'import * as r from "allo-client/react"; console.log(r);',
      external: ["react", "react-dom", "@tanstack/react-query", "react/jsx-runtime"],
    });
  }
  const out: BundleSize[] = [];
  for (const { entry, code, external = [] } of entries) {
    const built = await bundle(code, external, false);
    const { eager, lazy } = split(built.metafile);
    const up = measure(built.outputFiles, eager);
    const later = measure(built.outputFiles, lazy);
    const fromSources = await bundle(code, external, true);
    const byPackage: Record<string, number> = {};
    for (const file of split(fromSources.metafile).eager) {
      for (const [input, { bytesInOutput }] of Object.entries(fromSources.metafile.outputs[file]!.inputs)) {
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? "allo-client";
        byPackage[pkg] = (byPackage[pkg] ?? 0) + bytesInOutput;
      }
    }
    out.push({
      entry,
      minBytes: up.min,
      gzipBytes: up.gzip,
      ...(lazy.length ? { lazyMinBytes: later.min, lazyGzipBytes: later.gzip } : {}),
      minBytesByPackage: byPackage,
    });
  }
  // The floor under the core entry: the two dependencies the design fixes, at their smallest use
  // (zod/mini's runtime for one object schema, openapi-fetch's createClient), before any of ours.
  const floors = {
    "floor: zod/mini, one object schema": 'import * as z from "zod/mini"; console.log(z.object({ to: z.string() }).safeParse({}));',
    "floor: openapi-fetch createClient": 'import createClient from "openapi-fetch"; console.log(createClient({}));',
    "floor: both":
      'import * as z from "zod/mini"; import createClient from "openapi-fetch"; console.log(z.object({ to: z.string() }).safeParse({}), createClient({}));',
  };
  for (const [entry, code] of Object.entries(floors)) {
    const built = await bundle(code, [], false);
    const { min, gzip } = measure(built.outputFiles, split(built.metafile).eager);
    out.push({ entry, minBytes: min, gzipBytes: gzip });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.table((await bundleSizes()).map(({ minBytesByPackage: _, ...s }) => s));
}
