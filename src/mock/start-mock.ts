import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer, type Server as NetServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { AlloValidationError } from "../errors/index.js";
import { isLoopback } from "../options.js";
import { createDriftWatch, type AlloMockDriftReport } from "./drift.js";
import { specPath } from "./operation-path.js";
import { createRequestLog, type AlloMockRequest } from "./request-log.js";
import type { AlloMockViolation } from "./violations.js";

export type { AlloMockRequest } from "./request-log.js";

/** Where `proxy: true` (and `allo-mock --proxy`) sends requests. */
export const ALLO_API = "https://api.withallo.com";

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
  /**
   * Told of each request once answered (method, path without query, status, time), as the
   * `allo-mock` command prints them. Prism then listens on a private port behind a small front.
   * @default undefined (no report; Prism listens on `port` itself)
   */
  onRequest?: ((request: AlloMockRequest) => void) | undefined;
  /**
   * Forward every request to this Allo instead of answering from the spec (Prism's proxy mode),
   * and report each request or answer that breaks the spec: {@link AlloMockProxy}. `true` means
   * `https://api.withallo.com`. An `http://` URL is refused unless its host is this machine.
   * Requests go on with the caller's own `Authorization`, which is never printed or kept. Paths
   * are named by the templates of allo-client's spec, whatever `spec` says.
   * @default undefined (a mock: nothing is sent anywhere)
   */
  proxy?: string | true | undefined;
  /**
   * With `proxy`: make a violation an error answer, for a test suite that must fail on drift. A
   * request that breaks the spec is not sent (422; 401 without a key; 404 for an operation the spec
   * does not have); an answer that breaks it becomes a 502; each with a JSON body
   * `{ error: "SPEC_VIOLATION", message, retryable: false, details }` that names what broke, no value.
   * @default false (a violation is reported, and the exchange goes on as it came)
   */
  errors?: boolean | undefined;
  /**
   * With `proxy`: told of each violation as it is seen (`allo-mock --proxy` prints them).
   * @default undefined
   */
  onViolation?: ((violation: AlloMockViolation) => void) | undefined;
}

/** `startAlloMock` could not listen: another process holds the port. */
export class AlloMockPortInUseError extends Error {
  override name = "AlloMockPortInUseError";
  readonly code = "EADDRINUSE";

  constructor(
    readonly port: number,
    readonly host: string,
  ) {
    super(`port ${port} is in use on ${host}: stop what listens there, or start the mock on another port (0 picks a free one)`);
  }
}

/** A running Prism mock of the Allo API. */
export interface AlloMock {
  /** Base URL to give the client, such as `http://127.0.0.1:4010` (Prism serves the paths at its root). */
  url: string;
  port: number;
  /** Stops Prism and waits for it to exit. */
  stop(): Promise<void>;
}

/** A running Prism proxy in front of Allo ({@link AlloMockOptions.proxy}), watching for drift from the spec. */
export interface AlloMockProxy extends Omit<AlloMock, "stop"> {
  /** Where requests go, such as `https://api.withallo.com`. */
  upstream: string;
  /** Each violation seen so far, in order (the first 10,000). */
  violations(): AlloMockViolation[];
  /** What was seen so far, summed up by operation, place and rule. */
  report(): AlloMockDriftReport;
  /** Stops Prism, waits for it to exit, and gives the final report. */
  stop(): Promise<AlloMockDriftReport>;
}

/**
 * Runs Prism (its entry is argv[1], as if started by `node <entry> ...`) in a process that ends
 * when the one that started it ends, however that ends: killed by SIGKILL, no handler of the
 * starter runs, and Prism would keep running and hold its port. Prism's stdin is a pipe from the
 * starter; the system closes the starter's end when it ends, and Prism's side then reads
 * end-of-file at once. This works alike on Linux, macOS and Windows, with no timer, whereas
 * polling the starter's pid would lag, could find the pid reused by another process, and on
 * Linux sees the process reparented rather than gone.
 */
const EXIT_WITH_PARENT = "process.stdin.on('end',()=>process.exit()).on('error',()=>process.exit()).resume();require(process.argv[1])";

const PRISM_MISSING =
  "allo-client/mock needs Prism to mock Allo: install it beside allo-client with `npm install -D @stoplight/prism-cli@5.14.2`.";

/** The upstream `proxy` names, checked: https://, or http:// on this machine; no credentials, query or fragment. */
function upstreamOf(proxy: string | true): string {
  const refuse = (message: string): never => {
    throw new AlloValidationError("startAlloMock", [{ field: "proxy", message }]);
  };
  let url: URL;
  try {
    url = new URL(proxy === true ? ALLO_API : proxy);
  } catch {
    return refuse("is not a URL: give Allo's origin, such as https://api.withallo.com");
  }
  if (url.username || url.password) refuse("must not carry a user name or password: the key goes in each request's Authorization header");
  if (url.search || url.hash) refuse("must not carry a query or a fragment");
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
    refuse(
      "must be https://, or http:// on this machine (localhost, 127.0.0.0/8, ::1): the key would otherwise cross the network readable by anyone on the way",
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/**
 * Starts Prism on the Allo spec, so tests run against a local, key-free Allo. With `proxy`, Prism
 * forwards every request to the real Allo instead, and reports each request or answer that breaks
 * the spec.
 *
 * @example
 * // vitest.config.ts: globalSetup: ["./allo-mock.setup.ts"]
 * import { startAlloMock } from "allo-client/mock";
 * export default async function setup({ provide }) {
 *   const mock = await startAlloMock();
 *   provide("alloUrl", mock.url);
 *   return () => mock.stop();
 * }
 *
 * @example
 * // Against the real Allo, failing on drift: each exchange that breaks the spec is an error answer.
 * const proxy = await startAlloMock({ proxy: true, errors: true });
 * const allo = new AlloClient({ apiKey: process.env.ALLO_API_KEY!, baseUrl: proxy.url });
 * // ... then: const report = await proxy.stop(); report.problems lists what broke, and how often.
 */
export function startAlloMock(options: AlloMockOptions & { proxy: string | true }): Promise<AlloMockProxy>;
export function startAlloMock(options?: AlloMockOptions): Promise<AlloMock>;
export async function startAlloMock(options: AlloMockOptions = {}): Promise<AlloMock | AlloMockProxy> {
  const { host = "127.0.0.1", port = 0, dynamic = false, startTimeout = 30_000, onRequest, errors = false } = options;
  const upstream = options.proxy === undefined ? undefined : upstreamOf(options.proxy);
  const spec = options.spec ?? defaultSpecPath();
  const prism = prismEntry();
  const watch = upstream ? createDriftWatch(upstream, options.onViolation) : undefined;
  // The proxy always has the front, which reads Prism's findings; its report names paths by their
  // template, since a real path carries ids and phone numbers.
  const logRequest = watch && onRequest ? (r: AlloMockRequest) => onRequest({ ...r, path: specPath(r.method, r.path) }) : onRequest;
  const fronted = Boolean(logRequest || watch);
  const prismHost = fronted ? "127.0.0.1" : host;
  const prismPort = fronted || !port ? await freePort(prismHost) : port;
  // The port is taken first (by the front, or briefly to check it), so that a busy port fails at
  // once with a sentence, not after Prism has started and printed its --help.
  const front = fronted ? createRequestLog({ host: prismHost, port: prismPort }, logRequest ?? (() => {}), watch?.onAnswer) : null;
  const listening = front ? await listen(front, host, port) : port ? await checkFree(host, port) : prismPort;

  const args = ["-e", EXIT_WITH_PARENT, "--", prism];
  if (upstream) args.push("proxy", spec, upstream, "-h", prismHost, "-p", String(prismPort), ...(errors ? ["--errors"] : []));
  else args.push("mock", spec, "-h", prismHost, "-p", String(prismPort), "--errors", ...(dynamic ? ["--dynamic"] : []));
  const versions = process.versions as Record<string, string | undefined>;
  const node = options.node ?? (versions.bun || versions.deno ? "node" : process.execPath);
  // stdin is the pipe EXIT_WITH_PARENT watches: this process holds its other end until it ends.
  const child = spawn(node, args, { stdio: ["pipe", "pipe", "pipe"] });
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const closeFront = () => (front?.listening ? new Promise<void>((resolve) => front.close(() => resolve())) : Promise.resolve());

  try {
    await waitUntilListening(child, startTimeout, { host: prismHost, port: prismPort });
  } catch (error) {
    child.kill("SIGKILL");
    process.removeListener("exit", killOnExit);
    await closeFront();
    throw error;
  }

  let stopped: Promise<void> | undefined;
  const mock: AlloMock = {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${listening}`,
    port: listening,
    stop() {
      front?.closeAllConnections();
      stopped ??= Promise.all([stop(child), closeFront()])
        .then(() => undefined)
        .finally(() => process.removeListener("exit", killOnExit));
      return stopped;
    },
  };
  if (!upstream || !watch) return mock;
  return {
    ...mock,
    upstream,
    violations: watch.violations,
    report: watch.report,
    stop: () => mock.stop().then(watch.report),
  } satisfies AlloMockProxy;
}

/** Listens on host:port (0 for a free one) and resolves with the port, or rejects with AlloMockPortInUseError. */
function listen(server: NetServer, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => reject(error.code === "EADDRINUSE" ? new AlloMockPortInUseError(port, host) : error);
    server.once("error", failed);
    server.listen(port, host, () => {
      server.off("error", failed);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

/** Checks that host:port is free by listening on it and closing at once; resolves with the port. */
async function checkFree(host: string, port: number): Promise<number> {
  const probe = createServer();
  await listen(probe, host, port);
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function here(): string {
  // import.meta.url in ESM; tsup shims it in the CommonJS build.
  return dirname(fileURLToPath(import.meta.url));
}

function defaultSpecPath(): string {
  // In this repository (src/mock/start-mock.ts), the root spec and the files it refers to; in the
  // package (dist/*.js), the bundled single file it ships (allo-client/openapi.yaml).
  // (dist/bin/ for the allo-mock bin: one level deeper).
  for (const candidate of ["../../spec/allo.openapi.yaml", "../generated/allo.openapi.yaml", "../../generated/allo.openapi.yaml"]) {
    const path = join(here(), candidate);
    if (existsSync(path)) return path;
  }
  throw new Error("allo-client/mock: the shipped spec (generated/allo.openapi.yaml) was not found.");
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

function waitUntilListening(child: ChildProcess, timeout: number, at: { host: string; port: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => done(new Error(`Prism did not start within ${timeout} ms:\n${output.slice(-2000)}`)), timeout);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) done();
    };
    // Prism ends a failed start with its --help, the cause last: say the cause, first.
    const onExit = (code: number | null) =>
      done(
        output.includes("EADDRINUSE")
          ? new AlloMockPortInUseError(at.port, at.host)
          : new Error(`Prism exited (code ${code}) before listening:\n${output.slice(-2000)}`),
      );
    // No Node.js where `node` points (under Bun or Deno, say): `spawn` fails without an exit.
    const onError = (error: Error) => done(new Error(`Prism could not be started: ${error.message}`));
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
      child.off("error", onError);
      // Keep draining Prism's log so a full pipe never blocks it.
      child.stdout?.resume();
      child.stderr?.resume();
      if (error) reject(error);
      else resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
    child.once("error", onError);
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
