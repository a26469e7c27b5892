// @vitest-environment happy-dom
// <AlloProvider>: a given client or one built from options, the app's QueryClient or its own.
import { QueryClient, QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { cleanup, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, inject, it } from "vitest";
import { AlloClient, AlloValidationError } from "../../src/index.js";
import { AlloProvider, alloKeys, useAlloClient, useNumbers } from "../../src/react/index.js";
import { harness } from "./harness.js";

afterEach(cleanup);

describe("<AlloProvider>", () => {
  it("with client={allo}, the hooks call that client", async () => {
    const h = harness();
    const allo = new AlloClient({ apiKey: "k", baseUrl: inject("prismUrl"), fetch: h.fetch });
    const wrapper = ({ children }: { children?: ReactNode }) => <AlloProvider client={allo}>{children}</AlloProvider>;
    const { result } = renderHook(() => ({ client: useAlloClient(), numbers: useNumbers() }), { wrapper });
    expect(result.current.client).toBe(allo);
    await waitFor(() => expect(result.current.numbers.isSuccess).toBe(true));
    expect(h.seen).toEqual(["GET /v1/api/numbers"]);
  });

  it("with client options, builds one client and keeps it while they are the same values, rebuilds it when one changes", () => {
    const base = inject("prismUrl");
    let timeout = 10_000;
    // An inline headers object: a new object on every render, with the same value.
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <AlloProvider apiKey="k" baseUrl={base} headers={{ "X-App": "dashboard" }} timeout={timeout}>
        {children}
      </AlloProvider>
    );
    const { result, rerender } = renderHook(() => useAlloClient(), { wrapper });
    const first = result.current;
    expect(first).toBeInstanceOf(AlloClient);
    rerender();
    expect(result.current).toBe(first);
    timeout = 5_000;
    rerender();
    expect(result.current).not.toBe(first);
  });

  it("rebuilds the client when any option changes, logger and logLevel included, and keeps it while the same logger object is passed", () => {
    const base = inject("prismUrl");
    let logLevel: "off" | "debug" = "off";
    let logger = { debug() {}, info() {}, warn() {}, error() {} };
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <AlloProvider apiKey="k" baseUrl={base} logLevel={logLevel} logger={logger}>
        {children}
      </AlloProvider>
    );
    const { result, rerender } = renderHook(() => useAlloClient(), { wrapper });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    logLevel = "debug";
    rerender();
    const second = result.current;
    expect(second).not.toBe(first);
    logger = { ...logger };
    rerender();
    expect(result.current).not.toBe(second);
  });

  it("uses the QueryClient above it: the hooks' data lands in the app's cache", async () => {
    const app = new QueryClient();
    const h = harness();
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <QueryClientProvider client={app}>
        <h.wrapper>{children}</h.wrapper>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => ({ queryClient: useQueryClient(), numbers: useNumbers() }), { wrapper });
    expect(result.current.queryClient).toBe(app);
    await waitFor(() => expect(result.current.numbers.isSuccess).toBe(true));
    expect(app.getQueryData(alloKeys.numbers())).toEqual(result.current.numbers.data);
  });

  it("creates a QueryClient when there is none, one that retries neither queries nor mutations", () => {
    const { result, rerender } = renderHook(() => useQueryClient(), { wrapper: harness().wrapper });
    const own = result.current;
    expect(own.getDefaultOptions().queries?.retry).toBe(false);
    expect(own.getDefaultOptions().mutations?.retry).toBe(false);
    rerender();
    expect(result.current).toBe(own);
  });

  it("refuses bad client options with the core's AlloValidationError", () => {
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <AlloProvider apiKey="proxied" baseUrl="/api/allo" timeout={-1}>
        {children}
      </AlloProvider>
    );
    expect(() => renderHook(() => useAlloClient(), { wrapper })).toThrow(AlloValidationError);
  });
});

describe("useAlloClient()", () => {
  it("outside a provider, throws saying to add one", () => {
    expect(() => renderHook(() => useAlloClient())).toThrow(/wrap this component in <AlloProvider/);
  });
});
