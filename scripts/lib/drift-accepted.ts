// spec/drift-accepted.yaml: the differences from Allo's document we keep on purpose, each with why.
// An entry names differences by `id` (one id, or a list of ids sharing the reason), or by `match`, a
// pattern in which `*` stands for any run of characters (for a difference every operation of a kind
// has, such as a header only we document). Every entry needs a `reason`; `source` (a URL, or a list
// of them) says where the reason comes from.

import { parse } from "yaml";
import type { Difference } from "./drift-compare.js";

export interface Acceptance {
  id?: string | string[];
  match?: string;
  reason: string;
  source?: string | string[];
}

export interface Judged {
  /** Differences no entry accepts: each is a spec to fix or an entry to write. */
  unaccepted: Difference[];
  accepted: Array<Difference & { acceptance: Acceptance }>;
  /** Ids and patterns that accept nothing any more (the two documents agree there now): remove them. */
  stale: string[];
}

const KEYS = new Set(["id", "match", "reason", "source"]);

/** The entries of an accepted-differences file; throws naming the entry that lacks an id or a reason. */
export function parseAccepted(text: string, file = "spec/drift-accepted.yaml"): Acceptance[] {
  const doc: unknown = parse(text);
  if (doc === null || doc === undefined) return [];
  if (!Array.isArray(doc)) throw new Error(`${file}: expected a list of entries ({ id, reason, source? }), found ${typeof doc}`);
  const seen = new Set<string>();
  return doc.map((raw: unknown, index) => {
    const where = `${file}: entry ${index + 1}`;
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new Error(`${where} is not a mapping ({ id, reason, source? })`);
    const entry = raw as Record<string, unknown>;
    const unknown = Object.keys(entry).filter((k) => !KEYS.has(k));
    if (unknown.length) throw new Error(`${where} has unknown key(s) ${unknown.join(", ")}; use id or match, reason, source`);
    const names = entry.id === undefined ? [entry.match] : Array.isArray(entry.id) ? entry.id : [entry.id];
    const valid = names.length > 0 && names.every((n) => typeof n === "string" && n.trim() !== "");
    if ((entry.id === undefined) === (entry.match === undefined) || !valid) {
      throw new Error(`${where} must have either an id (a difference's id, or a list of them) or a match (a pattern with *), not both`);
    }
    const name = (names as string[]).join(", ");
    if (typeof entry.reason !== "string" || !entry.reason.trim()) {
      throw new Error(`${where} (${name}) has no reason: say why the difference is kept (and give its source if there is one)`);
    }
    const source = entry.source;
    if (source !== undefined && typeof source !== "string" && !(Array.isArray(source) && source.every((s) => typeof s === "string"))) {
      throw new Error(`${where} (${name}): source must be a URL or a list of URLs`);
    }
    for (const n of names as string[]) {
      if (seen.has(n)) throw new Error(`${where} repeats ${n}, already in an earlier entry`);
      seen.add(n);
    }
    return entry as unknown as Acceptance;
  });
}

interface Rule {
  name: string;
  exact: boolean;
  test: (id: string) => boolean;
  acceptance: Acceptance;
  used: boolean;
}

function rulesOf(a: Acceptance): Rule[] {
  if (a.id !== undefined) {
    return (Array.isArray(a.id) ? a.id : [a.id]).map((name) => ({
      name,
      exact: true,
      test: (id) => id === name,
      acceptance: a,
      used: false,
    }));
  }
  const name = a.match!;
  const literal = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`^${name.split("*").map(literal).join(".*")}$`);
  return [{ name, exact: false, test: (id) => re.test(id), acceptance: a, used: false }];
}

/** Which differences an entry accepts, which none does, and which ids and patterns accept nothing. */
export function judge(differences: readonly Difference[], acceptances: readonly Acceptance[]): Judged {
  const rules = acceptances.flatMap(rulesOf);
  const judged: Judged = { unaccepted: [], accepted: [], stale: [] };
  for (const d of differences) {
    // An exact id wins over a pattern, so its reason is the one shown.
    const hit = rules.find((r) => r.exact && r.test(d.id)) ?? rules.find((r) => r.test(d.id));
    if (!hit) judged.unaccepted.push(d);
    else {
      hit.used = true;
      judged.accepted.push({ ...d, acceptance: hit.acceptance });
    }
  }
  judged.stale = rules.filter((r) => !r.used).map((r) => r.name);
  return judged;
}
