// createAlloMcpServer in this process, its client the SDK's over the in-memory transport; both,
// and the local servers a test starts, closed after each test.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { afterEach } from "vitest";
import { createAlloMcpServer, type AlloMcpServerOptions } from "../../src/mcp/index.js";
import { startRecorder, type Recorder } from "../cli/servers.js";

export const KEY = "ak_live_abcdefgh";

/** A tool result, as these tests read it. */
export type Result = { isError?: boolean; content: Array<{ type: string; text: string }>; structuredContent?: Record<string, any> };

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()));
});

/** A local server that records each request and answers `answer(req, body)`. */
export async function serve(answer?: Parameters<typeof startRecorder>[0]): Promise<Recorder> {
  const recorder = await startRecorder(answer);
  open.push(recorder);
  return recorder;
}

/** A client connected to a new server with the key and these options. */
export async function connected(options: Omit<AlloMcpServerOptions, "apiKey"> = {}): Promise<Client> {
  const server = createAlloMcpServer({ apiKey: KEY, ...options });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: "test", version: "1.0.0" });
  await client.connect(clientSide);
  open.push(client);
  return client;
}

export const call = (client: Client, name: string, args: Record<string, unknown> = {}) =>
  client.callTool({ name, arguments: args }) as Promise<Result>;
