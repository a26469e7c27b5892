// Prism ends with the process that started it, even one killed by SIGKILL, when no handler of its
// own runs: otherwise Prism outlives it and keeps holding the port (the next `allo-mock` then
// finds it busy). Both starters are killed for real: the allo-mock bin, and a program that called
// startAlloMock().
import { execFile } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { promisify } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { cleanEnv, start, waitForOutput } from "./run-cli.js";

interface Process {
  pid: number;
  ppid: number;
  state: string;
  args: string;
}

async function processes(): Promise<Process[]> {
  const { stdout } = await promisify(execFile)("ps", ["-A", "-o", "pid=,ppid=,stat=,args="]);
  return stdout
    .split("\n")
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/))
    .filter((m) => m !== null)
    .map(([, pid, ppid, state, args]) => ({ pid: Number(pid), ppid: Number(ppid), state: state!, args: args! }));
}

/** Prism's process, started by `parent`. */
async function prismOf(parent: number): Promise<Process> {
  const prism = (await processes()).filter((p) => p.ppid === parent && p.args.includes("prism-cli"));
  expect(prism, `the Prism that process ${parent} started`).toHaveLength(1);
  return prism[0]!;
}

/**
 * Whether `prism` still runs: a process that has exited but that no one has reaped yet (state Z)
 * does not, nor another program that was given its pid since.
 */
async function running(prism: Process): Promise<boolean> {
  const found = (await processes()).find((p) => p.pid === prism.pid && p.args === prism.args);
  return found !== undefined && !found.state.startsWith("Z");
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const hasPs = await promisify(execFile)("ps", ["-o", "pid=", "-p", String(process.pid)]).then(
  () => true,
  () => false,
);
if (!hasPs) console.warn("exit-with-parent.test.ts skipped: `ps` is needed to find Prism's process");

describe.skipIf(!hasPs)("Prism after its starter is killed by SIGKILL", () => {
  it.each([
    ["the allo-mock bin (Prism behind the request log)", (port: number) => start(["--port", String(port)])],
    ["the allo-mock bin (Prism on the port itself, --quiet)", (port: number) => start(["--port", String(port), "--quiet"])],
    ["a program that called startAlloMock()", (port: number) => start([String(port)], cleanEnv(), "test/mock/fixtures/hold-mock.ts")],
  ])("exits and frees the port, %s", { timeout: 60_000 }, async (_, startMock) => {
    const port = await freePort();
    const mock = startMock(port);
    let prism: Process | undefined;
    try {
      await waitForOutput(mock, new RegExp(`Base URL: http://127\\.0\\.0\\.1:${port}`));
      prism = await prismOf(mock.child.pid!);
      const started = prism;
      // Prism's own port: the one asked for, or a private one behind the request log.
      const prismPort = Number(started.args.match(/ -p (\d+)/)?.[1]);
      expect(await canListen(prismPort)).toBe(false);

      mock.child.kill("SIGKILL");
      await once(mock.child, "close");

      await vi.waitFor(
        async () => {
          expect(await running(started), `Prism (pid ${started.pid}) still running`).toBe(false);
          expect(await canListen(prismPort), `port ${prismPort} still held`).toBe(true);
          expect(await canListen(port), `port ${port} still held`).toBe(true);
        },
        { timeout: 20_000, interval: 100 },
      );
    } finally {
      mock.child.kill("SIGKILL");
      // A Prism left running by a failed run would hold its port until the machine restarts.
      if (prism && (await running(prism))) process.kill(prism.pid, "SIGKILL");
    }
  });
});
