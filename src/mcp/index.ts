// allo-client/mcp: the Allo API as MCP tools, for AI assistants. Needs @modelcontextprotocol/sdk
// (an optional peer dependency); `npx allo-mcp` serves it over stdio.
export { createAlloMcpServer, type AlloMcpServerOptions } from "./server.js";
export { toolName, type AlloToolDefinition } from "./tools.js";
export type { AlloToolError, AlloToolResult } from "./results.js";
