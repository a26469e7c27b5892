// Keeping only some fields of each record an answer holds: the CLI's --fields and the MCP tools'
// `fields`. Names are checked against the records as the spec documents them (generated/tools.ts
// `answer`): a name the spec does not document is refused before anything is sent, with the names
// it does document at that level, rather than answered with empty records. The API may send more
// than the spec documents; a list of fields does not reach those.
import { operations, type OperationName } from "../../generated/operations.js";
import { type AnswerShape, tools } from "../../generated/tools.js";
import { AlloValidationError } from "../errors/index.js";
import type { Envelope } from "./flat-input.js";

/** `a,b.c` as paths: `[["a"], ["b", "c"]]`. */
export function fieldPaths(list: string): string[][] {
  return list
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean)
    .map((f) => f.split("."));
}

/** Only the given paths of a record (`last_item.summary` keeps `{ last_item: { summary } }`); anything not an object as it is. */
export function pick(record: unknown, paths: readonly string[][]): unknown {
  if (record === null || typeof record !== "object" || Array.isArray(record)) return record;
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    let from: unknown = record;
    let to = out;
    for (const [i, key] of path.entries()) {
      if (from === null || typeof from !== "object" || !Object.hasOwn(from, key)) break;
      from = (from as Record<string, unknown>)[key];
      if (i === path.length - 1) to[key] = from;
      else {
        to[key] ??= {};
        to = to[key] as Record<string, unknown>;
      }
    }
  }
  return out;
}

/** The fields apply to the records: each item of a list in `data`, or `data` itself. */
export function pickRecords(answer: Envelope, paths: readonly string[][] | null): Envelope {
  if (!answer || !paths) return answer;
  const { data } = answer;
  return { ...answer, data: Array.isArray(data) ? data.map((item) => pick(item, paths)) : pick(data, paths) };
}

/**
 * What a list of fields applies to: each item of `data` when it is a list, else `data`; with --all, each
 * item of the pages (a v1 page's `results`). Null when the spec says nothing of its members.
 */
export function recordShape(name: OperationName, all: boolean): AnswerShape | null {
  const data = tools[name].answer;
  if (!data) return null;
  const record = all && operations[name].pagination === "v1" ? data.fields?.results?.items : (data.items ?? data);
  return record?.fields ? record : null;
}

/** The first-level fields of each record, for help: `id, name, last_item, ...`. */
export function recordFieldNames(name: OperationName): string[] {
  return Object.keys(recordShape(name, false)?.fields ?? {});
}

/**
 * Refuses a path that the records do not have, naming it and what they have instead; `label` is
 * how the caller named the list (`--fields` on the command line, `fields` for an MCP tool).
 */
export function checkFields(name: OperationName, paths: readonly string[][], all: boolean, label: string): void {
  const record = recordShape(name, all);
  if (!record) return;
  const issues = paths.flatMap((path) => {
    const problem = problemOf(record, path);
    return problem ? [{ field: label, message: `has "${path.join(".")}", but ${problem}` }] : [];
  });
  if (issues.length) throw new AlloValidationError(name, issues);
}

/** Why `path` names nothing in `record`, or null when it names a field. */
function problemOf(record: AnswerShape, path: readonly string[]): string | null {
  let shape = record;
  for (const [i, key] of path.entries()) {
    const where = i === 0 ? "each record" : path.slice(0, i).join(".");
    if (shape.fields && Object.hasOwn(shape.fields, key)) {
      shape = shape.fields[key]!;
      continue;
    }
    if (shape.open) return null;
    if (shape.fields) return `${where} has no such field; the spec documents: ${Object.keys(shape.fields).join(", ")}`;
    if (shape.items) return `${where} is a list, whose items are not picked from`;
    return `${where} is not an object`;
  }
  return null;
}
