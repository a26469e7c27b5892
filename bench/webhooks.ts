// Receiver throughput: valid CALL_RECEIVED deliveries (the spec's example) through
// WebhookReceiver.handle() and through fetchHandler(), with an allow-list and a no-op handler.
// Prints one JSON line. Run: tsx bench/webhooks.ts [seconds per measure, default 2]
// Measures the built package (npm run build first; npm run bench does): tsx would map
// "allo-client/webhooks" to src/ through tsconfig paths.
import { webhookExamples } from "../generated/webhooks.js";

const { WebhookReceiver } = (await import(
  new URL("../dist/webhooks.js", import.meta.url).href
)) as typeof import("../src/webhooks/index.js");

const seconds = Number(process.argv[2] ?? 2);
const body = JSON.stringify(webhookExamples.CALL_RECEIVED);
let handled = 0;
const receiver = new WebhookReceiver({ allowedAlloNumbers: ["+13055550180"] }).onCallReceived(() => {
  handled++;
});
const fetchHandler = receiver.fetchHandler();

/** Events per second of `once`, run in batches for `seconds` after a warm-up of the same length / 4. */
async function measure(once: () => Promise<unknown>): Promise<number> {
  const run = async (ms: number) => {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      for (let i = 0; i < 200; i++) await once();
      n += 200;
    }
    return n / ((performance.now() - start) / 1000);
  };
  await run(seconds * 250);
  return run(seconds * 1000);
}

const handle = await measure(() => receiver.handle(body));
const viaFetch = await measure(async () => {
  const res = await fetchHandler(new Request("https://example.com/webhooks/allo", { method: "POST", body }));
  if (res.status !== 200) throw new Error(`fetchHandler answered ${res.status}`);
});
if (handled === 0) throw new Error("the handler never ran");

console.log(
  JSON.stringify({
    bench: "webhooks",
    event: "CALL_RECEIVED",
    body_bytes: new TextEncoder().encode(body).length,
    handle_events_per_s: Math.round(handle),
    fetch_handler_events_per_s: Math.round(viaFetch),
    seconds_per_measure: seconds,
    node: process.version,
  }),
);
