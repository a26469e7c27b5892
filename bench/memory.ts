// Run by bench/run.ts with --expose-gc: a walk over every contact of the bench server.
//   node --expose-gc --import tsx bench/memory.ts <baseUrl> [stream|collect|raw]
// "stream": contacts.searchAll(), only looking at each contact (at most 4 pages in memory, its
//   default concurrency).
// "collect": the same, keeping every contact, as a control that shows what growing memory looks like.
// "raw": the same pages through raw fetch + JSON.parse (with a timeout signal, as the client has),
//   as a control for what Node itself does to RSS over such a walk.
// Heap after a forced GC is what the walk retains; RSS also counts V8 and malloc reserving memory
// they do not give back, which is why "raw" is there to compare with.
const { AlloClient } = (await import(new URL("../dist/index.js", import.meta.url).href)) as typeof import("../src/index.js");

const [baseUrl, mode = "stream"] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const MB = 2 ** 20;
const CHECKPOINTS = [10_000, 100_000];
const SIZE = 100;

async function* rawWalk(): AsyncGenerator<{ id?: string }> {
  for (let page = 0; ; page++) {
    const answer = await fetch(`${baseUrl}/v1/api/contacts?page=${page}&size=${SIZE}`, {
      headers: { authorization: "bench" },
      signal: AbortSignal.timeout(30_000),
    });
    const { data } = JSON.parse(await answer.text()) as {
      data: { results: Array<{ id?: string }>; metadata: { pagination: { total_pages: number } } };
    };
    yield* data.results;
    if (data.results.length === 0 || page + 1 >= data.metadata.pagination.total_pages) return;
  }
}

const contacts =
  mode === "raw" ? rawWalk() : new AlloClient({ apiKey: "bench", baseUrl: baseUrl! }).contacts.searchAll({ size: SIZE });

gc();
const base = process.memoryUsage();
let peakRss = base.rss;
const kept: unknown[] = [];
const out: Record<string, number | string> = { mode };
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
let n = 0;
for await (const contact of contacts) {
  if (!contact.id) throw new Error("bad contact");
  if (mode === "collect") kept.push(contact);
  n++;
  if (n % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (CHECKPOINTS.includes(n)) {
    // Peak RSS growth so far, taken before the forced GC.
    out[`peakRssGrowthAt${n / 1000}kMB`] = mb(peakRss - base.rss);
    gc();
    out[`heapAfterGcAt${n / 1000}kMB`] = mb(process.memoryUsage().heapUsed);
  }
}
out.items = n;
console.log(JSON.stringify(out));
