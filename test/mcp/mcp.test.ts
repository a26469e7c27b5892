// allo-mcp as an assistant runs it: the official SDK's client spawns the bin installed from the
// packed tarball and speaks MCP over its stdio, against the run's Prism. Tools are the table's
// reads (writes only when allowed), they answer the spec's examples, and failures are tool errors
// a model can act on. The key never shows, in an answer or in the server's stderr.
import { spawn } from "node:child_process";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { operationNames, operations, type OperationName } from "../../generated/operations.js";
import { type AnswerShape, tools as specTools } from "../../generated/tools.js";
import { WITHHELD_SECRET } from "../../src/mcp/results.js";
import { exampleAnswer } from "../cli/examples.js";
import { packedInstall, PACK_TIMEOUT, type PackedInstall } from "../helpers/packed-install.js";
import { KEY } from "../cli/run-allo.js";
import { startRecorder } from "../cli/servers.js";

const prism = inject("prismUrl");
let install: PackedInstall;

interface Connected {
  client: Client;
  /** Everything the server wrote on stderr so far. */
  stderr(): string;
}

const opened: Client[] = [];

/** Spawns `allo-mcp <args>` with ALLO_API_KEY (and `env`) set and connects the SDK's client to it. */
async function connect(args: readonly string[], baseUrl = prism, env: Record<string, string> = {}): Promise<Connected> {
  const transport = new StdioClientTransport({
    command: install.bin("allo-mcp"),
    args: ["--base-url", baseUrl, ...args],
    env: { ALLO_API_KEY: KEY, ...env },
    cwd: install.dir,
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: "allo-client-tests", version: "1.0.0" });
  await client.connect(transport);
  opened.push(client);
  return { client, stderr: () => stderr };
}

/** The naming: `allo_` and the SDK method in snake_case. */
const snake = (name: string) =>
  `allo_${name
    .replace(/\./g, "_")
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase()}`;
const reads = operationNames.filter((name) => operations[name].readOnly);

type Result = { isError?: boolean; content: Array<{ type: string; text: string }>; structuredContent?: Record<string, any> };

let server: Connected;
beforeAll(async () => {
  install = await packedInstall();
  server = await connect(["--verbose"]);
}, PACK_TIMEOUT);

afterAll(async () => {
  await Promise.all(opened.map((client) => client.close()));
  // --verbose logged every call of the file's default server: nothing of it shows the key.
  expect(server.stderr()).toContain("< GET /v2/api/me 200");
  expect(server.stderr()).not.toContain(KEY);
});

describe("tools/list", () => {
  it("has one tool per read operation of the table, and none that writes", async () => {
    const { tools } = await server.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(reads.map(snake).sort());
    expect(tools.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        "allo_conversations_items_search",
        "allo_conversations_items_batch_get",
        "allo_analytics_overview",
        "allo_me",
      ]),
    );
    expect(tools.map((t) => t.name)).not.toContain("allo_sms_send");
    for (const tool of tools) expect(tool.annotations, tool.name).toMatchObject({ readOnlyHint: true });
    expect(tools.filter((t) => t.annotations?.destructiveHint)).toEqual([]);
  });

  it("describes each tool from the spec: its input schema and example, and what it does in a paragraph", async () => {
    const { tools } = await server.client.listTools();
    const byName = new Map(tools.map((t) => [t.name, t]));
    for (const name of reads) {
      const tool = byName.get(snake(name))!;
      const { fields: _, ...inputs } = tool.inputSchema.properties as Record<string, unknown>;
      expect({ ...tool.inputSchema, properties: inputs }, name).toEqual(specTools[name].inputSchema);
      expect(tool.description, name).toContain(specTools[name].description.split("\n\n")[0]!.replace(/\s+/g, " "));
    }
  });

  it("with --allow sms.send, the send tool appears, marked destructive and not idempotent; no other write", async () => {
    const { client } = await connect(["--allow", "sms.send"]);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...reads.map(snake), "allo_sms_send"].sort());
    // The MCP spec's defaults say the rest: not idempotent, open world.
    expect(tools.find((t) => t.name === "allo_sms_send")!.annotations).toEqual({ readOnlyHint: false, destructiveHint: true });
    const sent = (await client.callTool({
      name: "allo_sms_send",
      arguments: { from: "+13055550180", to: "+13055550142", message: "Hi" },
    })) as Result;
    expect(JSON.parse(sent.content[0]!.text)).toEqual(exampleAnswer("sms.send"));
  });

  it("a write not allowed cannot be called, and the refusal says how to open it", async () => {
    await expect(server.client.callTool({ name: "allo_tags_add", arguments: { id: "cll-abc123", tags: ["x"] } })).rejects.toThrow(
      /--allow tags\.add/,
    );
  });
});

describe("tools/call", () => {
  it.each(reads.map((name) => ({ name })))("$name with its example input answers the example, once, as text", async ({ name }) => {
    const result = (await server.client.callTool({
      name: snake(name),
      arguments: { ...specTools[name as OperationName].example },
    })) as Result;
    expect(result.isError, result.content[0]?.text).toBeFalsy();
    expect(result.content).toHaveLength(1);
    expect(result.structuredContent).toBeUndefined();
    expect(JSON.parse(result.content[0]!.text)).toEqual(secretsWithheld(exampleAnswer(name), specTools[name as OperationName].answer));
    expect(result.content[0]!.text).not.toContain(KEY);
  });

  it("bad input is a tool error naming the field, and nothing is sent", async () => {
    const recorder = await startRecorder();
    try {
      const { client } = await connect([], recorder.url);
      const result = (await client.callTool({ name: "allo_conversations_list", arguments: { allo_number: "0612", size: 500 } })) as Result;
      expect(result.isError).toBe(true);
      expect(result.content[0]!.text).toMatch(/^INVALID_INPUT: conversations\.list: allo_number must be an E\.164 number/);
      expect(result.content[0]!.text).toContain(
        "Nothing was sent. Fix these arguments and call allo_conversations_list again:\n- allo_number: ",
      );
      expect(result.content[0]!.text).toContain("\n- size: ");
      expect(result.structuredContent!.error).toMatchObject({ code: "INVALID_INPUT", field: "allo_number" });
      const unknown = (await client.callTool({ name: "allo_tags_list", arguments: { colour: "red" } })) as Result;
      expect(unknown.structuredContent!.error).toMatchObject({ code: "INVALID_INPUT", field: "colour" });
      expect(recorder.seen).toEqual([]);
    } finally {
      await recorder.close();
    }
  });

  it("a 429 is a tool error with Allo's code, the wait, and not to retry now", async () => {
    const { client } = await connect(["--header", "Prefer: code=429", "--max-retries", "0"]);
    const result = (await client.callTool({ name: "allo_tags_list", arguments: {} })) as Result;
    expect(result.isError).toBe(true);
    expect(result.content[0]!.text).toMatch(/^RATE_LIMIT_EXCEEDED \(HTTP 429\): GET \/v2\/api\/tags: /);
    expect(result.content[0]!.text).toContain(
      "Rate limited: do not retry now. Wait 2 s before calling allo_tags_list or any other Allo tool again.",
    );
    expect(result.structuredContent!.error).toMatchObject({ code: "RATE_LIMIT_EXCEEDED", status: 429, retryAfter: 2 });
  });

  it("an answer that echoes the key comes back with the key cut out", async () => {
    const echo = await startRecorder((req) => ({ data: { echoed: req.headers.authorization } }));
    try {
      const { client } = await connect([], echo.url);
      const result = (await client.callTool({ name: "allo_me", arguments: {} })) as Result;
      expect(echo.seen[0]!.headers.authorization).toBe(KEY);
      expect(JSON.parse(result.content[0]!.text)).toEqual({ data: { echoed: "[redacted]" } });
      expect(result.content[0]!.text).not.toContain(KEY);
    } finally {
      await echo.close();
    }
  });
});

describe("a large answer", () => {
  // 6 MB of items: sent twice (as text and again as structuredContent) it would pass the SDK
  // client's 10 MiB read buffer, which ends the session ("Not connected" for every later call).
  const page = {
    data: Array.from({ length: 3000 }, (_, i) => ({ id: `cll-${i}`, type: "CALL", summary: "a".repeat(2000) })),
    pagination: { page: 1, size: 3000, total_count: 3000, total_pages: 1, has_more: false },
  };
  const answer = (req: { url?: string | undefined }) =>
    req.url?.startsWith("/v2/api/conversations/items/search") ? page : { data: { scopes: [] } };

  it("over the default 1 MiB is a tool error saying how to narrow it, and the session goes on", async () => {
    const api = await startRecorder(answer);
    try {
      const { client } = await connect([], api.url);
      const result = (await client.callTool({ name: "allo_conversations_items_search", arguments: {} })) as Result;
      expect(result.isError).toBe(true);
      expect(result.content[0]!.text).toMatch(
        /^RESULT_TOO_LARGE: the answer of allo_conversations_items_search is 6\.\d MB, more than this server sends in one result \(1 MiB, its maxResultBytes\)\. Ask for less and call allo_conversations_items_search again: `fields` \(only the fields you need of each record\); a smaller `size`/,
      );
      const next = (await client.callTool({ name: "allo_me", arguments: {} })) as Result;
      expect(JSON.parse(next.content[0]!.text)).toEqual({ data: { scopes: [] } });
    } finally {
      await api.close();
    }
  });

  it("under a limit raised with ALLO_MCP_MAX_RESULT_BYTES comes through whole, sent once", async () => {
    const api = await startRecorder(answer);
    try {
      const { client } = await connect([], api.url, { ALLO_MCP_MAX_RESULT_BYTES: "9000000" });
      const result = (await client.callTool({ name: "allo_conversations_items_search", arguments: {} })) as Result;
      expect(result.isError, result.content[0]!.text.slice(0, 200)).toBeFalsy();
      expect(JSON.parse(result.content[0]!.text)).toEqual(page);
      const next = (await client.callTool({ name: "allo_me", arguments: {} })) as Result;
      expect(next.isError).toBeFalsy();
    } finally {
      await api.close();
    }
  });
});

describe("the installed package", () => {
  it("allo-client/mcp loads through import and require, beside the SDK the user installed", async () => {
    const load = (args: string[]) =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, args, { cwd: install.dir, stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.once("close", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(out))));
      });
    const script =
      'const s = m.createAlloMcpServer({ apiKey: "ak_live_abcdefgh" }); console.log(typeof s.connect, m.toolName("conversations.items.batchGet"))';
    expect(await load(["--input-type=module", "-e", `const m = await import("allo-client/mcp"); ${script}`])).toBe(
      "function allo_conversations_items_batch_get",
    );
    expect(await load(["-e", `const m = require("allo-client/mcp"); ${script}`])).toBe("function allo_conversations_items_batch_get");
  });
});

describe("starting", () => {
  it("without a key, or with an allow-list naming no operation or a read, allo-mcp exits 2 and says why", async () => {
    const exit = (args: string[], env: NodeJS.ProcessEnv) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(install.bin("allo-mcp"), args, { cwd: install.dir, env, stdio: ["ignore", "ignore", "pipe"] });
        let stderr = "";
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.once("close", (code) => resolve({ code, stderr }));
      });
    const { ALLO_API_KEY: _, ...noKey } = process.env;
    const without = await exit([], noKey);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain("set ALLO_API_KEY");
    const typo = await exit(["--allow", "sms.sned"], { ...noKey, ALLO_API_KEY: KEY });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('allow.0 is not an operation: did you mean "sms.send"?');
    expect(typo.stderr).not.toContain(KEY);
    const read = await exit(["--allow", "sms.send,numbers.list"], { ...noKey, ALLO_API_KEY: KEY });
    expect(read.code).toBe(2);
    expect(read.stderr).toContain('allow.1 is "numbers.list", a read: reads are always offered');
    expect(read.stderr).not.toContain("writes:");
  });
});

/** An answer as a read tool shows it: each value the spec marks x-secret (and that is not null) withheld. */
function secretsWithheld(answer: unknown, shape: AnswerShape | undefined): unknown {
  const walk = (value: unknown, at: AnswerShape | undefined): unknown => {
    if (!at || value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map((item) => walk(item, at.items));
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, at.fields?.[k]?.secret && v !== null ? WITHHELD_SECRET : walk(v, at.fields?.[k])]),
    );
  };
  const { data, ...rest } = answer as { data: unknown };
  return { ...rest, data: walk(data, shape) };
}
