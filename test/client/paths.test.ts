// Path parameters are encoded: an id cannot reach another route.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlloClient } from "../../src/index.js";
import { json, startFaultServer, type FaultServer } from "../helpers/fault-server.js";

let server: FaultServer;
let allo: AlloClient;
beforeAll(async () => {
  server = await startFaultServer((req, res) =>
    json(res, 200, req.method === "DELETE" ? { data: null } : { data: { id: "x", numbers: [], emails: [], results: [], metadata: {} } }),
  );
  allo = new AlloClient({ apiKey: "k", baseUrl: `${server.url}/v1/api` });
});
afterAll(() => server.close());

const last = () => server.seen.at(-1)!.url;

describe("path parameters", () => {
  it.each([
    { id: "../numbers", path: "/v1/api/contact/..%2Fnumbers" },
    { id: "../../v2/admin", path: "/v1/api/contact/..%2F..%2Fv2%2Fadmin" },
    { id: "a?b=c#d", path: "/v1/api/contact/a%3Fb%3Dc%23d" },
    { id: "cnt 1/é", path: "/v1/api/contact/cnt%201%2F%C3%A9" },
    { id: "%2e%2e", path: "/v1/api/contact/%252e%252e" },
  ])("a contact id of $id stays one segment under /contact/", async ({ id, path }) => {
    await allo.contacts.get(id);
    expect(last()).toBe(path);
  });

  it("the same holds for updates, conversations and webhook deletions", async () => {
    await allo.contacts.update("../numbers", { name: "x" });
    expect(last()).toBe("/v1/api/contacts/..%2Fnumbers");
    await allo.contacts.conversation("../numbers");
    expect(last()).toBe("/v1/api/contact/..%2Fnumbers/conversation");
    await allo.webhooks.delete("../numbers");
    expect(last()).toBe("/v1/api/webhooks/..%2Fnumbers");
  });

  it("extend is sent as one comma-separated value", async () => {
    await allo.contacts.get("cnt_1", { extend: ["engagement", "activity"] });
    expect(last()).toBe("/v1/api/contact/cnt_1?extend=engagement,activity");
  });
});
