// llms.txt at the package root: what `npm run generate` makes from package.json, the README, the
// operation table and the guides, so it cannot drift from them.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { operationNames, operations } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import { LLMS_TXT } from "../../scripts/generate.js";
import { guideSummary, section, tableRows } from "../../scripts/llms-from-spec.js";

describe("llms.txt", () => {
  it("is what package.json, the README, the spec and the guides make (run `npm run generate` if not)", async () => {
    const committed = await readFile(LLMS_TXT.file, "utf8");
    expect(committed === (await LLMS_TXT.make()), "llms.txt is stale: run `npm run generate` and commit it").toBe(true);
  });

  it("starts with the package's name and summary, and lists every method with its operation and scope", async () => {
    const text = await readFile(LLMS_TXT.file, "utf8");
    const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8"));
    expect(text.startsWith(`# ${pkg.name}\n\n> ${pkg.description}\n`)).toBe(true);
    for (const name of operationNames) {
      const op = operations[name];
      expect(text).toContain(`| \`${name}\` | \`${op.method} ${op.path}\` | ${tools[name].scope ?? "none"} |`);
    }
    for (const path of Object.keys(pkg.exports).filter((p) => p !== "./package.json")) {
      expect(text).toContain(`- \`${path === "." ? pkg.name : `${pkg.name}/${path.slice(2)}`}\``);
    }
  });

  it("links only files the package ships", async () => {
    const text = await readFile(LLMS_TXT.file, "utf8");
    const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8"));
    const shipped = (file: string) =>
      ["README.md", "package.json"].includes(file) ||
      pkg.files.some(
        (f: string) =>
          file === f || file.startsWith(`${f}/`) || (f.endsWith("/*.md") && file.startsWith(f.slice(0, -4)) && file.endsWith(".md")),
      );
    const links = [...text.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(shipped(link), link).toBe(true);
  });

  it("reads markdown as the README writes it: a section, a table by its first header, a guide's first sentence", () => {
    const md = "# T\n\n## A\n\n| entry | what |\n|---|---|\n| `x` | the x |\n\n## B\n\nb";
    expect(section(md, "A").trim()).toBe("| entry | what |\n|---|---|\n| `x` | the x |");
    expect(tableRows(md, "entry")).toEqual([["`x`", "the x"]]);
    expect(guideSummary("# Guide\n\nIt does this... and that. Then more.\n\n## Part")).toEqual({
      title: "Guide",
      note: "It does this... and that.",
    });
    expect(guideSummary("# Guide\n\n## Part\n\ntext")).toEqual({ title: "Guide", note: null });
  });
});
