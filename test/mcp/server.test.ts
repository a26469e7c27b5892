// createAlloMcpServer in process, over the SDK's in-memory transport: its options checked by name,
// its tool names, and a call cancelled by the client stops the request it made.
import { describe, expect, it } from "vitest";
import { createAlloMcpServer, toolName } from "../../src/mcp/index.js";
import { AlloValidationError } from "../../src/errors/index.js";
import { connected, serve } from "./in-process.js";

describe("createAlloMcpServer", () => {
  it("refuses an allow-list entry that is not an operation, and the client's bad options, by name", () => {
    expect(() => createAlloMcpServer({ apiKey: "ak_live_abcdefgh", allow: ["sms.send", "sms.sned" as "sms.send"] })).toThrow(
      expect.objectContaining({ name: "AlloValidationError", operation: "createAlloMcpServer", field: "allow.1" }),
    );
    expect(() => createAlloMcpServer({ apiKey: "ak_live_abcdefgh", allow: ["sms.sned" as "sms.send"] })).toThrow(
      'createAlloMcpServer: allow.0 is not an operation: did you mean "sms.send"?',
    );
    expect(() => createAlloMcpServer({ apiKey: "" })).toThrow(AlloValidationError);
    expect(() => createAlloMcpServer({ apiKey: "" })).toThrow(/^createAlloMcpServer: apiKey is required/);
  });

  it("names tools allo_ and the SDK method in snake_case", () => {
    expect(toolName("conversations.items.search")).toBe("allo_conversations_items_search");
    expect(toolName("conversations.items.batchGet")).toBe("allo_conversations_items_batch_get");
    expect(toolName("summaryTemplates.setNumberDefault")).toBe("allo_summary_templates_set_number_default");
    expect(toolName("me")).toBe("allo_me");
  });

  it("offers allowed writes by the proxy's names, and no other write", async () => {
    const client = await connected({ allow: ["crm.deals.delete"] });
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toContain("allo_crm_deals_delete");
    expect(names).toContain("allo_tags_list");
    expect(names).not.toContain("allo_crm_deals_create");
  });

  it("refuses a read in the allow-list by name: it would be announced as an allowed write", () => {
    expect(() => createAlloMcpServer({ apiKey: "ak_live_abcdefgh", allow: ["sms.send", "numbers.list"] })).toThrow(
      'createAlloMcpServer: allow.1 is "numbers.list", a read: reads are always offered; allow names only operations that change data, such as "sms.send"',
    );
  });

  it("a call the client cancels aborts the request it made", async () => {
    let arrived!: () => void;
    const requested = new Promise<void>((resolve) => (arrived = resolve));
    let aborted!: () => void;
    const closed = new Promise<void>((resolve) => (aborted = resolve));
    // A fetch that never answers but says when its signal fires.
    const fetch: typeof globalThis.fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        arrived();
        init?.signal?.addEventListener("abort", () => {
          aborted();
          reject(init.signal!.reason);
        });
      });
    const client = await connected({ fetch, maxRetries: 0 });
    const controller = new AbortController();
    const call = client.callTool({ name: "allo_tags_list", arguments: {} }, undefined, { signal: controller.signal });
    await requested;
    controller.abort();
    await expect(call).rejects.toThrow();
    await closed;
  });

  it("sends nothing for a call with bad input", async () => {
    const recorder = await serve();
    const client = await connected({ baseUrl: recorder.url });
    const result = await client.callTool({ name: "allo_users_get", arguments: { id: "a/b" } });
    expect(result.isError).toBe(true);
    expect(recorder.seen).toEqual([]);
  });
});
