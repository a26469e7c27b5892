#!/usr/bin/env node
// allo-mcp: the Allo API as MCP tools over stdio, for Claude Desktop, Claude Code, Cursor, VS Code...
//   ALLO_API_KEY=... allo-mcp [--allow sms.send,crm.people.create] [--base-url http://127.0.0.1:4010] [--max-result-bytes 1048576]
// stdout is the protocol; everything this process says goes to stderr.
import { Command, CommanderError, Option } from "commander";
import { describeFailure, EXIT, exitCodeOf } from "../cli/failure.js";
import { createIo } from "../cli/output.js";
import { optionsOf, sharedOptions, type SharedValues } from "../cli/settings.js";
import type { OperationName } from "../../generated/operations.js";
import { VERSION } from "../version.js";

const io = createIo(process.stderr, process.stderr);
if (process.env.ALLO_API_KEY) io.hide(process.env.ALLO_API_KEY.trim());

const program = new Command("allo-mcp")
  .description(
    "Serves the Allo API as MCP tools over stdio: every read operation, and the writes named in --allow. The key comes from ALLO_API_KEY (or --api-key-file).",
  )
  .version(VERSION)
  .configureOutput({ writeOut: (text) => void io.err(text), writeErr: (text) => void io.err(text) })
  .exitOverride()
  .addOption(
    new Option(
      "--allow <operations>",
      "writes to offer as tools too, by SDK method name, comma-separated or repeated (sms.send,crm.people.create)",
    ).argParser((text: string, before: string[] | undefined) => [
      ...(before ?? []),
      ...text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ]),
  )
  .addOption(
    new Option(
      "--max-result-bytes <bytes>",
      "the most one tool result may take; a larger answer is a tool error saying how to ask for less (default 1048576, 1 MiB)",
    ).env("ALLO_MCP_MAX_RESULT_BYTES"),
  );
for (const option of sharedOptions()) program.addOption(option);

program.action(async () => {
  const values = program.opts<SharedValues & { allow?: string[]; maxResultBytes?: string }>();
  const { client, request } = await optionsOf(values, process.env, io);
  const sdk = await loadSdk();
  const server = sdk.createAlloMcpServer({
    ...client,
    headers: request.headers,
    allow: (values.allow ?? []) as OperationName[],
    // Text that is not a number reaches the server as NaN, which it refuses by name.
    maxResultBytes: values.maxResultBytes === undefined ? undefined : Number(values.maxResultBytes),
  });
  await server.connect(new sdk.StdioServerTransport());
  const writes = values.allow?.length ? values.allow.join(", ") : "none (--allow opens them)";
  await io.err(
    `allo-mcp ${VERSION}: serving the Allo API at ${client.baseUrl ?? "https://api.withallo.com"} over stdio; writes: ${writes}.\n`,
  );
});

/** The MCP SDK is an optional peer dependency: without it, say what to install. */
async function loadSdk() {
  try {
    const [{ StdioServerTransport }, { createAlloMcpServer }] = await Promise.all([
      import("@modelcontextprotocol/sdk/server/stdio.js"),
      import("./server.js"),
    ]);
    return { StdioServerTransport, createAlloMcpServer };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_MODULE_NOT_FOUND" && String((error as Error).message).includes("@modelcontextprotocol/sdk")) {
      throw new MissingSdk();
    }
    throw error;
  }
}

class MissingSdk extends Error {
  override message =
    "allo-mcp needs the MCP SDK beside allo-client: npm install @modelcontextprotocol/sdk (or npx -p allo-client -p @modelcontextprotocol/sdk allo-mcp).";
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
  else if (error instanceof MissingSdk) {
    await io.err(`${error.message}\n`);
    process.exitCode = EXIT.other;
  } else {
    await io.err(describeFailure(error).replace(/^allo:/, "allo-mcp:"));
    process.exitCode = exitCodeOf(error);
  }
}
