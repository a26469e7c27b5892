// A request body is refused before anything is sent when its JSON is larger than maxRequestBytes
// (1 MiB unless told): Allo's requests are small, and a body of megabytes is a mistake that would
// otherwise be held in memory, serialized and sent whole. The CLI refuses such a --data file or
// stdin without reading it into memory.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AlloClient, AlloValidationError, DEFAULTS } from "../../src/index.js";
import { allo as cli } from "../cli/in-process.js";
import { SENT, json, startFaultServer } from "../helpers/fault-server.js";

function recording() {
  const sent: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    sent.push(String(input));
    return new Response(JSON.stringify(SENT), { headers: { "content-type": "application/json" } });
  }) as typeof globalThis.fetch;
  return { sent, fetch };
}

describe("maxRequestBytes", () => {
  it("is 1 MiB unless told", () => {
    expect(DEFAULTS.maxRequestBytes).toBe(1024 * 1024);
  });

  it("refuses a body over 1 MiB of JSON before sending, saying its size and the limit", async () => {
    const { sent, fetch } = recording();
    const allo = new AlloClient({ apiKey: "k", fetch });
    const error = await allo.contacts.create({ numbers: ["+33612345678"], name: "x".repeat(2 * 1024 * 1024) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AlloValidationError);
    expect((error as AlloValidationError).operation).toBe("contacts.create");
    expect((error as AlloValidationError).message).toMatch(/is 209\d{4} bytes of JSON, more than maxRequestBytes \(1048576\)/);
    expect(sent).toEqual([]);
  });

  it("counts bytes, not characters, and sends a body at the limit", async () => {
    const { sent, fetch } = recording();
    const body = { from: "+13055550180", to: "+13055550142", message: "é".repeat(40) };
    const bytes = new TextEncoder().encode(JSON.stringify(body)).byteLength;
    await new AlloClient({ apiKey: "k", fetch, maxRequestBytes: bytes }).sms.send(body);
    expect(sent).toHaveLength(1);
    const over = await new AlloClient({ apiKey: "k", fetch, maxRequestBytes: bytes - 1 }).sms.send(body).catch((e: unknown) => e);
    expect(over).toBeInstanceOf(AlloValidationError);
    expect(sent).toHaveLength(1);
  });

  it("must be a positive number of bytes", () => {
    expect(() => new AlloClient({ apiKey: "k", maxRequestBytes: 0 })).toThrow(/maxRequestBytes must be a positive number of bytes/);
  });

  it("the CLI refuses a --data file over the limit without sending it", async () => {
    const server = await startFaultServer((_req, res) => json(res, 200, SENT));
    try {
      const dir = await mkdtemp(join(tmpdir(), "allo-request-size-"));
      const file = join(dir, "body.json");
      await writeFile(file, JSON.stringify({ from: "+13055550180", to: "+13055550142", message: "x".repeat(2 * 1024 * 1024) }));
      const refused = await cli(["sms", "send", "--data", `@${file}`, "--base-url", server.url]).then(
        () => null,
        (e: unknown) => e,
      );
      expect(String((refused as Error).message)).toMatch(/holds more than 1048576 bytes/);
      expect(server.seen).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
