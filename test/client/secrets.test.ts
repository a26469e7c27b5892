// The raw key is what Allo receives, and nothing the caller can print ever shows it.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlloClient, AlloValidationError, VERSION } from "../../src/index.js";
import { NUMBERS, json, refusedUrl, startFaultServer, type FaultServer } from "../helpers/fault-server.js";

const KEY = "sk_live_SECRET_4f9c2a7e1b";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer((req, res) => {
    if (req.url?.includes("/contact/")) return json(res, 400, { code: "CONTACT_NOT_FOUND", details: null });
    if (req.url?.includes("/stall")) return res.writeHead(200);
    json(res, 200, NUMBERS);
  });
});
afterAll(() => server.close());

function everyRendering(value: unknown): string[] {
  const e = value as Error;
  return [
    String(value),
    e?.message ?? "",
    e?.stack ?? "",
    JSON.stringify(value) ?? "",
    inspect(value, { depth: Infinity, showHidden: true }),
    inspect((value as { cause?: unknown })?.cause, { depth: Infinity, showHidden: true }),
  ];
}

describe("the API key", () => {
  it("is sent raw in Authorization, without a Bearer prefix, with an allo-client User-Agent", async () => {
    await new AlloClient({ apiKey: KEY, baseUrl: server.url, headers: { "User-Agent": "crm-sync/2.1" } }).numbers.list();
    const { headers } = server.seen.at(-1)!;
    expect(headers.authorization).toBe(KEY);
    expect(headers["user-agent"]).toBe(`crm-sync/2.1 allo-client/${VERSION}`);
  });

  it("cannot be replaced by a header option", () => {
    expect(() => new AlloClient({ apiKey: KEY, headers: { authorization: "other" } })).toThrow(AlloValidationError);
  });

  it("is refused with a Bearer prefix, with an error that does not repeat it", () => {
    const error = (() => {
      try {
        new AlloClient({ apiKey: `Bearer ${KEY}` });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AlloValidationError);
    for (const text of everyRendering(error)) expect(text).not.toContain(KEY);
  });

  it("never appears in the client, inspected to any depth", () => {
    const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url });
    expect(inspect(allo, { depth: Infinity, showHidden: true })).not.toContain(KEY);
    expect(JSON.stringify(allo)).not.toContain(KEY);
    expect(inspect(allo.sms, { depth: Infinity, showHidden: true })).not.toContain(KEY);
  });

  it.each([
    { kind: "an API error", run: (a: AlloClient) => a.contacts.get("cnt_missing") },
    { kind: "a validation error", run: (a: AlloClient) => a.sms.send({ from: KEY, to: KEY, message: "" }) },
  ])("never appears in $kind, however it is printed", async ({ run }) => {
    const allo = new AlloClient({ apiKey: KEY, baseUrl: server.url });
    const error = await run(allo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    for (const text of everyRendering(error)) expect(text).not.toContain(KEY);
  });

  it("never appears in a network error or its cause", async () => {
    const allo = new AlloClient({ apiKey: KEY, baseUrl: await refusedUrl(), maxRetries: 0 });
    const error = await allo.numbers.list().catch((e: unknown) => e);
    expect((error as Error).name).toBe("AlloNetworkError");
    for (const text of everyRendering(error)) expect(text).not.toContain(KEY);
  });

  it("never appears in a timeout while the body stalls", async () => {
    const stalling = new AlloClient({ apiKey: KEY, baseUrl: `${server.url}/stall`, timeout: 100, maxRetries: 0 });
    const error = await stalling.numbers.list().catch((e: unknown) => e);
    expect((error as Error).name).toBe("AlloTimeoutError");
    for (const text of everyRendering(error)) expect(text).not.toContain(KEY);
  });
});
