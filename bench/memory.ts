// Run by bench/run.ts with --expose-gc: a walk over every contact of the bench server.
//   node --expose-gc --import tsx bench/memory.ts <baseUrl> [stream|collect|raw]
// "stream": contacts.searchAll(), only looking at each contact (at most 4 pages in memory, its
//   default concurrency).
// "collect": the same, keeping every contact, as a control that shows what growing memory looks like.
// "raw": the same pages through raw fetch + JSON.parse (with a timeout signal, as the client has),
//   4 at a time as the client fetches them, as a control for what Node itself does to RSS over
//   such a walk.
// Heap after a forced GC is what the walk retains; RSS also counts V8 and malloc reserving memory
// they do not give back, which is why "raw" is there to compare with.
const { AlloClient } = (await import(new URL("../dist/index.js", import.meta.url).href)) as typeof import("../src/index.js");

const [baseUrl, mode = "stream"] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const MB = 2 ** 20;
const CHECKPOINTS = [10_000, 100_000];
const SIZE = 100;

/** The client's default concurrency: pages fetched at once, the one being read included. */
const AHEAD = 4;

async function* rawWalk(): AsyncGenerator<{ id?: string }> {
  type Page = { data: { results: Array<{ id?: string }>; metadata: { pagination: { total_pages: number } } } };
  const get = async (page: number) => {
    const answer = await fetch(`${baseUrl}/v1/api/contacts?page=${page}&size=${SIZE}`, {
      headers: { authorization: "bench" },
      signal: AbortSignal.timeout(30_000),
    });
    return JSON.parse(await answer.text()) as Page;
  };
  const ahead = new Map<number, Promise<Page>>();
  let total = 1;
  for (let page = 0; page < total; page++) {
    for (let k = page; k < Math.min(page + AHEAD, total); k++) if (!ahead.has(k)) ahead.set(k, get(k));
    const { data } = await ahead.get(page)!;
    ahead.delete(page);
    total = data.metadata.pagination.total_pages;
    if (data.results.length === 0) return;
    yield* data.results;
  }
}

const contacts = mode === "raw" ? rawWalk() : new AlloClient({ apiKey: "bench", baseUrl: baseUrl! }).contacts.searchAll({ size: SIZE });

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
