// Nothing the API returns is lost: unknown fields, unknown enum values, nulls and odd numbers pass
// through; the two documented reshapings (alloNumber, flat calls metadata) keep everything else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlloClient } from "../../src/index.js";
import { callsPageFromWire, webhookFromCreate } from "../../src/operations/reshape.js";
import { json, startFaultServer, type FaultServer } from "../helpers/fault-server.js";

const CALL = {
  id: "call_1",
  from_number: "anonymous",
  to_number: null,
  length_in_minutes: 1.25,
  type: null,
  result: "MISSED_AFTER_HOURS",
  start_date: "2024-01-15T10:30:00",
  transcript: [{ source: "AI_ASSISTANT", text: "hi", future_field: { nested: [1, 2] } }],
  is_whitelisted: true,
  integration_data: { hubspot: { id: 42 } },
};
const CONTACT = { id: "cnt_1", numbers: ["+33612345678"], emails: [], tags: ["vip"], engagement: "HIGH", brand_new: { a: 1 } };

let server: FaultServer;
let allo: AlloClient;
beforeAll(async () => {
  server = await startFaultServer((req, res) => {
    if (req.url?.startsWith("/v1/api/calls"))
      return json(res, 200, { data: { results: [CALL], metadata: { total_pages: 1, current_page: 0, took_ms: 12 } }, request_id: "r1" });
    if (req.url?.startsWith("/v1/api/contact/")) return json(res, 200, { data: CONTACT });
    if (req.url === "/v1/api/webhooks" && req.method === "POST")
      return json(res, 200, {
        data: {
          id: "wh_1",
          alloNumber: "+13055550180",
          enabled: true,
          url: "https://x.com/h",
          topics: ["CALL_RECEIVED", "CALL_MISSED"],
          secret_hint: "abc",
        },
      });
    json(res, 404, {});
  });
  allo = new AlloClient({ apiKey: "k", baseUrl: server.url });
});
afterAll(() => server.close());

describe("answers pass through", () => {
  it("a call keeps unknown fields, unknown enum values, nulls and a non-E.164 caller", async () => {
    const page = await allo.calls.search({ allo_number: "+13055550180" });
    expect(page.results[0]).toEqual(CALL);
    // Open enums type-check with a value beyond the known list.
    const result: string | null | undefined = page.results[0]!.result;
    expect(result).toBe("MISSED_AFTER_HOURS");
  });

  it("flat calls metadata is nested under pagination, its other fields kept", async () => {
    const page = await allo.calls.search({ allo_number: "+13055550180" });
    expect(page.metadata).toEqual({ took_ms: 12, pagination: { total_pages: 1, current_page: 0 } });
  });

  it("a contact keeps fields the spec does not know", async () => {
    expect(await allo.contacts.get("cnt_1")).toEqual(CONTACT);
  });

  it("a created webhook says allo_number, keeps its other fields and unknown topics", async () => {
    const hook = await allo.webhooks.create({ allo_number: "+13055550180", url: "https://x.com/h", topics: ["CALL_RECEIVED"] });
    expect(hook).toEqual({
      id: "wh_1",
      allo_number: "+13055550180",
      enabled: true,
      url: "https://x.com/h",
      topics: ["CALL_RECEIVED", "CALL_MISSED"],
      secret_hint: "abc",
    });
  });
});

describe("normalisers", () => {
  it("leave an already snake_case webhook and already nested metadata untouched", () => {
    const hook = { id: "w", allo_number: "+1", enabled: true, url: "u", topics: [] };
    expect(webhookFromCreate(hook)).toBe(hook);
    const page = { results: [], metadata: { pagination: { total_pages: 2, current_page: 1 } } };
    expect(callsPageFromWire(page)).toBe(page);
  });

  it("prefer allo_number when an answer carries both casings", () => {
    const both = { id: "w", alloNumber: "+1", allo_number: "+2", enabled: true, url: "u", topics: [] };
    expect(webhookFromCreate(both)).toEqual({ id: "w", allo_number: "+2", enabled: true, url: "u", topics: [] });
  });
});
