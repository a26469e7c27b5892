// --fields names fields of the records an answer holds, as the spec documents them
// (generated/tools.ts `answer`): a name the spec does not document is refused before anything is
// sent, with the names it does document at that level, rather than printed as an empty record.
// The API may send more than the spec documents; --fields does not reach those (jq does).
import { operations, type OperationName } from "../../generated/operations.js";
import { type AnswerShape, tools } from "../../generated/tools.js";
import { AlloValidationError } from "../errors/index.js";

/**
 * What --fields applies to: each item of `data` when it is a list, else `data`; with --all, each
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

/** Refuses a --fields path that the records do not have, naming it and what they have instead. */
export function checkFields(name: OperationName, paths: readonly string[][], all: boolean): void {
  const record = recordShape(name, all);
  if (!record) return;
  const issues = paths.flatMap((path) => {
    const problem = problemOf(record, path);
    return problem ? [{ field: "--fields", message: `has "${path.join(".")}", but ${problem}` }] : [];
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
    if (shape.items) return `${where} is a list, whose items --fields does not pick from`;
    return `${where} is not an object`;
  }
  return null;
}
