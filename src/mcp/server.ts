// The MCP server: a tool per read operation of the table, plus the writes named in `allow`, each
// calling the client's own table-driven call. It is the SDK's low-level Server: the tools' input
// schemas are the spec's JSON Schemas, which McpServer would want as zod shapes.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError } from "@modelcontextprotocol/sdk/types.js";
import { operationNames, operations, type OperationName } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import { createCaller, type Caller } from "../operations/caller.js";
import { invoke } from "../operations/flat-input.js";
import { pickRecords } from "../operations/record-fields.js";
import { closest } from "../closest.js";
import { AlloValidationError } from "../errors/index.js";
import { keyForms } from "../http/redact.js";
import type { AlloLogger } from "../logger.js";
import type { AlloClientOptions } from "../options.js";
import { VERSION } from "../version.js";
import { capped, failure, success, withoutSecrets } from "./results.js";
import { argumentsOf } from "./arguments.js";
import { definitionOf, narrowing, offered, toolName } from "./tools.js";

/** Options of {@link createAlloMcpServer}: the client's, and which writes to offer. */
export interface AlloMcpServerOptions extends AlloClientOptions {
  /**
   * Operations that change data to offer as tools too, by SDK method name (`"sms.send"`,
   * `"crm.people.create"`), the proxy's vocabulary. Reads are always offered (naming one here is
   * refused); with no `allow`, no write is.
   * @default []
   */
  allow?: readonly OperationName[] | undefined;
  /**
   * The most a tool result may take, in bytes as the transport writes it. A larger answer is not
   * sent: the tool answers RESULT_TOO_LARGE, saying how to ask for less (`fields`, a smaller
   * `size`, filters, no `extend`, fewer ids). MCP clients read a message into a buffer of their own (10 MiB in some),
   * and one message over it ends the whole session, not just the call.
   * @default 1048576 (1 MiB)
   */
  maxResultBytes?: number | undefined;
  /**
   * Where the client's log lines go. Over stdio, stdout is the protocol: lines go to stderr.
   * @default console.error, for every level
   */
  logger?: AlloLogger | undefined;
}

// Said once here rather than in every tool's description: tools/list stays small.
const INSTRUCTIONS = [
  "Tools over the Allo phone-system API: calls and their transcripts, conversations and texts, the CRM, numbers, analytics, webhooks. Call allo_me first to see the key's scopes.",
  'Each tool is one API operation and answers its JSON: { "data": ... }. A v2 page adds "pagination": `page` starts at 1, call again with the next page while pagination.has_more is true. A v1 list pages from `page` 0 and says "total_pages" in its metadata.',
  "Reads that can answer a lot take `fields`, to keep only those fields of each record (dotted for nested ones: last_item.summary): ask for what you need. A v1 tool that names a v2 tool to prefer does the same job less well: use the v2 one.",
  "Tools that change data exist only when the server was started with them allowed; pass `idempotency_key` where a tool takes one.",
  "On an error, read its code and message: it says what to fix. After a rate limit, wait as it says. RESULT_TOO_LARGE says how to ask for less.",
].join("\n");

/** The default of {@link AlloMcpServerOptions.maxResultBytes}. */
export const DEFAULT_MAX_RESULT_BYTES = 1024 * 1024;

const STDERR: AlloLogger = {
  debug: (line) => console.error(line),
  info: (line) => console.error(line),
  warn: (line) => console.error(line),
  error: (line) => console.error(line),
};

/**
 * An MCP server whose tools call the Allo API with your key: every read operation of the spec, and
 * the writes you allow. Connect it to a transport of the MCP SDK; `npx allo-mcp` serves it over
 * stdio.
 *
 * @example
 * import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
 * import { createAlloMcpServer } from "allo-client/mcp";
 * const server = createAlloMcpServer({ apiKey: process.env.ALLO_API_KEY!, allow: ["sms.send"] });
 * await server.connect(new StdioServerTransport());
 */
export function createAlloMcpServer(options: AlloMcpServerOptions): Server {
  const fail = (field: string, message: string): never => {
    throw new AlloValidationError("createAlloMcpServer", [{ field, message }]);
  };
  if (options === null || typeof options !== "object") fail("options", "must be an object with at least { apiKey }");
  const { allow = [], maxResultBytes = DEFAULT_MAX_RESULT_BYTES, ...clientOptions } = options;
  if (!Number.isSafeInteger(maxResultBytes) || maxResultBytes < 1)
    fail("maxResultBytes", `must be a whole number of bytes, at least 1 (default ${DEFAULT_MAX_RESULT_BYTES}, 1 MiB)`);
  if (!Array.isArray(allow)) fail("allow", 'must be an array of SDK method names, such as ["sms.send"]');
  allow.forEach((name, i) => {
    if (typeof name !== "string" || !Object.hasOwn(operations, name)) {
      const guess = typeof name === "string" ? closest(name, operationNames) : undefined;
      fail(
        `allow.${i}`,
        guess
          ? `is not an operation: did you mean "${guess}"?`
          : `is not an operation: SDK method names such as "sms.send" or "crm.people.create" (allo help lists them)`,
      );
    }
    // Taken quietly, a read here would be announced as an allowed write.
    if (operations[name as OperationName].readOnly)
      fail(
        `allow.${i}`,
        `is "${name}", a read: reads are always offered; allow names only operations that change data, such as "sms.send"`,
      );
  });
  const caller = callerAs("createAlloMcpServer", { ...clientOptions, logger: clientOptions.logger ?? STDERR });
  const secrets = keyForms(options.apiKey);
  const offering = new Set(offered(new Set(allow)));
  const byTool = new Map([...offering].map((name) => [toolName(name), name]));
  const definitions = [...offering].map((name) => definitionOf(name, offering));

  const server = new Server(
    { name: "allo-client", title: "Allo", version: VERSION },
    { capabilities: { tools: {} }, instructions: INSTRUCTIONS },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: definitions }));
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const name = byTool.get(request.params.name);
    if (!name) throw new McpError(ErrorCode.InvalidParams, unknownTool(request.params.name));
    try {
      const { input, options, fields } = argumentsOf(name, request.params.arguments ?? {});
      const answer = await invoke(caller, name, input, { ...options, signal: extra.signal });
      const shown = operations[name].readOnly ? withoutSecrets(answer, tools[name].answer) : answer;
      return capped(success(pickRecords(shown, fields), secrets), maxResultBytes, request.params.name, () => narrowing(name));
    } catch (error) {
      return failure(request.params.name, error, secrets);
    }
  });
  return server;
}

/** The client's caller; its refusals of the options name this function. */
function callerAs(where: string, options: AlloClientOptions): Caller {
  try {
    return createCaller(options);
  } catch (error) {
    if (error instanceof AlloValidationError) throw new AlloValidationError(where, error.issues);
    throw error;
  }
}

/** Why a tool is not there: a write not allowed says how to open it. */
function unknownTool(tool: string): string {
  const write = operationNames.find((name) => toolName(name) === tool && !operations[name].readOnly);
  return write
    ? `Tool ${tool} changes data and this server does not offer it: start it with --allow ${write} (or allow: ["${write}"]) to open it.`
    : `Tool ${tool} does not exist: tools/list lists the tools of this server.`;
}
