// llms.txt at the package root (https://llmstxt.org): what the package is, its entries and bins,
// every method with its HTTP operation and scope, its errors, and where the guides are. Made from
// package.json, the README (its summary table of entries, first example and errors table), the
// spec's operation table and the guides' titles, so it says what they say. `npm run generate`
// writes it; test/cli/llms.test.ts fails when it is stale.
import { readdir, readFile } from "node:fs/promises";
import { tableFromSpec } from "./operations-from-spec.js";

type Spec = Record<string, any>;

/** The text of a `## heading` section of a markdown file, up to the next `## `. */
export function section(markdown: string, heading: string): string {
  const start = markdown.search(new RegExp(`^## ${heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "m"));
  if (start < 0) return "";
  const rest = markdown.slice(start).split("\n").slice(1).join("\n");
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The rows of the markdown table whose first header cell is `first`, cells trimmed, header and rule left out. */
export function tableRows(text: string, firstHeader: string): string[][] {
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l.replace(/\s/g, "").startsWith(`|${firstHeader}|`));
  if (first < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

function firstCodeBlock(text: string, lang: string): string | null {
  const match = new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(text);
  return match ? match[1]! : null;
}

/** A guide's title (its `# ` heading) and the first sentence of its first paragraph, if any comes before a section. */
export function guideSummary(markdown: string): { title: string; note: string | null } {
  const title = /^# (.+)$/m.exec(markdown)?.[1]?.trim() ?? "";
  const body = markdown.slice(markdown.indexOf(title) + title.length).trimStart();
  if (body.startsWith("#") || body.startsWith("```")) return { title, note: null };
  const paragraph = body.split(/\n\s*\n/)[0]!.replace(/\s*\n\s*/g, " ");
  // A period not part of an ellipsis, before a capital or the end.
  const sentence = /^(.*?[^.]\.)(?=\s+[A-Z]|$)/.exec(paragraph)?.[1] ?? paragraph;
  return { title, note: sentence };
}

export async function llmsTxt(spec: Spec, root: URL): Promise<string> {
  const read = (path: string) => readFile(new URL(path, root), "utf8");
  const pkg = JSON.parse(await read("package.json"));
  const readme = await read("README.md");
  const out: string[] = [`# ${pkg.name}`, "", `> ${pkg.description}`, ""];

  const start = firstCodeBlock(section(readme, "Use it in your project"), "ts");
  out.push(`Install with \`npm install ${pkg.name}\` (Node ${pkg.engines?.node ?? ""}, ESM and CommonJS, types included).`);
  if (start) out.push("", "```ts", start.trimEnd(), "```");
  out.push(
    "",
    "Every method validates its input before sending (`AlloValidationError` naming the field), resolves to the answer's `data`, and takes optional per-call options last (`signal`, `timeout`, `maxRetries`, `headers`, `idempotencyKey`).",
    "",
  );

  out.push("## Entries", "");
  const described = new Map(tableRows(readme, "entry").map(([entry, what]) => [entry!.replace(/`/g, ""), what!]));
  for (const path of Object.keys(pkg.exports ?? {})) {
    if (path === "./package.json") continue;
    const name = path === "." ? pkg.name : `${pkg.name}/${path.slice(2)}`;
    const what = described.get(name);
    out.push(`- \`${name}\`${what ? `: ${what}` : ""}`);
  }
  const bins = Object.keys(pkg.bin ?? {});
  if (bins.length) out.push(`- bins: ${bins.map((b) => `\`${b}\``).join(", ")} (\`npx <bin> --help\`)`);
  out.push("");

  const entries = tableFromSpec(spec);
  out.push(
    "## Methods",
    "",
    `Every operation of the spec (\`generated/allo.openapi.yaml\`), by SDK method: \`allo.<method>(...)\`. The CLI command is the method's words (\`conversations.items.batchGet\` is \`allo conversations items batch-get\`); the MCP tool is \`allo_\` and the method in snake_case (\`allo_conversations_items_batch_get\`), offered for reads, and for writes only when allowed.`,
    "",
    "| method | HTTP | scope | kind | what |",
    "|---|---|---|---|---|",
  );
  for (const e of entries) {
    const kind = [e.readOnly ? "read" : "write", e.pagination ? "paginated" : ""].filter(Boolean).join(", ");
    out.push(`| \`${e.name}\` | \`${e.method} ${e.path}\` | ${e.scope ?? "none"} | ${kind} | ${e.summary} |`);
  }
  out.push("");

  const errors = section(readme, "Errors").trim();
  if (errors) out.push("## Errors", "", errors.split(/\n\s*\n/)[0]!.trim(), "");

  out.push("## Docs", "");
  const guides = (await readdir(new URL("docs/", root))).filter((f) => f.endsWith(".md")).sort();
  for (const file of guides) {
    const { title, note } = guideSummary(await read(`docs/${file}`));
    out.push(`- [${title.replace(/`/g, "")}](docs/${file})${note ? `: ${note}` : ""}`);
  }
  out.push("- [README](README.md): the whole package, its options, retries, errors and tests", "");
  out.push(
    "## Optional",
    "",
    "- [OpenAPI spec](generated/allo.openapi.yaml): the API as the SDK knows it, bundled into one file",
    "- [CHANGELOG](CHANGELOG.md)",
    "",
  );
  return out.join("\n");
}
