// What bench/run.ts and bench/ab.ts share: the loopback server and the interleaved timing loop.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import createClient from "openapi-fetch";
import type { paths } from "../generated/allo.js";
import { ROOT } from "../scripts/lib/packed-consumer.js";

/** bench/server.mjs in a process of its own, so that its work is not timed with the client's. */
export async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(ROOT, "bench", "server.mjs")], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout!.once("data", (c: Buffer) => resolve(c.toString()));
    child.once("exit", (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`, child };
}

export const median = (xs: number[]) => quantile(xs, 0.5);
export function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Times each variant `requests` times after `warmup` untimed rounds, interleaved in a rotating
 * order so that drift in the machine's load hits every variant alike. The first variant is the
 * baseline of the ratios.
 */
export async function interleave(variants: Record<string, () => Promise<unknown>>, warmup: number, requests: number) {
  const names = Object.keys(variants);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < warmup + requests; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length]!;
      const start = process.hrtime.bigint();
      await variants[name]!();
      const micros = Number(process.hrtime.bigint() - start) / 1000;
      if (i >= warmup) samples[name]!.push(micros);
    }
  }
  const base = median(samples[names[0]!]!);
  return names.map((variant) => {
    const m = median(samples[variant]!);
    const s = samples[variant]!;
    return {
      variant,
      requests: s.length,
      medianUs: round(m),
      p99Us: round(quantile(s, 0.99)),
      costVsRaw: round(m / base, 3),
      throughputVsRaw: round(base / m, 3),
    };
  });
}

/**
 * The floor of the client's design: openapi-fetch (`createClient<paths>`, the key as a client
 * header) with a custom `fetch` that does what the client's transport must do and nothing else. It
 * sends the call under a timeout of its own (an AbortController and a timer, unless `timeout` is
 * false) and reads and parses the answer inside that timeout, once; openapi-fetch is told to leave
 * the body alone (`parseAs: "stream"`), as the client tells it. Returns one `numbers.list` call.
 */
export function designFloor(baseUrl: string, send: typeof fetch, timeout = true): () => Promise<unknown> {
  const parsed = new WeakMap<Response, unknown>();
  const client = createClient<paths>({
    baseUrl,
    headers: { authorization: "bench" },
    fetch: async (request: Request) => {
      const controller = timeout ? new AbortController() : null;
      const timer = controller ? setTimeout(() => controller.abort(), 30_000) : undefined;
      try {
        const response = await send(request, controller ? { signal: controller.signal } : undefined);
        parsed.set(response, JSON.parse(await response.text()));
        return response;
      } finally {
        clearTimeout(timer);
      }
    },
  });
  return async () => parsed.get((await client.GET("/v1/api/numbers", { parseAs: "stream" })).response);
}
