// npm run spec:drift -- [file or URL] [--json] [--all]
//
// Compares Allo's published OpenAPI document (by default the newest copy in spec/upstream/) with our
// spec (spec/allo.openapi.yaml, bundled as `npm run generate` bundles it): operations, parameters,
// request and answer fields, types, enums and required lists that differ. Each difference is either
// accepted in spec/drift-accepted.yaml, with its reason, or printed here; the exit code is 1 when any
// is not accepted, 0 otherwise (2 when a document cannot be read). docs/fidelity.md says how to act
// on the output.
import { readdir, readFile } from "node:fs/promises";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { type Judged, judge, parseAccepted } from "./lib/drift-accepted.js";
import { compareSpecs } from "./lib/drift-compare.js";

type Json = Record<string, any>;

const root = new URL("../", import.meta.url);
export const UPSTREAM_DIR = new URL("spec/upstream/", root);
export const ACCEPTED_FILE = new URL("spec/drift-accepted.yaml", root);

const USAGE = "usage: npm run spec:drift -- [file or URL of Allo's OpenAPI document] [--json] [--all]";

/** The newest copy of Allo's document in spec/upstream/ (names carry their date: allo-openapi-YYYY-MM-DD.json). */
export async function newestUpstream(dir: URL = UPSTREAM_DIR): Promise<string> {
  const copies = (await readdir(dir)).filter((f) => /^allo-openapi-\d{4}-\d{2}-\d{2}\.(json|ya?ml)$/.test(f)).sort();
  const newest = copies.at(-1);
  if (!newest) throw new Error(`no copy of Allo's document (allo-openapi-YYYY-MM-DD.json) in ${fileURLToPath(dir)}`);
  return fileURLToPath(new URL(newest, dir));
}

/** A JSON or YAML document from a file or an http(s) URL. */
export async function loadDocument(source: string, fetchImpl: typeof fetch = fetch): Promise<Json> {
  let text: string;
  if (/^https?:\/\//i.test(source)) {
    const url = new URL(source);
    const shown = `${url.origin}${url.pathname}`;
    const answer = await fetchImpl(url, { signal: AbortSignal.timeout(30_000) });
    if (!answer.ok) throw new Error(`GET ${shown} answered ${answer.status}; check the URL, or download the document and pass its file`);
    text = await answer.text();
  } else {
    text = await readFile(source, "utf8");
  }
  const doc: unknown = text.trimStart().startsWith("{") ? JSON.parse(text) : parse(text);
  if (!doc || typeof doc !== "object" || !("paths" in doc)) throw new Error(`${source} is not an OpenAPI document (it has no paths)`);
  return doc as Json;
}

/** Allo's document against ours, judged by the accepted list. */
export function drift(upstream: Json, ours: Json, acceptedText: string): Judged {
  return judge(compareSpecs(upstream, ours), parseAccepted(acceptedText));
}

/** A reason on one line, cut after about 100 characters (the whole of it is in the file and in --json). */
function brief(reason: string): string {
  const line = reason.replace(/\s+/g, " ").trim();
  return line.length <= 100 ? line : `${line.slice(0, line.lastIndexOf(" ", 100))} ...`;
}

/** The report for a person: differences grouped by operation, then the stale acceptances. */
export function formatReport(judged: Judged, upstreamLabel: string, all = false): string {
  const lines = [`spec:drift: Allo's document ${upstreamLabel} against spec/allo.openapi.yaml`];
  const shown = all ? [...judged.unaccepted, ...judged.accepted] : judged.unaccepted;
  const byOperation = new Map<string, string[]>();
  for (const d of shown) {
    const note = "acceptance" in d ? `   (accepted: ${brief((d as Judged["accepted"][number]).acceptance.reason)})` : "";
    byOperation.set(d.operation, [...(byOperation.get(d.operation) ?? []), `  ${d.detail}${note}`]);
  }
  for (const [operation, details] of byOperation) lines.push("", operation, ...details);
  lines.push(
    "",
    `${judged.unaccepted.length} difference(s) not accepted, ${judged.accepted.length} accepted in spec/drift-accepted.yaml` +
      (all || !judged.accepted.length ? "." : " (--all lists them)."),
  );
  if (judged.unaccepted.length) {
    lines.push(
      "Fix each in spec/ (then npm run generate, npm test), or accept it in spec/drift-accepted.yaml with a reason: see docs/fidelity.md.",
    );
  }
  if (judged.stale.length) {
    lines.push("", "Stale acceptances (they match no difference any more; remove them from spec/drift-accepted.yaml):");
    for (const name of judged.stale) lines.push(`  ${name}`);
  }
  return `${lines.join("\n")}\n`;
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  fetch?: typeof fetch;
  /** Our spec, bundled; by default scripts/generate.ts's bundledSpec(). */
  ours?: () => Promise<Json>;
}

/** The command: prints the report (or `--json`) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const sources = argv.filter((a) => !a.startsWith("--"));
  const unknown = [...flags].filter((f) => f !== "--json" && f !== "--all");
  if (unknown.length || sources.length > 1) {
    io.err(`spec:drift: ${unknown.length ? `unknown option ${unknown.join(", ")}` : "one document at a time"}\n${USAGE}\n`);
    return 2;
  }
  try {
    const source = sources[0] ?? (await newestUpstream());
    const near = relative(process.cwd(), source);
    const label = /^https?:\/\//i.test(source) || !near || near.startsWith("..") ? source : near;
    const ours = io.ours ?? (async () => (await import("./generate.js")).bundledSpec());
    const [upstream, spec, accepted] = await Promise.all([loadDocument(source, io.fetch), ours(), readFile(ACCEPTED_FILE, "utf8")]);
    const judged = drift(upstream, spec, accepted);
    if (flags.has("--json")) io.out(`${JSON.stringify({ upstream: label, ...judged }, null, 2)}\n`);
    else io.out(formatReport(judged, label, flags.has("--all")));
    return judged.unaccepted.length ? 1 : 0;
  } catch (error) {
    io.err(`spec:drift: ${(error as Error).message}\n`);
    return 2;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
}
