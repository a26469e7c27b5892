// npm run bench:scale: the client at Allo's pace, on a local twin of Allo (bench/twin.mjs: a fixed
// latency per answer, 20 reads and 5 writes per one-second window, 429 + Retry-After beyond them),
// with time scaled (SCALE, 0.2 by default: a window lasts 200 ms) so that a run takes a minute.
// Never part of pass/fail. Writes its figures under "scale" in bench/results.json and draws each
// against its ideal in bench/scale.svg.
//   1. full sync of 20,000 contacts: contacts.searchAll() against the ideal (pages / read limit,
//      or pages x latency / concurrency, whichever is larger), beside the seed's documented manual
//      loop and the sequential iterator (concurrency 1); 429s received;
//   2. 500 SMS from 4 worker processes sharing one key through Redis (bench/scale-worker.mjs):
//      wall time against the ideal (sends / write limit), 429s, duplicates; then the same with one
//      worker killed (SIGKILL) mid-batch and restarted with the same idempotency keys;
//   3. per-request cost of numbers.list() on loopback (bench/server.mjs, no latency) against raw
//      fetch and the seed JS SDK's client, interleaved in one process. The seed SDK is measured
//      from a built copy when SEED_SDK_DIR names one (a folder with dist/index.js), else through
//      bench/seed-client.ts, a re-implementation of its request path; the results say which.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { ROOT } from "../scripts/lib/packed-consumer.js";
import { redisServerPath, startRedis, type RedisServer } from "../test/scale/redis-server.js";
import { designFloor, interleave, round, startServer } from "./lib.js";
import { scaleChart } from "./scale-chart.js";
import { seedLikeNumbersList } from "./seed-client.js";

const run = promisify(execFile);
// At 0.1 the fixed costs of a run (timers firing a ms late, connections opening) weigh twice as
// much against the windows, and the figures drift away from what a real run would see.
const SCALE = Number(process.env.SCALE ?? 0.2);
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 150);
const CONTACTS = 20_000;
const PAGE_SIZE = 100;
const CONCURRENCY = 4;
const SMS = Number(process.env.SMS ?? 500);
const WORKERS = 4;
const IN_FLIGHT = 8;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const LIMITS = { read: 20, write: 5 };
const WINDOW_MS = 1000 * SCALE;
const LATENCY = LATENCY_MS * SCALE;

type Client = typeof import("../src/index.js");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Twin {
  url: string;
  child: ChildProcess;
  stats(): Promise<{
    reads: number;
    writes: number;
    rejected: { read: number; write: number };
    sms: { distinct: number; received: number; duplicates: number };
    sent: string[];
  }>;
  reset(): Promise<void>;
}

async function startTwin(): Promise<Twin> {
  const child = spawn(process.execPath, [join(ROOT, "bench", "twin.mjs")], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, SCALE: String(SCALE), LATENCY_MS: String(LATENCY_MS), CONTACTS: String(CONTACTS) },
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout!.once("data", (c: Buffer) => resolve(c.toString()));
    child.once("exit", (code) => reject(new Error(`the twin exited (${code})`)));
  });
  const url = `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`;
  return {
    url,
    child,
    stats: async () => (await fetch(`${url}/twin/stats`)).json(),
    reset: async () => void (await fetch(`${url}/twin/reset`, { method: "POST" })),
  };
}

/** Lets the twin's current windows run out, so that a run starts with its budget whole. */
const freshWindows = () => sleep(3 * WINDOW_MS);

const scaledLimits = { readsPerSecond: LIMITS.read / SCALE, writesPerSecond: LIMITS.write / SCALE };

async function fullSync(client: Client, twin: Twin) {
  const pages = Math.ceil(CONTACTS / PAGE_SIZE);
  const idealMs = Math.max((pages / LIMITS.read) * WINDOW_MS, (pages * LATENCY) / CONCURRENCY);
  const variants: Record<string, (allo: InstanceType<Client["AlloClient"]>) => Promise<number>> = {
    [`contacts.searchAll() (concurrency ${CONCURRENCY}, the default)`]: async (allo) => {
      let n = 0;
      for await (const _ of allo.contacts.searchAll({ size: PAGE_SIZE })) n++;
      return n;
    },
    "the seed's documented manual loop (contacts.search, page after page)": async (allo) => {
      let n = 0;
      for (let page = 0; ; page++) {
        const { results, metadata } = await allo.contacts.search({ page, size: PAGE_SIZE });
        n += results.length;
        if (page + 1 >= metadata.pagination.total_pages) return n;
      }
    },
    "contacts.searchAll() one page at a time (concurrency 1, the iterator before)": async (allo) => {
      let n = 0;
      for await (const _ of allo.contacts.searchAll({ size: PAGE_SIZE }, { concurrency: 1 })) n++;
      return n;
    },
  };
  const rows = [];
  for (const [variant, walk] of Object.entries(variants)) {
    const allo = new client.AlloClient({ apiKey: "bench", baseUrl: twin.url, rateLimit: scaledLimits });
    // A sync runs in a process that has talked to Allo before: its connections are open and its
    // code compiled. Scaled time would make those first milliseconds ten times heavier.
    await allo.contacts.search({ page: 0, size: 1 });
    await freshWindows();
    await twin.reset();
    const start = performance.now();
    const items = await walk(allo);
    const wallMs = performance.now() - start;
    if (items !== CONTACTS) throw new Error(`${variant} read ${items} contacts, not ${CONTACTS}`);
    const stats = await twin.stats();
    rows.push({
      variant,
      items,
      pages,
      wallMs: round(wallMs),
      idealMs: round(idealMs),
      vsIdeal: round(wallMs / idealMs, 3),
      http429: stats.rejected.read,
    });
  }
  return rows;
}

interface WorkerHandle {
  child: ChildProcess;
  lines: AsyncIterator<string>;
  outcomes: number;
  done?: Record<string, number>;
}

function startWorker(twin: Twin, redis: RedisServer, prefix: string, runId: string, worker: number): WorkerHandle {
  const args = [
    join(ROOT, "bench", "scale-worker.mjs"),
    twin.url,
    redis.url,
    prefix,
    runId,
    String(worker),
    String(WORKERS),
    String(SMS),
    String(SCALE),
    String(IN_FLIGHT),
  ];
  const child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "inherit"] });
  return { child, lines: createInterface({ input: child.stdout! })[Symbol.asyncIterator](), outcomes: 0 };
}

async function nextLine(w: WorkerHandle): Promise<Record<string, unknown> | null> {
  const { value, done } = await w.lines.next();
  return done ? null : (JSON.parse(value as string) as Record<string, unknown>);
}

async function ready(w: WorkerHandle): Promise<void> {
  const line = await nextLine(w);
  if (!line?.ready) throw new Error("a worker did not start");
}

/** Reads a worker's lines until its last; `onOutcome` after each send's. */
async function follow(w: WorkerHandle, onOutcome: () => void = () => {}): Promise<void> {
  for (let line = await nextLine(w); line; line = await nextLine(w)) {
    if (line.done) {
      w.done = line.counts as Record<string, number>;
      return;
    }
    w.outcomes++;
    if (line.outcome === "failed") console.error(`  a send failed: ${String(line.error)}`);
    onOutcome();
  }
}

async function bulkSend(twin: Twin, redis: RedisServer, kill: boolean) {
  const runId = `${kill ? "killed" : "run"}-${Date.now()}`;
  const prefix = `allo-bench:${runId}:`;
  const share = Math.ceil(SMS / WORKERS);
  await freshWindows();
  await twin.reset();
  const workers = Array.from({ length: WORKERS }, (_, i) => startWorker(twin, redis, prefix, runId, i));
  await Promise.all(workers.map(ready));
  const start = performance.now();
  for (const w of workers) w.child.stdin!.write("go\n");
  let restarted: WorkerHandle | null = null;
  let restart: Promise<void> = Promise.resolve();
  let killedAfter = 0;
  const victim = workers[1]!;
  const followed = workers.map((w) =>
    follow(w, () => {
      if (!kill || w !== victim || victim.outcomes !== Math.floor(share * 0.4)) return;
      // Mid-batch: 40% of its share answered, more on the wire and waiting for their turn. Its
      // supervisor starts it again at once, with the same keys.
      killedAfter = victim.outcomes;
      victim.child.kill("SIGKILL");
      restart = (async () => {
        if (victim.child.exitCode === null && victim.child.signalCode === null) await once(victim.child, "exit");
        restarted = startWorker(twin, redis, prefix, runId, 1);
        await ready(restarted);
        restarted.child.stdin!.write("go\n");
        await follow(restarted);
      })();
    }),
  );
  await Promise.all(followed);
  await restart;
  const wallMs = performance.now() - start;
  const stats = await twin.stats();
  const idealMs = (SMS / LIMITS.write) * WINDOW_MS;
  const counts: Record<string, number> = {};
  for (const w of [...workers, ...(restarted ? [restarted as WorkerHandle] : [])])
    for (const [k, v] of Object.entries(w.done ?? {})) counts[k] = (counts[k] ?? 0) + v;
  const refused = (counts.refusedInFlight ?? 0) + (counts.refusedUnknown ?? 0);
  return {
    scenario: kill
      ? `${WORKERS} workers, one killed (SIGKILL) mid-batch and restarted with the same keys`
      : `${WORKERS} workers sharing one key through Redis`,
    sms: SMS,
    wallMs: round(wallMs),
    idealMs: round(idealMs),
    vsIdeal: round(wallMs / idealMs, 3),
    http429: stats.rejected.write,
    delivered: stats.sms.distinct,
    duplicates: stats.sms.duplicates,
    ...(kill
      ? {
          killedAfterAnswers: killedAfter,
          afterRestart: {
            sent: (restarted as WorkerHandle | null)?.done?.sent ?? 0,
            replayed: (restarted as WorkerHandle | null)?.done?.replayed ?? 0,
            refusedOutcomeUnknown: refused,
          },
          // Refused keys are the sends the killed worker had on the wire: whether each went out,
          // only Allo (here the twin) knows; a person checks and forgets the key to send it.
          notDelivered: SMS - stats.sms.distinct,
        }
      : { outcomes: counts }),
  };
}

async function seedClient(baseUrl: string): Promise<{ how: string; list: () => Promise<unknown> }> {
  const dir = process.env.SEED_SDK_DIR;
  const built = dir ? join(dir, "dist", "index.js") : "";
  if (dir && existsSync(built)) {
    const { WithalloClient } = (await import(pathToFileURL(built).href)) as {
      WithalloClient: new (o: { apiKey: string; baseUrl: string }) => { phoneNumbers: { list(): Promise<unknown> } };
    };
    const seed = new WithalloClient({ apiKey: "bench", baseUrl: `${baseUrl}/v1/api` });
    const pkg = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { name: string; version: string };
    return { how: `${pkg.name}@${pkg.version}, built from its repository (SEED_SDK_DIR)`, list: () => seed.phoneNumbers.list() };
  }
  return {
    how: "bench/seed-client.ts, a re-implementation of its request path (no SEED_SDK_DIR given)",
    list: seedLikeNumbersList(`${baseUrl}/v1/api`, "bench"),
  };
}

/** openapi-fetch over a fetch with a timeout that reads the answer once inside it: the floor of this design, as in `npm run bench`. */
const FLOOR = "floor of this design: openapi-fetch + a timeout, read once inside";

async function requestCost(client: Client) {
  const server = await startServer();
  try {
    const url = server.url;
    const seed = await seedClient(url);
    const allo = new client.AlloClient({ apiKey: "bench", baseUrl: url });
    const gated = new client.AlloClient({ apiKey: "bench", baseUrl: url, rateLimit: { readsPerSecond: 1e9, writesPerSecond: 1e9 } });
    const variants: Record<string, () => Promise<unknown>> = {
      "raw fetch + JSON.parse": async () =>
        JSON.parse(await (await fetch(`${url}/v1/api/numbers`, { headers: { authorization: "bench" } })).text()),
      "seed SDK: phoneNumbers.list()": seed.list,
      [FLOOR]: designFloor(url, fetch),
      "allo.numbers.list() (no gate: the default off Allo's API)": () => allo.numbers.list(),
      "allo.numbers.list() (gate on, never waiting)": () => gated.numbers.list(),
    };
    return { seedSdk: seed.how, rows: await interleave(variants, 500, REQUESTS) };
  } finally {
    server.child.kill();
  }
}

console.error("building the package (npm run build)...");
await run("npm", ["run", "--silent", "build"], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
const client = (await import(pathToFileURL(join(ROOT, "dist", "index.js")).href)) as Client;
const twin = await startTwin();
let redis: RedisServer | null = null;
try {
  console.error(`twin: window ${WINDOW_MS} ms, latency ${LATENCY} ms (SCALE=${SCALE}, LATENCY_MS=${LATENCY_MS})`);
  console.error(`1/3 full sync of ${CONTACTS} contacts...`);
  const sync = await fullSync(client, twin);
  let bulk: Awaited<ReturnType<typeof bulkSend>>[] = [];
  let bulkSkipped: string | undefined;
  if (redisServerPath) {
    redis = await startRedis();
    console.error(`2/3 ${SMS} SMS from ${WORKERS} workers through Redis...`);
    bulk = [await bulkSend(twin, redis, false)];
    console.error("    ...and again with one worker killed mid-batch");
    bulk.push(await bulkSend(twin, redis, true));
  } else {
    bulkSkipped = "no redis-server here: `apt-get install -y redis-server` or set REDIS_SERVER";
    console.error(`2/3 skipped: ${bulkSkipped}`);
  }
  console.error(`3/3 per-request cost, ${REQUESTS} interleaved requests per variant...`);
  const cost = await requestCost(client);

  const iterator = sync[0]!;
  const clientCost = cost.rows.find((r) => r.variant.startsWith("allo.numbers.list() (no gate"))!;
  const seedCost = cost.rows.find((r) => r.variant.startsWith("seed SDK"))!;
  const targets: Record<string, boolean> = {
    "full sync within 10% of its ideal": iterator.vsIdeal <= 1.1,
    "at most 5 429s per run with the gate on": [...sync, ...bulk].every((r) => r.http429 <= 5),
    "per-request cost at or below the seed SDK's (median, same run)": clientCost.medianUs <= seedCost.medianUs,
  };
  if (bulk.length > 0) {
    targets["bulk send within 10% of its ideal"] = bulk[0]!.vsIdeal <= 1.1;
    targets["0 duplicate SMS, a worker killed or not"] = bulk.every((b) => b.duplicates === 0);
  }
  const scale = {
    command: "npm run bench:scale",
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model },
    twin: { scale: SCALE, windowMs: WINDOW_MS, latencyMs: LATENCY, limitsPerWindow: LIMITS, contacts: CONTACTS, pageSize: PAGE_SIZE },
    fullSync: sync,
    bulkSend: bulk,
    ...(bulkSkipped ? { bulkSendSkipped: bulkSkipped } : {}),
    requestCost: cost,
    targets,
  };
  // `npm run bench` writes the rest of the file; this run owns "scale".
  const file = join(ROOT, "bench", "results.json");
  const previous = existsSync(file) ? (JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>) : {};
  await writeFile(file, `${JSON.stringify({ ...previous, scale }, null, 2)}\n`);
  await writeFile(join(ROOT, "bench", "scale.svg"), scaleChart(scale));

  console.log(`\nFull sync of ${CONTACTS} contacts (twin time: window ${WINDOW_MS} ms, latency ${LATENCY} ms)`);
  console.table(sync);
  if (bulk.length > 0) {
    console.log(`${SMS} SMS, ${WORKERS} worker processes, one key, stores in Redis`);
    console.table(bulk.map(({ outcomes: _, afterRestart: __, ...b }: Record<string, unknown>) => b));
    const killed = bulk[1] as { afterRestart?: unknown } | undefined;
    if (killed) console.log("after the restart:", killed.afterRestart);
  }
  console.log(`Per-request cost, numbers.list() over loopback (µs); seed SDK: ${cost.seedSdk}`);
  console.table(cost.rows);
  console.log("Targets");
  console.table(Object.entries(targets).map(([target, met]) => ({ target, met })));
  console.log("Written to bench/results.json (scale) and bench/scale.svg");
} finally {
  twin.child.kill();
  await redis?.stop();
}
