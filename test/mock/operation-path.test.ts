// How the proxy names a request's path: the spec's template, never a real id or number.
import { describe, expect, it } from "vitest";
import { specPath } from "../../src/mock/operation-path.js";

describe("specPath", () => {
  it.each([
    ["GET", "/v2/api/webhooks/ep_2NfDKEm9", "/v2/api/webhooks/{webhook_id}"],
    ["GET", "/v2/api/webhooks/event_types", "/v2/api/webhooks/event_types"],
    ["PUT", "/v2/api/conversations/%2B14155551234/action", "/v2/api/conversations/{contact_number}/action"],
    ["get", "/v1/api/calls/", "/v1/api/calls"],
  ])("names %s %s by its template", (method, path, template) => {
    expect(specPath(method, path)).toBe(template);
  });

  it("hides every segment of an unknown path that is no word of the spec's paths", () => {
    expect(specPath("GET", "/v3/api/contacts/%2B33612345678")).toBe("/{?}/api/contacts/{?}");
    expect(specPath("DELETE", "/v1/api/calls")).toBe("/v1/api/calls");
    expect(specPath("GET", "/")).toBe("/");
  });
});
