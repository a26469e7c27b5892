// Every operation of the table has its command, and its example input from the spec, written as
// a user writes it (arguments, flags, repeated flags for lists, JSON for objects), reaches Prism
// and prints the example answer. In process, for speed: cli.test.ts runs the installed bin.
import { describe, expect, inject, it } from "vitest";
import { operationNames, operations, type OperationEntry, type OperationName } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import { flagOf } from "../../src/cli/names.js";
import { createIo, type Sink } from "../../src/cli/output.js";
import { buildProgram } from "../../src/cli/program.js";
import { exampleAnswer } from "./examples.js";

const prism = inject("prismUrl");
const KEY = "ak_live_in_process_KEY_91c2";

function sink(into: string[], isTTY = false): Sink {
  return { write: (text) => (into.push(text), true), once: () => undefined, isTTY };
}

/** Runs `allo <args>` in this process; resolves to what it printed, or rejects as bin.ts would see it. */
export async function allo(args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const program = buildProgram({ io: createIo(sink(out), sink(err)), env: { ALLO_API_KEY: KEY }, stdin: async () => "" });
  await program.parseAsync([...args], { from: "user" });
  return { stdout: out.join(""), stderr: err.join("") };
}

/** The words, arguments and flags that give an operation `input`, as a user would type them. */
export function argsOf(name: OperationName, input: Readonly<Record<string, unknown>>): string[] {
  const op: OperationEntry = operations[name];
  const args = [...name.split(".").map((w) => w.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase())];
  for (const param of op.pathParams) args.push(String(input[param]));
  for (const [field, value] of Object.entries(input)) {
    if (op.pathParams.includes(field)) continue;
    const flag = flagOf(field);
    if (Array.isArray(value) && value.every((v) => typeof v !== "object")) for (const item of value) args.push(flag, String(item));
    else if (value !== null && typeof value === "object") args.push(flag, JSON.stringify(value));
    else args.push(flag, String(value));
  }
  return args;
}

describe("every operation from the command line", () => {
  it.each(operationNames.map((name) => ({ name })))("$name: its example input as arguments and flags prints its example answer", async ({ name }) => {
    const { stdout, stderr } = await allo(["--base-url", prism, ...argsOf(name, tools[name].example)]);
    expect(stderr).toBe("");
    const example = exampleAnswer(name);
    if (example === undefined) expect(stdout).toBe("");
    else expect(JSON.parse(stdout)).toEqual(example);
    expect(stdout).not.toContain(KEY);
  });

  it("prints pretty JSON on a terminal", async () => {
    const out: string[] = [];
    const program = buildProgram({ io: createIo(sink(out, true), sink([])), env: { ALLO_API_KEY: KEY }, stdin: async () => "" });
    await program.parseAsync(["--base-url", prism, "tags", "list"], { from: "user" });
    expect(out.join("")).toBe(`${JSON.stringify(exampleAnswer("tags.list"), null, 2)}\n`);
  });
});
