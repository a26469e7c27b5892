// bench/scale.svg, drawn by hand from bench:scale's figures: each wall time as a multiple of its
// ideal (1.0 is the ideal, 1.1 the target), and the per-request cost beside the seed SDK's.

const TITLE = "allo-client at Allo's pace: each run against its ideal";

interface Timed {
  variant?: string;
  scenario?: string;
  wallMs: number;
  idealMs: number;
  vsIdeal: number;
  http429: number;
  duplicates?: number;
}

interface Figures {
  date: string;
  twin: { scale: number; windowMs: number; latencyMs: number };
  fullSync: Timed[];
  bulkSend: Timed[];
  requestCost: { seedSdk: string; rows: Array<{ variant: string; medianUs: number }> };
}

const WIDTH = 860;
const LABEL = 330;
const BAR = 22;
const GAP = 10;
const PLOT = WIDTH - LABEL - 150;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Short names for the rows. */
function nameOf(row: Timed): string {
  const name = row.variant ?? row.scenario ?? "";
  if (name.startsWith("contacts.searchAll() (concurrency 4")) return "full sync: searchAll(), concurrency 4";
  if (name.startsWith("the seed's documented manual loop")) return "full sync: the seed's manual loop";
  if (name.startsWith("contacts.searchAll() one page at a time")) return "full sync: one page at a time";
  if (name.includes("killed")) return "500 SMS, 4 workers, one killed";
  if (name.includes("workers")) return "500 SMS, 4 workers (Redis)";
  return name;
}

export function scaleChart(f: Figures): string {
  const timed = [...f.fullSync, ...f.bulkSend];
  const out: string[] = [];
  let y = 0;
  const text = (x: number, ty: number, s: string, attrs = "") => out.push(`<text x="${x}" y="${ty}"${attrs}>${esc(s)}</text>`);

  y += 28;
  text(16, y, TITLE, ' font-size="17" font-weight="600"');
  y += 20;
  text(
    16,
    y,
    `npm run bench:scale, ${f.date.slice(0, 10)}; a local twin of Allo: 20 reads and 5 writes per window, windows of ${f.twin.windowMs} ms, ${f.twin.latencyMs} ms a request (time x${f.twin.scale})`,
    ' font-size="12" fill="#555"',
  );

  // Panel 1: wall time / ideal.
  y += 34;
  text(16, y, "Wall time ÷ ideal (1.0 is the ideal; shorter is better)", ' font-size="14" font-weight="600"');
  y += 14;
  const maxRatio = Math.max(2, Math.ceil(Math.max(...timed.map((t) => t.vsIdeal))));
  const x = (ratio: number) => LABEL + (ratio / maxRatio) * PLOT;
  const top = y;
  for (const row of timed) {
    const good = row.vsIdeal <= 1.1;
    out.push(
      `<rect x="${LABEL}" y="${y}" width="${(x(row.vsIdeal) - LABEL).toFixed(1)}" height="${BAR}" fill="${good ? "#2f7d4f" : "#9aa5b1"}"/>`,
    );
    text(LABEL - 8, y + 15, nameOf(row), ' text-anchor="end" font-size="12"');
    const extra = `${row.http429} × 429${row.duplicates === undefined ? "" : `, ${row.duplicates} duplicates`}`;
    text(
      x(row.vsIdeal) + 6,
      y + 15,
      `${row.vsIdeal.toFixed(2)}× (${seconds(row.wallMs)} vs ${seconds(row.idealMs)}; ${extra})`,
      ' font-size="11"',
    );
    y += BAR + GAP;
  }
  for (const [ratio, label, dash, anchor] of [
    [1, "ideal ", "4 3", "end"],
    [1.1, " target (+10%)", "1 3", "start"],
  ] as const) {
    out.push(
      `<line x1="${x(ratio).toFixed(1)}" y1="${top - 6}" x2="${x(ratio).toFixed(1)}" y2="${y - GAP + 4}" stroke="#c0392b" stroke-dasharray="${dash}"/>`,
    );
    text(x(ratio), top - 9, label, ` text-anchor="${anchor}" font-size="10" fill="#c0392b" xml:space="preserve"`);
  }
  for (let r = 0; r <= maxRatio; r++) text(x(r), y + 10, `${r}×`, ' text-anchor="middle" font-size="10" fill="#555"');
  y += 16;

  // Panel 2: per-request cost.
  y += 26;
  text(16, y, "Per-request cost: numbers.list() on loopback, median µs (shorter is better)", ' font-size="14" font-weight="600"');
  y += 14;
  const rows = f.requestCost.rows;
  const maxUs = Math.max(...rows.map((r) => r.medianUs));
  const seed = rows.find((r) => r.variant.startsWith("seed SDK"));
  for (const row of rows) {
    const width = (row.medianUs / maxUs) * PLOT;
    const ours = row.variant.startsWith("allo.");
    const good = ours && seed !== undefined && row.medianUs <= seed.medianUs;
    out.push(
      `<rect x="${LABEL}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${ours ? (good ? "#2f7d4f" : "#b9770e") : "#9aa5b1"}"/>`,
    );
    text(
      LABEL - 8,
      y + 15,
      row.variant.replace(/ \(.*\)$/, (m) => (m.length > 40 ? "" : m)),
      ' text-anchor="end" font-size="12"',
    );
    text(LABEL + width + 6, y + 15, `${row.medianUs.toFixed(0)} µs`, ' font-size="11"');
    y += BAR + GAP;
  }
  y += 4;
  text(16, y + 8, `seed SDK: ${f.requestCost.seedSdk}`, ' font-size="11" fill="#555"');
  y += 24;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" viewBox="0 0 ${WIDTH} ${y}" font-family="-apple-system, Segoe UI, Helvetica, Arial, sans-serif" role="img">`,
    // Read aloud in place of the picture.
    `<title>${TITLE}</title>`,
    `<rect width="${WIDTH}" height="${y}" fill="#fff"/>`,
    ...out,
    "</svg>",
    "",
  ].join("\n");
}
