// Runs the installed `allo` bin as a user runs `npx allo ...`: a real process, its output collected,
// and the key it was given checked absent from everything it printed.
import { spawn, spawnSync } from "node:child_process";
import { expect } from "vitest";
import type { PackedInstall } from "../helpers/packed-install.js";

/** What every run is given as ALLO_API_KEY: long and distinctive, so any echo of it is found. */
export const KEY = "ak_live_cli_TEST_KEY_3f9a7c21d4";

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The parent's environment without what the CLI reads, plus `extra`. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["ALLO_API_KEY", "ALLO_BASE_URL", "ALLO_LOG"]) delete env[name];
  return { ...env, ALLO_API_KEY: KEY, ...extra };
}

export function runAllo(
  install: PackedInstall,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string; bin?: string } = {},
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(install.bin(options.bin ?? "allo"), [...args], {
      cwd: install.dir,
      env: options.env ?? cleanEnv(),
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end(options.stdin ?? "");
    child.once("error", reject);
    child.once("close", (code) => {
      expect(stdout, "stdout shows the key").not.toContain(KEY);
      expect(stderr, "stderr shows the key").not.toContain(KEY);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Whether util-linux `script` is here, to run the bin on a terminal of its own (a pseudo-terminal). */
export const HAS_SCRIPT = spawnSync("script", ["--version"]).status === 0;

/**
 * Runs the installed `allo` on a pseudo-terminal, as a person at a terminal runs it: stdin, stdout
 * and stderr are all that terminal, so what it prints comes back as one text; `input` is typed in.
 */
export function runAlloOnTerminal(
  install: PackedInstall,
  args: readonly string[],
  input = "",
): Promise<{ code: number | null; output: string }> {
  const quote = (word: string) => `'${word.replace(/'/g, "'\\''")}'`;
  const command = [install.bin("allo"), ...args].map(quote).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", command, "/dev/null"], { cwd: install.dir, env: cleanEnv(), stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stdin.end(input);
    child.once("error", reject);
    child.once("close", (code) => {
      expect(output, "the terminal shows the key").not.toContain(KEY);
      resolve({ code, output });
    });
  });
}
