// What the CLI says of a call besides its JSON: the call as a person reads it (for the question
// before a delete and the line after it), the line on stderr that says a call was done when its
// answer has no body (a delete prints nothing otherwise), and -i's status line and headers.
import { STATUS_CODES } from "node:http";
import { operations, type OperationName } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import type { AlloResponse } from "../allo-promise.js";
import { isShowable } from "../http/shown-path.js";

/** `Delete a deal (DELETE /v2/api/crm/deals/dea-abc123)`: the summary, method and path, phone numbers left as their parameter. */
export function shownCall(name: OperationName, positional: Readonly<Record<string, unknown>>): string {
  const op = operations[name];
  const path = op.path.replace(/\{(\w+)\}/g, (whole, param: string) => {
    const value = positional[param];
    return typeof value === "string" && isShowable(value) ? value : whole;
  });
  return `${tools[name].summary} (${op.method} ${path})`;
}

/** The line on stderr after a delete, or a call answered without a body: what was done, the status, the request id. */
export function doneLine(name: OperationName, positional: Readonly<Record<string, unknown>>, response: AlloResponse): string {
  return `allo: done: ${shownCall(name, positional)}: HTTP ${response.status}, request ${response.requestId}.\n`;
}

/**
 * -i: the answer's status line and headers, then a blank line, as `curl -i` prints them (Node's
 * fetch speaks HTTP/1.1). Only the answer's headers: the request's, its Authorization among them, are not shown.
 */
export function statusAndHeaders(response: AlloResponse): string {
  const lines = [`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ""}`.trimEnd()];
  for (const [name, value] of response.headers) lines.push(`${name}: ${value}`);
  return `${lines.join("\n")}\n\n`;
}
