// @vitest-environment happy-dom
// <AlloProvider> given another client (another key: maybe another account) shows nothing the last
// one fetched: its queries are fetched again, by the new client.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { AlloProvider, useNumbers } from "../../src/react/index.js";

afterEach(cleanup);

/** What each render of Lines showed, in order. */
const seen: string[] = [];

function Lines() {
  const numbers = useNumbers();
  const shown = numbers.data?.[0]?.name ?? "(loading)";
  seen.push(shown);
  return <p>{shown}</p>;
}

it("a new client (another API key) shows none of the last one's data, and fetches it again as itself", async () => {
  const asked: string[] = [];
  // An account's numbers, named after the key that asked: what each tenant may see.
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const key = new Headers(init?.headers).get("authorization") ?? "";
    asked.push(key);
    const body = JSON.stringify({ data: [{ number: "+13055550180", name: `line of ${key}`, country: "US", is_shared_number: false }] });
    return new Response(body, { headers: { "content-type": "application/json" } });
  };
  const app = (apiKey: string) => (
    <AlloProvider apiKey={apiKey} baseUrl="http://127.0.0.1:9" fetch={fetch}>
      <Lines />
    </AlloProvider>
  );
  const { rerender } = render(app("ak_test_tenantA"));
  await screen.findByText("line of ak_test_tenantA");
  seen.length = 0;
  rerender(app("ak_test_tenantB"));
  await screen.findByText("line of ak_test_tenantB");
  expect(asked).toEqual(["ak_test_tenantA", "ak_test_tenantB"]);
  // Every render under B: loading, then B's line; never A's, not even for one render.
  expect(seen).not.toContain("line of ak_test_tenantA");
  expect(seen[0]).toBe("(loading)");
});
