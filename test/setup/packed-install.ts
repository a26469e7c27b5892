// One build and pack of allo-client for the whole test run, made only if a test asks for it: the
// CLI and MCP tests run the bins as a user would, from the `npm pack` tarball installed in a fresh
// folder, and test files run in separate workers, each of which would otherwise build and pack
// on its own. A worker asks this local server (`?peers=1` for an install with the optional peers
// beside it: Prism, React); the first request of each kind installs (scripts/lib/packed-consumer.ts
// packs once per process, so once per run here), every other one waits for that install.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { installConsumer, ROOT, type Consumer } from "../../scripts/lib/packed-consumer.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Answers GET (`?peers=1`: with the optional peers) with a packed install's { dir, tarball } once it is ready (see test/helpers/packed-install.ts). */
    packedInstallUrl: string;
  }
}

const run = promisify(execFile);

/** The MCP SDK, an optional peer, at the version the repository develops against. */
function sdkSpec(): string {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8"));
  return `@modelcontextprotocol/sdk@${pkg.devDependencies["@modelcontextprotocol/sdk"]}`;
}

async function install(withPeers: boolean): Promise<Consumer> {
  const consumer = await installConsumer({ withPeers });
  // As a user adds it for allo-mcp and allo-client/mcp.
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", sdkSpec()], {
    cwd: consumer.dir,
    maxBuffer: 32 * 1024 * 1024,
  });
  return consumer;
}

export default async function setup(project: TestProject) {
  const installs = new Map<boolean, Promise<Consumer>>();
  const server = createServer((req, res) => {
    const withPeers = new URL(req.url ?? "/", "http://x").searchParams.get("peers") === "1";
    if (!installs.has(withPeers)) installs.set(withPeers, install(withPeers));
    installs.get(withPeers)!.then(
      (consumer) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(consumer)),
      (error: Error) => res.writeHead(500).end(String(error.stack ?? error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  project.provide("packedInstallUrl", `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
