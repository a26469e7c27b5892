// What the hook tests share: a provider on the Prism mock whose fetch records each request
// ("GET /numbers") and can pick Prism's answer per route with a Prefer header.
import { configure } from "@testing-library/react";
import type { ReactNode } from "react";
import { inject } from "vitest";
import { AlloClient, type AlloClientOptions } from "../../src/index.js";
import { AlloProvider } from "../../src/react/index.js";

export const KEY = "hooks-test-key";

// waitFor waits for an event, not a deadline: a Prism answering a route for the first time, on a
// loaded machine, can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 10_000 });

export interface Harness {
  /** Every request sent, as "METHOD /path". */
  seen: string[];
  /** How many requests went to "METHOD /path". */
  count(route: string): number;
  wrapper: (props: { children?: ReactNode }) => ReactNode;
  /** The fetch the provider's client uses. */
  fetch: typeof globalThis.fetch;
  /** Requests from now on are recorded at once but sent only when `until` resolves. */
  hold(until: Promise<void>): void;
}

export interface HarnessOptions {
  /** "METHOD /path" to the Prefer header Prism gets for that route. */
  prefer?: Record<string, string>;
  /** Client options beside apiKey, baseUrl and fetch. */
  client?: Partial<AlloClientOptions>;
}

export function harness({ prefer = {}, client = {} }: HarnessOptions = {}): Harness {
  const seen: string[] = [];
  let gate: Promise<void> | undefined;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const route = `${init?.method ?? "GET"} ${new URL(String(input)).pathname}`;
    seen.push(route);
    await gate;
    const headers = new Headers(init?.headers);
    if (prefer[route]) headers.set("prefer", prefer[route]);
    return globalThis.fetch(input, { ...init, headers });
  };
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <AlloProvider apiKey={KEY} baseUrl={inject("prismUrl")} fetch={fetch} {...client}>
      {children}
    </AlloProvider>
  );
  return {
    seen,
    count: (route) => seen.filter((r) => r === route).length,
    wrapper,
    fetch,
    hold: (until) => {
      gate = until;
    },
  };
}

/** A plain client on the same mock: what the hooks' data must equal. */
export const direct = () => new AlloClient({ apiKey: KEY, baseUrl: inject("prismUrl") });
