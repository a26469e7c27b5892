import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Options of {@link startAlloMock}. */
export interface AlloMockOptions {
  /**
   * Port to listen on; `0` picks a free one.
   * @default 0
   */
  port?: number;
  /**
   * Interface to listen on.
   * @default "127.0.0.1"
   */
  host?: string;
  /**
   * OpenAPI document to serve.
   * @default the spec shipped with allo-client (`allo-client/openapi.yaml`)
   */
  spec?: string;
  /**
   * Generate responses from the schemas instead of serving the documented examples.
   * @default false
   */
  dynamic?: boolean;
  /**
   * How long to wait for Prism to listen, in ms.
   * @default 30000
   */
  startTimeout?: number;
  /**
   * The Node.js executable that runs Prism (a Node program).
   * @default the current one under Node; `node` from PATH under Bun or Deno
   */
  node?: string;
}

/** A running Prism mock of the Allo API. */
export interface AlloMock {
  /** Base URL to give the client, such as `http://127.0.0.1:4010` (Prism serves the paths at its root). */
  url: string;
  port: number;
  /** Stops Prism and waits for it to exit. */
  stop(): Promise<void>;
}

const PRISM_MISSING =
  "allo-client/mock needs Prism to mock Allo: install it beside allo-client with `npm install -D @stoplight/prism-cli@5.14.2`.";

/**
 * Starts Prism on the Allo spec, so tests run against a local, key-free Allo.
 *
 * @example
 * // vitest.config.ts: globalSetup: ["./allo-mock.setup.ts"]
 * import { startAlloMock } from "allo-client/mock";
 * export default async function setup({ provide }) {
 *   const mock = await startAlloMock();
 *   provide("alloUrl", mock.url);
 *   return () => mock.stop();
 * }
 */
export async function startAlloMock(options: AlloMockOptions = {}): Promise<AlloMock> {
  const { host = "127.0.0.1", dynamic = false, startTimeout = 30_000 } = options;
  const spec = options.spec ?? defaultSpecPath();
  const port = options.port || (await freePort(host));
  const prism = prismEntry();

  const args = [prism, "mock", spec, "-h", host, "-p", String(port), "--errors"];
  if (dynamic) args.push("--dynamic");
  const versions = process.versions as Record<string, string | undefined>;
  const node = options.node ?? (versions.bun || versions.deno ? "node" : process.execPath);
  const child = spawn(node, args, { stdio: ["ignore", "pipe", "pipe"] });
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  try {
    await waitUntilListening(child, startTimeout);
  } catch (error) {
    child.kill("SIGKILL");
    process.removeListener("exit", killOnExit);
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    stop() {
      stopped ??= stop(child).finally(() => process.removeListener("exit", killOnExit));
      return stopped;
    },
  };
}

function here(): string {
  // import.meta.url in ESM; tsup shims it in the CommonJS build.
  return dirname(fileURLToPath(import.meta.url));
}

function defaultSpecPath(): string {
  // src/mock/start-mock.ts in this repository, dist/*.js in the package: the spec is in spec/ above.
  for (const up of ["../../spec", "../spec"]) {
    const candidate = join(here(), up, "allo.openapi.yaml");
    if (existsSync(candidate)) return candidate;
  }
  throw new Error("allo-client/mock: the shipped spec (spec/allo.openapi.yaml) was not found.");
}

function prismEntry(): string {
  // Resolve from the user's project first (cwd), then from beside allo-client.
  for (const from of [join(process.cwd(), "noop.js"), join(here(), "noop.js")]) {
    try {
      const pkg = createRequire(from).resolve("@stoplight/prism-cli/package.json");
      return join(dirname(pkg), "dist", "index.js");
    } catch {
      // try the next place
    }
  }
  throw new Error(PRISM_MISSING);
}

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function waitUntilListening(child: ChildProcess, timeout: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => done(new Error(`Prism did not start within ${timeout} ms:\n${output.slice(-2000)}`)), timeout);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) done();
    };
    const onExit = (code: number | null) =>
      done(new Error(`Prism exited (code ${code}) before listening:\n${output.slice(-2000)}`));
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
      // Keep draining Prism's log so a full pipe never blocks it.
      child.stdout?.resume();
      child.stderr?.resume();
      if (error) reject(error);
      else resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 3000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
