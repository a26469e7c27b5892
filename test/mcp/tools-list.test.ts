// What an assistant reads to choose a tool, over the SDK's client in process: tools/list within
// its size budget, a v1 tool that names the v2 tool to prefer (from the spec's x-prefer), every
// input schema with an example it accepts, and the instructions that say once what every tool shares.
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { operationNames, operations } from "../../generated/operations.js";
import { tools as specTools } from "../../generated/tools.js";
import { toolName } from "../../src/mcp/index.js";
import { connected } from "./in-process.js";

const writes = operationNames.filter((name) => !operations[name].readOnly);
/** The bytes of tools/list's tools, as JSON: what an assistant carries in every conversation. */
const bytesOf = (tools: unknown[]) => Buffer.byteLength(JSON.stringify(tools));

describe("tools/list", () => {
  it("is under 24 KB with the reads alone, and under 68 KB with every write allowed too", async () => {
    const reads = (await (await connected()).listTools()).tools;
    const all = (await (await connected({ allow: writes })).listTools()).tools;
    expect(reads).toHaveLength(operationNames.length - writes.length);
    expect(all).toHaveLength(operationNames.length);
    // Over budget: a read says what it does in the first paragraph of its spec description and
    // each field in its first sentence; move details after them.
    expect(bytesOf(reads)).toBeLessThan(24_000);
    expect(bytesOf(all)).toBeLessThan(68_000);
  });

  it("has a v1 tool with a v2 twin say to prefer the twin's tool, when this server offers it", async () => {
    const twins = operationNames.filter((name) => specTools[name].prefer);
    expect(twins.length).toBeGreaterThanOrEqual(5);
    const { tools } = await (await connected({ allow: writes })).listTools();
    for (const name of twins) {
      const tool = tools.find((t) => t.name === toolName(name))!;
      expect(tool.description, name).toMatch(new RegExp(`^v1: prefer ${toolName(specTools[name].prefer!.method)}: `));
    }
    for (const name of operationNames.filter((n) => !specTools[n].prefer))
      expect(tools.find((t) => t.name === toolName(name))!.description, name).not.toMatch(/^v1: prefer/);
    // Its twin not allowed, contacts.create names no tool the assistant cannot call.
    const alone = (await (await connected({ allow: ["contacts.create"] })).listTools()).tools.find(
      (t) => t.name === "allo_contacts_create",
    )!;
    expect(alone.description).not.toContain("prefer");
  });

  it("gives every tool an example that its input schema accepts", async () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    formats.default(ajv);
    const { tools } = await (await connected({ allow: writes })).listTools();
    for (const tool of tools) {
      const examples = (tool.inputSchema as { examples?: unknown[] }).examples;
      expect(examples, tool.name).toHaveLength(1);
      const validate = ajv.compile(tool.inputSchema);
      expect(validate(examples![0]), `${tool.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("describes a read by the first paragraph of its spec description, a write by all of it", async () => {
    const { tools } = await (await connected({ allow: ["summaryTemplates.update"] })).listTools();
    const search = tools.find((t) => t.name === "allo_conversations_items_search")!;
    expect(search.description).toBe(specTools["conversations.items.search"].description.split("\n\n")[0]!.replace(/\s+/g, " "));
    const update = tools.find((t) => t.name === "allo_summary_templates_update")!;
    expect(update.description).toBe(specTools["summaryTemplates.update"].description.replace(/\s+/g, " "));
  });

  it("comes with instructions that say once how to page, narrow an answer and retry a write", async () => {
    const instructions = (await connected()).getInstructions()!;
    expect(instructions).toContain("pagination.has_more");
    expect(instructions).toContain("`fields`");
    expect(instructions).toContain("`idempotency_key`");
    expect(instructions).toContain("RESULT_TOO_LARGE");
  });
});
