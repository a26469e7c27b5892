// A real redis-server for the tests: Debian's package, on a free port of 127.0.0.1, without
// persistence unless asked (then in a directory of its own, removed when it stops), started by the
// test file that needs it and stopped after it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where redis-server is (REDIS_SERVER, or Debian's), or undefined when this machine has none. */
export const redisServerPath: string | undefined = [process.env.REDIS_SERVER, "/usr/bin/redis-server", "/usr/local/bin/redis-server"].find(
  (p): p is string => Boolean(p && existsSync(p)),
);

export const HOW_TO_ENABLE = "no redis-server here: `apt-get install -y redis-server` or set REDIS_SERVER to run them";

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface RedisServerOptions {
  /** Append-only persistence (`appendonly yes`), as SMS keys need in production. @default false */
  appendonly?: boolean;
}

export async function startRedis({ appendonly = false }: RedisServerOptions = {}): Promise<RedisServer> {
  if (!redisServerPath) throw new Error(HOW_TO_ENABLE);
  const dir = appendonly ? await mkdtemp(join(tmpdir(), "allo-redis-")) : undefined;
  const persistence = dir ? ["--appendonly", "yes", "--dir", dir] : ["--appendonly", "no"];
  // Another process may take the free port between the check and the start: try another.
  for (let tries = 0; ; tries++) {
    const port = await freePort();
    const child = spawn(redisServerPath, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", ...persistence], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const ready = await new Promise<boolean>((resolve) => {
      let out = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("Ready to accept connections")) resolve(true);
      });
      child.once("exit", () => resolve(false));
    });
    const remove = () => (dir ? rm(dir, { recursive: true, force: true }) : Promise.resolve());
    if (ready) return { url: `redis://127.0.0.1:${port}`, port, stop: () => stop(child).then(remove) };
    if (tries === 2) {
      await remove();
      throw new Error(`redis-server did not start on port ${port}`);
    }
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
