// Runs the allo-mock bin from its source, as a user runs `npx allo-mock ...`: a real process, with
// tsx compiling src/mock/cli.ts on the fly. tsx is loaded into that process (`node --import tsx`)
// rather than run as its own command, which would put a relay process between the test and
// allo-mock: the child here is allo-mock itself, so a signal sent to it reaches allo-mock.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CLI = "src/mock/cli.ts";

/** The environment of the parent, without the variables the command reads unless a test sets them. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["ALLO_WEBHOOK_SECRET", "ALLO_MOCK_PORT", "ALLO_MOCK_DYNAMIC"]) delete env[name];
  return { ...env, ...extra };
}

/** `allo-mock <args>` (or another program of this repository, `script`) started, its output collected as it comes. */
export function start(
  args: readonly string[],
  env: NodeJS.ProcessEnv = cleanEnv(),
  script = CLI,
): { child: ChildProcess; output: () => { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, output: () => ({ stdout, stderr }) };
}

/** `allo-mock <args>` run to its end: exit code and output. */
export async function run(
  args: readonly string[],
  env?: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { child, output } = start(args, env);
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  return { code, ...output() };
}

/** Resolves once the output so far matches `pattern`; rejects if the process ends first. */
export function waitForOutput(started: ReturnType<typeof start>, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const { stdout, stderr } = started.output();
      const all = stdout + stderr;
      if (pattern.test(all)) {
        started.child.stdout!.off("data", check);
        started.child.stderr!.off("data", check);
        started.child.off("close", ended);
        resolve(all);
      }
    };
    const ended = () =>
      reject(new Error(`allo-mock ended before printing ${pattern}:\n${started.output().stdout}${started.output().stderr}`));
    started.child.stdout!.on("data", check);
    started.child.stderr!.on("data", check);
    started.child.once("close", ended);
    check();
  });
}
