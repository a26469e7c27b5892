// "Did you mean": the known name a misspelt or foreign one most likely meant, for the refusals of
// names a caller types (client options, the operations a proxy or an MCP server allows).

/** The name of `known` that `given` most likely meant (`timeoutMs` → `timeout`, `numbers.lst` → `numbers.list`), if any is close. */
export function closest(given: string, known: readonly string[]): string | undefined {
  const lower = given.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const candidate = name.toLowerCase();
    // A known name with a unit or suffix added (timeoutMs) counts as one edit.
    const distance = lower.startsWith(candidate) ? 1 : editDistance(lower, candidate);
    if (distance <= 3 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Levenshtein distance, for short names. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
