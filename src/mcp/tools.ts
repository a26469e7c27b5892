// The MCP tools, one per operation of the table that is offered: every read, and the writes the
// server was told to allow. Name, description, input schema and hints all come from the table and
// the spec (generated/operations.ts, generated/tools.ts); nothing here lists operations by hand.
// tools/list is read into an assistant's context on every conversation: what is said the same way
// for every tool (the answer's envelope, paging) is said once, in the server's instructions.
import { operationNames, operations, type OperationEntry, type OperationName } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import { pathParamsOf } from "../operations/flat-input.js";
import { reflow } from "../cli/text.js";
import { argumentSchemas, IDEMPOTENCY_ARGUMENT, takesFields } from "./arguments.js";

/** An MCP tool as `tools/list` describes it. */
export interface AlloToolDefinition {
  name: string;
  title: string;
  description: string;
  inputSchema: { type: "object"; [member: string]: unknown };
  annotations: { readOnlyHint: boolean; destructiveHint?: boolean; idempotentHint?: boolean };
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

/** The tool of an operation, among the `offering` ones (a v1 tool names its v2 twin when that is offered too). */
export function definitionOf(name: OperationName, offering: ReadonlySet<OperationName>): AlloToolDefinition {
  const op: OperationEntry = operations[name];
  // The MCP spec's defaults say the rest: openWorldHint true, idempotentHint false.
  const annotations: AlloToolDefinition["annotations"] = op.readOnly
    ? { readOnlyHint: true }
    : // Every write is marked destructive: an SMS or a deleted record cannot be taken back, and a
      // client that asks before destructive calls should ask before each of these.
      { readOnlyHint: false, destructiveHint: true, ...(op.idempotent ? { idempotentHint: true } : {}) };
  return {
    name: toolName(name),
    title: tools[name].summary,
    description: describe(name, op, offering),
    inputSchema: inputSchemaOf(name),
    annotations,
  };
}

function inputSchemaOf(name: OperationName): AlloToolDefinition["inputSchema"] {
  const { properties, ...rest } = tools[name].inputSchema;
  const own = argumentSchemas(name);
  const clash = Object.keys(own).find((argument) => Object.hasOwn(properties, argument));
  if (clash) throw new Error(`allo-client/mcp: ${name} has an input named ${clash}, which is the tool's own argument`);
  return { ...rest, properties: { ...properties, ...own } };
}

/**
 * Which tool to prefer, what the operation does, and what a second call does. A read says what it
 * does in the first paragraph of the spec's description (the spec writes it to stand alone, the
 * details after it): every read is offered in every conversation. A write, offered only when
 * allowed, says all of it: its consequences are what an assistant must know.
 */
function describe(name: OperationName, op: OperationEntry, offering: ReadonlySet<OperationName>): string {
  const tool = tools[name];
  const parts: string[] = [];
  if (tool.prefer && offering.has(tool.prefer.method)) parts.push(`v1: prefer ${toolName(tool.prefer.method)}: ${tool.prefer.because}.`);
  const paragraphs = reflow(tool.description).split("\n\n");
  // A paragraph that ends with a colon introduces the list after it.
  parts.push(...(op.readOnly ? paragraphs.slice(0, paragraphs[0]!.endsWith(":") ? 2 : 1) : paragraphs));
  if (op.atMostOnce) {
    parts.push(
      `Always pass \`${IDEMPOTENCY_ARGUMENT}\`, a new one for each message: a call retried with the same key and input (after a timeout, say) sends nothing again; without one, calling it twice sends twice.`,
    );
  } else if (!op.readOnly && !op.idempotent) {
    parts.push(
      op.idempotencyKey
        ? `Calling it twice does it twice, unless both calls pass the same \`${IDEMPOTENCY_ARGUMENT}\`.`
        : "Calling it twice does it twice.",
    );
  }
  return parts.join("\n\n");
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
  const params = pathParamsOf(op);
  const inputs = tools[name].fields.filter((f) => !f.name.includes(".") && !params.includes(f.name));
  const has = (field: string) => inputs.some((f) => f.name === field);
  const ways: string[] = [];
  if (takesFields(name)) ways.push("`fields` (only the fields you need of each record)");
  if (has("ids")) ways.push("fewer `ids` per call");
  if (has("size")) ways.push("a smaller `size` (fewer items per page, then the next `page`)");
  if (has("extend")) ways.push("no `extend`");
  const filters = inputs.filter((f) => !["ids", "size", "page", "extend", "sort"].includes(f.name)).map((f) => `\`${f.name}\``);
  if (filters.length) ways.push(`narrower filters (${filters.join(", ")})`);
  if (!ways.length)
    return `${tool} takes nothing that narrows its answer: its operator can raise the limit (maxResultBytes, --max-result-bytes).`;
  return `Ask for less and call ${tool} again: ${ways.join("; ")}.`;
}
