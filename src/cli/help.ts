// The help texts, all from the operation table and the spec: `allo help` lists every operation
// with the scope its key needs; `allo <resource> --help` lists that resource's operations with
// their flags and constraints; `allo <resource> <method> --help` has the spec's description.
import { operationNames, operations, type OperationName } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import { fieldFlags } from "./flags.js";
import { isPaged, pathParamsOf } from "../operations/flat-input.js";
import { recordFieldNames } from "../operations/record-fields.js";
import { commandWords } from "./names.js";

/** `allo crm people get <id>` */
export function usageOf(name: OperationName): string {
  return ["allo", ...commandWords(name), ...pathParamsOf(operations[name]).map((p) => `<${p}>`)].join(" ");
}

/** `CRM_READ, read` or `SMS_SEND, write`, and `--all` where pages can be walked. */
export function traitsOf(name: OperationName): string {
  const op = operations[name];
  const scope = tools[name].scope ?? "no scope";
  return [scope, op.readOnly ? "read" : "write", ...(isPaged(name) ? ["--all"] : [])].join(", ");
}

/** What the key needs and what the command does, for the leaf's own help. */
export function leafHelp(name: OperationName): string {
  const op = operations[name];
  const tool = tools[name];
  const lines = [
    "",
    `Scope: ${tool.scope ?? "none (any key)"}. ${op.readOnly ? "Reads only." : "Changes data."} ${op.method} ${op.path}.`,
    `Answer: ${tool.returns} Printed as the API sends it: { "data": ... }${op.answer === "page" ? ", with its pagination" : ""}.`,
  ];
  const fields = recordFieldNames(name);
  if (fields.length) lines.push(`Fields of each record, for --fields: ${fields.join(", ")}.`);
  if (isPaged(name)) lines.push("--all reads every page (100 items a page unless --size) and prints one item per line (NDJSON).");
  for (const param of pathParamsOf(op)) {
    const field = tool.fields.find((f) => f.name === param);
    if (field) lines.push(`<${param}>: ${field.description.replace(/\s+/g, " ")} (${field.constraints})`);
  }
  return `${lines.join("\n")}\n`;
}

/** The operations under a command (all of them for the root), one line each. */
export function operationsHelp(prefix: readonly string[], withFlags: boolean): string {
  const names = operationNames.filter((n) => prefix.every((word, i) => commandWords(n)[i] === word));
  const lines = ["", withFlags ? "Operations, with the scope the key needs and their flags:" : "Operations, with the scope the key needs:"];
  const width = Math.max(...names.map((n) => usageOf(n).length));
  for (const name of names) {
    lines.push(`  ${usageOf(name).padEnd(width)}  ${tools[name].summary} [${traitsOf(name)}]`);
    if (!withFlags) continue;
    for (const { field, option } of fieldFlags(tools[name].fields)) {
      lines.push(`      ${option.flags}  ${field.required && !field.name.includes(".") ? "required; " : ""}${field.constraints}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export const ROOT_DESCRIPTION =
  "Calls the Allo API from a terminal, one command per operation of its spec: JSON out (pretty on a terminal, one line when piped); --all streams every page as NDJSON. The key comes from ALLO_API_KEY (or --api-key-file) and is never printed.";

export const EXIT_CODES_HELP = `
Exit codes: 0 done; 2 invalid input or usage (nothing was sent); 3 a delete declined at its
question (nothing was sent); 4 the API refused (4xx); 5 the API failed or could not be reached
(5xx, network, timeout); 1 anything else.
Errors go to stderr with their code, what happened and what to do.
`;
