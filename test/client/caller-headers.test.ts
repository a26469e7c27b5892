// The caller's own User-Agent and X-Request-Id, given for one call or for the client, are kept:
// the User-Agent with the client's after it, the X-Request-Id as is. Without them, the client's own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlloClient, VERSION } from "../../src/index.js";
import { json, startFaultServer, type FaultServer } from "../helpers/fault-server.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer((_req, res) => json(res, 200, { data: [] }));
});
afterAll(() => server.close());

const sent = () => server.seen.at(-1)!.headers;

describe("the caller's headers", () => {
  it("without any, the client sends its own User-Agent and a fresh X-Request-Id for each call", async () => {
    const allo = new AlloClient({ apiKey: "k", baseUrl: server.url });
    await allo.numbers.list();
    const first = sent();
    await allo.numbers.list();
    expect(first["user-agent"]).toBe(`allo-client/${VERSION}`);
    expect(first["x-request-id"]).toMatch(/^req_[0-9a-zA-Z]{20}$/);
    expect(sent()["x-request-id"]).toMatch(/^req_[0-9a-zA-Z]{20}$/);
    expect(sent()["x-request-id"]).not.toBe(first["x-request-id"]);
  });

  it("for one call: its X-Request-Id is sent as is and its User-Agent comes first", async () => {
    const allo = new AlloClient({ apiKey: "k", baseUrl: server.url });
    await allo.numbers.list({ headers: { "X-Request-Id": "trace-42", "User-Agent": "nightly-job/3" } });
    expect(sent()["x-request-id"]).toBe("trace-42");
    expect(sent()["user-agent"]).toBe(`nightly-job/3 allo-client/${VERSION}`);
    // The next call without them is back to the client's own.
    await allo.numbers.list();
    expect(sent()["x-request-id"]).toMatch(/^req_/);
    expect(sent()["user-agent"]).toBe(`allo-client/${VERSION}`);
  });

  it("for the client: its X-Request-Id is sent on every call", async () => {
    const allo = new AlloClient({ apiKey: "k", baseUrl: server.url, headers: { "x-request-id": "fleet-7" } });
    await allo.numbers.list();
    expect(sent()["x-request-id"]).toBe("fleet-7");
    expect(sent()["user-agent"]).toBe(`allo-client/${VERSION}`);
  });
});
