// One worker process of `npm run bench:scale`'s bulk send: the built client, its stores in Redis
// (shared with the other workers: one key's limits, one set of SMS keys), sending its share of the
// batch with `inFlight` sends at a time, each under its own idempotency key. Told "go" on stdin;
// prints one JSON line per send ({ i, outcome }) and a last one ({ done, counts }).
//   node bench/scale-worker.mjs <twinUrl> <redisUrl> <prefix> <run> <worker> <workers> <total> <scale> <inFlight>
import { Redis } from "ioredis";

const [twinUrl, redisUrl, prefix, run, worker, workers, total, scale, inFlight] = process.argv.slice(2);
const { AlloClient } = await import(new URL("../dist/index.js", import.meta.url).href);
const { createRedisStores } = await import(new URL("../dist/redis.js", import.meta.url).href);

const redis = new Redis(redisUrl);
const allo = new AlloClient({
  apiKey: "bench",
  baseUrl: twinUrl,
  // Allo's limits, in the twin's scaled time.
  rateLimit: { readsPerSecond: 20 / Number(scale), writesPerSecond: 5 / Number(scale) },
  stores: createRedisStores(redis, { prefix }),
  // The bench's Redis keeps nothing on disk on purpose: no warning about it in the figures' output.
  logLevel: "off",
});
const say = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

const mine = [];
for (let i = Number(worker); i < Number(total); i += Number(workers)) mine.push(i);
const counts = { sent: 0, replayed: 0, refusedInFlight: 0, refusedUnknown: 0, failed: 0 };

async function sendOne(i) {
  const key = `${run}-${i}`;
  try {
    const { response } = await allo.sms
      .send({ from: "+13055550180", to: "+13055550142", message: key }, { idempotencyKey: key })
      .withResponse();
    const outcome = response.attempts === 0 ? "replayed" : "sent";
    counts[outcome]++;
    say({ i, outcome });
  } catch (error) {
    const outcome = error?.name === "AlloIdempotencyError" ? (error.state === "unknown" ? "refusedUnknown" : "refusedInFlight") : "failed";
    counts[outcome]++;
    say({ i, outcome, ...(outcome === "failed" ? { error: String(error?.message) } : {}) });
  }
}

say({ ready: true });
await new Promise((resolve) => process.stdin.once("data", resolve));
let next = 0;
await Promise.all(
  Array.from({ length: Number(inFlight) }, async () => {
    while (next < mine.length) await sendOne(mine[next++]);
  }),
);
say({ done: true, counts });
await redis.quit();
process.exit(0);
