// `allo completion bash|zsh|fish`: a script with every command of the table, which its shell reads
// without a syntax error and which completes command words, an argument's choices and a leaf's
// flags (each shell run where it is installed; skipped, saying so, where it is not).
import { spawnSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { operationNames } from "../../generated/operations.js";
import { commandWords } from "../../src/cli/names.js";
import { run } from "./in-process.js";

const has = (shell: string) => spawnSync(shell, ["-c", "exit 0"]).status === 0;
const scripts: Record<string, string> = {};
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "allo-completion-"));
  for (const shell of ["bash", "zsh", "fish"]) {
    const { code, stdout } = await run(["completion", shell]);
    expect(code).toBe(0);
    scripts[shell] = stdout;
    await writeFile(join(dir, `allo.${shell}`), stdout);
  }
});

/** Runs `code` in `shell` with the script loaded; its stdout, one completion a line. */
function complete(shell: string, code: string): string[] {
  const ran = spawnSync(shell, ["-c", code], { encoding: "utf8", cwd: dir });
  expect(ran.stderr).toBe("");
  return ran.stdout.split("\n").filter(Boolean);
}

describe.each(["bash", "zsh", "fish"])("allo completion %s", (shell) => {
  it("names every command of the table and the flags of an operation", () => {
    const script = scripts[shell]!;
    for (const name of operationNames) for (const word of commandWords(name)) expect(script, name).toContain(word);
    for (const flag of ["--yes", "--dry-run", "--include", "--idempotency-key", "--allo-number", "--date.from", "--base-url"])
      expect(script).toContain(flag);
  });

  it("is read by the shell without a syntax error (where the shell is installed)", (ctx) => {
    if (!has(shell)) ctx.skip(`${shell} is not installed`);
    const check = shell === "fish" ? ["--no-execute", `allo.${shell}`] : ["-n", `allo.${shell}`];
    const ran = spawnSync(shell, check, { encoding: "utf8", cwd: dir });
    expect(ran.stderr).toBe("");
    expect(ran.status).toBe(0);
  });
});

// Each shell is asked as it asks during completion: the words typed so far and the one being typed.
const asBash = (words: string[]) =>
  complete(
    "bash",
    `source allo.bash; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _allo; printf '%s\\n' "\${COMPREPLY[@]}"`,
  );
// zsh's completion system is a line editor's: here its two entry points are stood in for, printing what would be offered.
const asZsh = (words: string[]) =>
  complete(
    "zsh",
    `compdef() { :; }; _describe() { print -l -- "\${(@P)\${@[-1]}}" | sed 's/:.*//' }; source ./allo.zsh; words=(${words.map((w) => `'${w}'`).join(" ")}); CURRENT=${words.length}; PREFIX='${words.at(-1)}'; _allo`,
  ).filter((w) => w.startsWith(words.at(-1)!));
// fish offers fuzzy matches when nothing starts with the word typed: only prefix matches are kept here.
const asFish = (words: string[]) =>
  complete("fish", `source allo.fish; complete -C '${words.join(" ")}'`)
    .map((line) => line.split("\t")[0]!)
    .filter((w) => w.startsWith(words.at(-1)!));

describe.each([
  { shell: "bash", ask: asBash },
  { shell: "zsh", ask: asZsh },
  { shell: "fish", ask: asFish },
])("$shell completes", ({ shell, ask }) => {
  it("command words, level by level (where the shell is installed)", (ctx) => {
    if (!has(shell)) ctx.skip(`${shell} is not installed`);
    expect(ask(["allo", "cr"])).toEqual(["crm"]);
    expect(ask(["allo", "crm", "deals", ""]).sort()).toEqual(["create", "delete", "get", "search", "update"]);
    expect(ask(["allo", "completion", ""]).sort()).toEqual(["bash", "fish", "zsh"]);
  });

  it("an operation's flags, past its arguments and a shared option's value (where the shell is installed)", (ctx) => {
    if (!has(shell)) ctx.skip(`${shell} is not installed`);
    expect(ask(["allo", "--base-url", "http://127.0.0.1:4010", "crm", "deals", "delete", "dea-abc123", "--y"])).toEqual(["--yes"]);
    expect(ask(["allo", "sms", "send", "--idem"])).toEqual(["--idempotency-key"]);
    expect(ask(["allo", "crm", "deals", "get", "dea-abc123", "--y"])).toEqual([]);
  });
});

describe("allo completion", () => {
  it("refuses a shell it has no script for, exit 2", async () => {
    const { code, stderr } = await run(["completion", "powershell"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Allowed choices are bash, zsh, fish");
  });
});
