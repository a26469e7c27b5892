// The CLI run in this process, for tests that run many commands: the same program bin.ts runs,
// with its output collected instead of written.
import { operations, type OperationEntry, type OperationName } from "../../generated/operations.js";
import { reportFailure } from "../../src/cli/failure.js";
import { flagOf } from "../../src/cli/names.js";
import { createIo, type Sink } from "../../src/cli/output.js";
import { buildProgram, type Running } from "../../src/cli/program.js";
import { pathParamsOf } from "../../src/operations/flat-input.js";

export const KEY = "ak_live_in_process_KEY_91c2";

export function sink(into: string[], isTTY = false): Sink {
  const write = (text: string) => {
    into.push(text);
    return true;
  };
  return { write, once: () => undefined, isTTY };
}

export interface Terminal {
  /** stdout is a terminal. */
  tty?: boolean;
  stderrTty?: boolean;
  stdinTty?: boolean;
  /** What the user types at a prompt (a line), or null for the end of stdin. */
  answer?: string | null;
}

/** Runs `allo <args>`; resolves to what it printed, or rejects as bin.ts would see it. */
export async function allo(args: readonly string[], terminal: Terminal = {}): Promise<{ stdout: string; stderr: string }> {
  const { out, err, parse } = runner(args, terminal);
  try {
    await parse();
  } catch (error) {
    throw Object.assign(error as Error, { stdout: out.join(""), stderr: err.join("") });
  }
  return { stdout: out.join(""), stderr: err.join("") };
}

/** Runs `allo <args>` to its end as bin.ts does: what it printed and its exit code. */
export async function run(args: readonly string[], terminal: Terminal = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { out, err, io, running, parse } = runner(args, terminal);
  let code = 0;
  try {
    await parse();
  } catch (error) {
    code = await reportFailure(error, io, running.name);
  }
  return { code, stdout: out.join(""), stderr: err.join("") };
}

function runner(args: readonly string[], { tty = false, stderrTty = false, stdinTty = false, answer = null }: Terminal) {
  const out: string[] = [];
  const err: string[] = [];
  const io = createIo(sink(out, tty), sink(err, stderrTty));
  const running: Running = { name: null };
  const program = buildProgram(
    { io, env: { ALLO_API_KEY: KEY }, stdin: async () => "", stdinIsTTY: stdinTty, readLine: async () => answer },
    running,
  );
  return { out, err, io, running, parse: () => program.parseAsync([...args], { from: "user" }) };
}

/** The words, arguments and flags that give an operation `input`, as a user would type them. */
export function argsOf(name: OperationName, input: Readonly<Record<string, unknown>>): string[] {
  const op: OperationEntry = operations[name];
  const args = [...name.split(".").map((w) => w.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase())];
  const params = pathParamsOf(op);
  for (const param of params) args.push(String(input[param]));
  for (const [field, value] of Object.entries(input)) {
    if (params.includes(field)) continue;
    const flag = flagOf(field);
    if (Array.isArray(value) && value.every((v) => typeof v !== "object")) for (const item of value) args.push(flag, String(item));
    else if (value !== null && typeof value === "object") args.push(flag, JSON.stringify(value));
    else args.push(flag, String(value));
  }
  return args;
}
