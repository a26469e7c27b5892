// Finding, in one pass over a text, every run of at least so many characters of any of several
// texts (the key's forms). Each text is cut into blocks laid end to end, half a run long, so that
// every run long enough holds one whole block; one regular expression of all the blocks finds where
// they stand (a native scan, one call for a short text), and each block found is widened, left
// and right, as far as the text goes on matching.

/** A text to look for, and how many of its characters in a row count as found. */
export interface Wanted {
  text: string;
  run: number;
}

export interface RunIndex {
  /** Every block, as one global regular expression. */
  pattern: RegExp;
  /** Each block, and where it stands in which wanted text. */
  blocks: Map<string, Array<{ wanted: Wanted; at: number }>>;
  /** The lengths blocks have. */
  sizes: number[];
  /** The shortest run: a text shorter than this holds none. */
  shortest: number;
}

export function indexRuns(wanted: readonly Wanted[]): RunIndex {
  const blocks: RunIndex["blocks"] = new Map();
  for (const w of wanted) {
    // 2 * size - 1 <= run: a run of `run` characters holds one whole block, wherever it starts.
    const size = Math.floor((w.run + 1) / 2);
    for (let at = 0; at + size <= w.text.length; at += size) {
      const piece = w.text.slice(at, at + size);
      blocks.set(piece, [...(blocks.get(piece) ?? []), { wanted: w, at }]);
    }
  }
  // Any block found at a place will do: those that start there are all looked up (see findRuns).
  const pattern = new RegExp(
    [...blocks.keys()]
      .sort((a, b) => b.length - a.length)
      .map((b) => b.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&"))
      .join("|"),
    "g",
  );
  const sizes = [...new Set([...blocks.keys()].map((b) => b.length))];
  return { pattern, blocks, sizes, shortest: Math.min(...wanted.map((w) => w.run)) };
}

/** Where in `text` runs are, each [start, end) as wide as it goes; with `first`, at most one. */
export function findRuns(text: string, index: RunIndex, first = false): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (text.length < index.shortest) return found;
  const { pattern, blocks, sizes } = index;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const p = match.index;
    // The expression names one block; a shorter or a longer one may start at the same place.
    for (const size of sizes) {
      for (const { wanted, at } of blocks.get(text.slice(p, p + size)) ?? []) {
        const span = widen(text, p, wanted, at, size);
        if (span === null) continue;
        found.push(span);
        if (first) return found;
      }
    }
    // Blocks may overlap in the text (a block of one form inside a block of another).
    pattern.lastIndex = p + 1;
  }
  return found;
}

/** The run around block `at` of `wanted`, found at `p` in `text`, if it is long enough. */
function widen(text: string, p: number, wanted: Wanted, at: number, size: number): [number, number] | null {
  let left = 0;
  while (left < at && left < p && text[p - left - 1] === wanted.text[at - left - 1]) left++;
  let right = at + size;
  let end = p + size;
  while (right < wanted.text.length && end < text.length && text[end] === wanted.text[right]) {
    right++;
    end++;
  }
  return end - (p - left) >= wanted.run ? [p - left, end] : null;
}

/** `text` with each span replaced by `mark`, spans that overlap or touch taken as one. */
export function replaceSpans(text: string, spans: Array<[number, number]>, mark: string): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  let [start, end] = spans[0]!;
  for (const [s, e] of spans.slice(1)) {
    if (s <= end) end = Math.max(end, e);
    else {
      out += text.slice(at, start) + mark;
      at = end;
      [start, end] = [s, e];
    }
  }
  return out + text.slice(at, start) + mark + text.slice(end);
}
