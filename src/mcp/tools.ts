// The MCP tools, one per operation of the table that is offered: every read, and the writes the
// server was told to allow. Name, description, input schema and hints all come from the table and
// the spec (generated/operations.ts, generated/tools.ts); nothing here lists operations by hand.
import { operationNames, operations, type OperationEntry, type OperationName } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import { reflow } from "../cli/text.js";

/** An MCP tool as `tools/list` describes it. */
export interface AlloToolDefinition {
  name: string;
  title: string;
  description: string;
  inputSchema: { type: "object"; [member: string]: unknown };
  annotations: { title: string; readOnlyHint: boolean; destructiveHint?: boolean; idempotentHint?: boolean; openWorldHint: boolean };
}

/** `conversations.items.batchGet` → `allo_conversations_items_batch_get`. */
export function toolName(operation: OperationName): string {
  return `allo_${operation
    .split(".")
    .map((word) => word.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase())
    .join("_")}`;
}

/** The operations a server offers: every read, and the allowed writes. */
export function offered(allowed: ReadonlySet<OperationName>): OperationName[] {
  return operationNames.filter((name) => operations[name].readOnly || allowed.has(name));
}

export function definitionOf(name: OperationName): AlloToolDefinition {
  const op: OperationEntry = operations[name];
  const annotations: AlloToolDefinition["annotations"] = op.readOnly
    ? { title: op.summary, readOnlyHint: true, openWorldHint: true }
    : // Every write is marked destructive: an SMS or a deleted record cannot be taken back, and a
      // client that asks before destructive calls should ask before each of these.
      { title: op.summary, readOnlyHint: false, destructiveHint: true, idempotentHint: op.idempotent, openWorldHint: true };
  return {
    name: toolName(name),
    title: op.summary,
    description: describe(name, op),
    inputSchema: inputSchemaOf(name, op),
    annotations,
  };
}

/** The argument that carries a write's idempotency key: not an input of the API, never in its body. */
export const IDEMPOTENCY_ARGUMENT = "idempotency_key";

/** Whether a tool takes `idempotency_key`: Allo's own (an `Idempotency-Key`) or the client's (an SMS). */
export function takesIdempotencyKey(op: OperationEntry): boolean {
  return op.atMostOnce || op.idempotencyKey;
}

function inputSchemaOf(name: OperationName, op: OperationEntry): AlloToolDefinition["inputSchema"] {
  const schema = tools[name].inputSchema as AlloToolDefinition["inputSchema"] & { properties: Record<string, unknown> };
  if (!takesIdempotencyKey(op)) return schema;
  const description = op.atMostOnce
    ? "Always pass one, new for each message: a call retried with the same key and input sends nothing again and answers as the first did."
    : "Pass one to make a retry safe: Allo does the write once per key.";
  return { ...schema, properties: { ...schema.properties, [IDEMPOTENCY_ARGUMENT]: { type: "string", minLength: 1, maxLength: 255, description } } };
}

/** The spec's description, then what comes back, the scope the key needs and how to page. */
function describe(name: OperationName, op: OperationEntry): string {
  const tool = tools[name];
  const text = reflow(tool.description);
  const parts = [`${op.summary}.`, text];
  const shape = op.answer === "page" ? '`{ "data": [...], "pagination": { "page", "size", "total_count", "total_pages", "has_more" } }`' : '`{ "data": ... }`';
  parts.push(`Returns: ${tool.returns} The API's JSON answer as it is: ${shape}.`);
  parts.push(op.scope ? `Scope: the API key needs ${op.scope} (allo_me lists the key's scopes).` : "Scope: none; any key may call it.");
  const paging = pagingOf(name, op);
  if (paging) parts.push(paging);
  if (op.atMostOnce) {
    parts.push(`Always pass \`${IDEMPOTENCY_ARGUMENT}\`, a new one for each message: a call retried with the same key and input (after a timeout, say) sends nothing again; without one, calling it twice sends twice.`);
  } else if (!op.readOnly) {
    parts.push(
      op.idempotent
        ? "Changes data in Allo; sending the same input twice leaves the same state."
        : "Changes data in Allo and is not idempotent: calling it twice does it twice.",
    );
  }
  return parts.filter(Boolean).join("\n\n");
}

function pagingOf(name: OperationName, op: OperationEntry): string | null {
  const size = tools[name].fields.find((f) => f.name === "size")?.constraints;
  const sized = size ? ` \`size\` is the page size (${size}).` : "";
  if (op.pagination === "v1") return `Paging: \`page\` starts at 0;${sized} \`metadata\` in the answer says how many pages there are (\`total_pages\`).`;
  if (op.answer === "page") return `Paging: \`page\` starts at 1;${sized} call again with the next \`page\` while \`pagination.has_more\` is true.`;
  if (op.pagination) return `Paging: \`page\` (from 1) and \`size\` choose a page of the list inside the answer.${sized}`;
  return null;
}

/**
 * What a RESULT_TOO_LARGE error tells the model to do: for a read, the inputs of this tool that
 * make its answer smaller; for a write, that it was done and must not be called again to see it.
 */
export function narrowing(name: OperationName): string {
  const tool = toolName(name);
  if (!operations[name].readOnly) {
    return `${tool} was done: do not call it again to see its answer. Read what it changed with a read tool, narrowed to the few records you need.`;
  }
  const op: OperationEntry = operations[name];
  const inputs = tools[name].fields.filter((f) => !f.name.includes(".") && !op.pathParams.includes(f.name));
  const has = (field: string) => inputs.some((f) => f.name === field);
  const ways: string[] = [];
  if (has("ids")) ways.push("fewer `ids` per call");
  if (has("size")) ways.push("a smaller `size` (fewer items per page, then the next `page`)");
  if (has("extend")) ways.push("no `extend`");
  const filters = inputs.filter((f) => !["ids", "size", "page", "extend"].includes(f.name)).map((f) => `\`${f.name}\``);
  if (filters.length) ways.push(`narrower filters (${filters.join(", ")})`);
  if (!ways.length) return `${tool} takes nothing that narrows its answer: its operator can raise the limit (maxResultBytes, --max-result-bytes).`;
  return `Ask for less and call ${tool} again: ${ways.join("; ")}.`;
}
