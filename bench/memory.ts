// Run by bench/run.ts with --expose-gc: contacts.searchAll() over every contact of the bench server.
//   node --expose-gc --import tsx bench/memory.ts <baseUrl> [stream|collect]
// "stream" only looks at each contact (one page in memory at a time); "collect" keeps them all, as a
// control that shows what growing memory looks like. Heap after a forced GC is what the client
// retains; RSS also counts V8 and malloc reserving memory they do not give back.
const { AlloClient } = (await import(new URL("../dist/index.js", import.meta.url).href)) as typeof import("../src/index.js");

const [baseUrl, mode = "stream"] = process.argv.slice(2);
const allo = new AlloClient({ apiKey: "bench", baseUrl: baseUrl! });
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const MB = 2 ** 20;
gc();
const base = process.memoryUsage();
let peakRss = base.rss;
const kept: unknown[] = [];
const out: Record<string, number | string> = { mode };
let n = 0;
for await (const contact of allo.contacts.searchAll({ size: 100 })) {
  if (!contact.id) throw new Error("bad contact");
  if (mode === "collect") kept.push(contact);
  n++;
  if (n % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (n === 10_000 || n === 100_000) {
    gc();
    out[`heapAfterGcAt${n / 1000}kMB`] = Math.round((process.memoryUsage().heapUsed / MB) * 10) / 10;
  }
}
out.items = n;
out.peakRssGrowthMB = Math.round(((peakRss - base.rss) / MB) * 10) / 10;
console.log(JSON.stringify(out));
