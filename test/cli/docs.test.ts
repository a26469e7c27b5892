// docs/cli-and-mcp.md: every `allo` command it shows runs against the mock and exits 0, printing an
// answer (or, for a delete, what was done), every config block is valid JSON that starts the same
// allo-mcp, and the library sample names real exports.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { tools } from "../../generated/tools.js";
import * as mcp from "../../src/mcp/index.js";
import { allo } from "./in-process.js";

const guide = await readFile(new URL("../../docs/cli-and-mcp.md", import.meta.url), "utf8");
const blocks = (lang: string) => [...guide.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, "g"))].map((m) => m[1]!);

/** A shell line's words: quotes removed, a comment and a redirection dropped. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.replace(/\s+#.*$/, "").matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    const word = m[1] ?? m[2] ?? m[3]!;
    if (word === ">") break;
    out.push(word);
  }
  return out;
}

const commands = blocks("sh")
  .flatMap((block) => block.split("\n"))
  .filter((line) => line.startsWith("npx allo "))
  .map(words);

describe("docs/cli-and-mcp.md", () => {
  it("shows a few commands", () => {
    expect(commands.length).toBeGreaterThan(5);
  });

  it.each(commands.map((c) => ({ command: c.join(" "), args: c.slice(2) })))("`$command` runs against the mock", async ({ args }) => {
    const dir = await mkdtemp(join(tmpdir(), "allo-docs-"));
    // A body file the guide names (`--data @person.json`): the spec's example of that body.
    const person = join(dir, "person.json");
    const { id: _, ...body } = tools["crm.people.update"].example as Record<string, unknown>;
    await writeFile(person, JSON.stringify({ ...tools["crm.people.create"].example, ...body }));
    const { stdout, stderr } = await allo([
      "--base-url",
      inject("prismUrl"),
      ...args.map((a) => (a === "@person.json" ? `@${person}` : a)),
    ]);
    // A delete prints no JSON; it says on stderr what was done.
    if (stdout === "") expect(stderr).toMatch(/^allo: done: [^\n]+\n$/);
    else expect(stderr).toBe("");
  });

  it("starts the same allo-mcp from every config block, Claude Code's command line included", () => {
    const configs = blocks("json").map((text) => JSON.parse(text));
    expect(configs).toHaveLength(3);
    const servers = configs.map((c) => (c.mcpServers ?? c.servers).allo);
    const expected = ["-y", "-p", "allo-client", "-p", "@modelcontextprotocol/sdk", "allo-mcp"];
    for (const server of servers) expect([server.command, ...server.args]).toEqual(["npx", ...expected]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: VS Code's input variable, as the guide writes it.
    expect(servers.map((s) => s.env.ALLO_API_KEY)).toEqual(["ak_live_...", "ak_live_...", "${input:allo-api-key}"]);
    const claude = blocks("sh")
      .flatMap((b) => b.split("\n"))
      .find((l) => l.startsWith("claude mcp add"))!;
    expect(words(claude).slice(words(claude).indexOf("--") + 1)).toEqual(["npx", ...expected]);
  });

  it("names real exports of allo-client/mcp", () => {
    const sample = blocks("ts").join("\n");
    for (const [, names] of sample.matchAll(/import \{ ([^}]+) \} from "allo-client\/mcp"/g)) {
      for (const name of names!.split(",").map((n) => n.trim())) expect(mcp, name).toHaveProperty(name);
    }
  });
});
