// The SMS tools send at most once per idempotency_key, through the client's at-most-once store,
// against a local HTTP server that counts what reaches it; a write Allo deduplicates takes the
// same argument as its Idempotency-Key. The argument is the client's option, never a body field.
import { describe, expect, it } from "vitest";
import { SENT } from "../helpers/fault-server.js";
import { call, connected, serve } from "./in-process.js";

const SMS = { from: "+13055550180", to: "+13055550142", message: "Your order shipped" };

describe("idempotency_key", () => {
  it("sends one SMS for two calls with the same key and input, and both answer what Allo answered", async () => {
    const api = await serve(() => SENT);
    const client = await connected({ baseUrl: api.url, allow: ["sms.send"] });
    const first = await call(client, "allo_sms_send", { ...SMS, idempotency_key: "order-42-shipped" });
    const again = await call(client, "allo_sms_send", { ...SMS, idempotency_key: "order-42-shipped" });
    expect(api.seen).toHaveLength(1);
    expect(first.isError, first.content[0]!.text).toBeFalsy();
    expect(JSON.parse(first.content[0]!.text)).toEqual(SENT);
    expect(again).toEqual(first);
    // The key is the client's own: Allo gets the SMS, not the argument, and no header for it.
    expect(JSON.parse(api.seen[0]!.body)).toEqual(SMS);
    expect(api.seen[0]!.headers["idempotency-key"]).toBeUndefined();
  });

  it("refuses the same key with another input, saying each message needs its own key", async () => {
    const api = await serve(() => SENT);
    const client = await connected({ baseUrl: api.url, allow: ["sms.send", "sms.sendFrance"] });
    await call(client, "allo_sms_send", { ...SMS, idempotency_key: "k-1" });
    const other = await call(client, "allo_sms_send", { ...SMS, message: "Another text", idempotency_key: "k-1" });
    const france = await call(client, "allo_sms_send_france", {
      sender_id: "MyCompany",
      to: "+33612345678",
      message: "Bonjour",
      idempotency_key: "k-1",
    });
    expect(api.seen).toHaveLength(1);
    for (const refused of [other, france]) {
      expect(refused.isError).toBe(true);
      expect(refused.structuredContent!.error).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", field: "idempotency_key" });
    }
    expect(other.content[0]!.text).toBe(
      "IDEMPOTENCY_KEY_REUSED: allo_sms_send: this idempotency_key was already used with a different input: nothing was sent. Each message needs its own key: if this is another message, call again with a new idempotency_key.",
    );
  });

  it("sends again under a different key, and without one", async () => {
    const api = await serve(() => SENT);
    const client = await connected({ baseUrl: api.url, allow: ["sms.send"] });
    await call(client, "allo_sms_send", { ...SMS, idempotency_key: "a" });
    await call(client, "allo_sms_send", { ...SMS, idempotency_key: "b" });
    await call(client, "allo_sms_send", SMS);
    expect(api.seen).toHaveLength(3);
  });

  it("a key that is not a string of 1 to 255 characters is refused under the argument's name, and nothing is sent", async () => {
    const api = await serve(() => SENT);
    const client = await connected({ baseUrl: api.url, allow: ["sms.send"] });
    for (const bad of [42, "", "x".repeat(256)]) {
      const result = await call(client, "allo_sms_send", { ...SMS, idempotency_key: bad });
      expect(result.structuredContent!.error).toMatchObject({ code: "INVALID_INPUT", field: "idempotency_key" });
      expect(result.content[0]!.text).toContain("- idempotency_key: must be a string of 1 to 255 characters");
    }
    expect(api.seen).toEqual([]);
  });

  it("is Allo's Idempotency-Key on a write Allo deduplicates, and no argument of a tool that takes none", async () => {
    const api = await serve(() => ({ data: {} }));
    const client = await connected({ baseUrl: api.url, allow: ["tags.add", "crm.companies.create"] });
    await call(client, "allo_tags_add", { id: "cll-abc123", tags: ["follow_up"], idempotency_key: "tag-once" });
    expect(api.seen[0]!.headers["idempotency-key"]).toBe("tag-once");
    expect(JSON.parse(api.seen[0]!.body)).toEqual({ tags: ["follow_up"] });
    const read = await call(client, "allo_tags_list", { idempotency_key: "x" });
    const write = await call(client, "allo_crm_companies_create", { name: "Acme", idempotency_key: "x" });
    for (const refused of [read, write])
      expect(refused.structuredContent!.error).toMatchObject({ code: "INVALID_INPUT", field: "idempotency_key" });
    expect(api.seen).toHaveLength(1);
  });
});

describe("the SMS tools in tools/list", () => {
  it("each describe the body it takes, take idempotency_key, and say to always pass one", async () => {
    const client = await connected({ allow: ["sms.send", "sms.sendFrance"] });
    const { tools } = await client.listTools();
    const send = tools.find((t) => t.name === "allo_sms_send")!;
    const france = tools.find((t) => t.name === "allo_sms_send_france")!;
    expect(send.description).toContain("`{ from, to, message }`");
    expect(send.description).not.toContain("sender_id");
    expect(france.description).toContain("`{ sender_id, to, message }`");
    expect(france.description).not.toContain("`from`");
    for (const tool of [send, france]) {
      expect(tool.description).toContain("Always pass `idempotency_key`");
      expect(tool.inputSchema.properties).toHaveProperty(
        "idempotency_key",
        expect.objectContaining({ type: "string", minLength: 1, maxLength: 255 }),
      );
    }
    expect(send.inputSchema.required).toEqual(["from", "to", "message"]);
    expect(france.inputSchema.required).toEqual(["sender_id", "to", "message"]);
  });
});
