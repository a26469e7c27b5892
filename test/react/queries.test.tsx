// @vitest-environment happy-dom
// The query hooks rendered with Testing Library against Prism: loading, then the client's data;
// errors as the core's own classes; refetch; idle without an id; no retries on top of the client's.
import { QueryClient, QueryClientProvider, type UseQueryResult } from "@tanstack/react-query";
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { AlloApiError, AlloValidationError, type AlloClient } from "../../src/index.js";
import { useCalls, useContact, useContacts, useConversation, useNumbers, useWebhooks } from "../../src/react/index.js";
import { direct, harness } from "./harness.js";

afterEach(cleanup);

const CALLS = { allo_number: "+13055550180", page: 0, size: 20 };

const queries: { hook: string; use: () => UseQueryResult<unknown>; route: string; call: (allo: AlloClient) => Promise<unknown> }[] = [
  { hook: "useNumbers()", use: () => useNumbers(), route: "GET /numbers", call: (a) => a.numbers.list() },
  { hook: "useWebhooks()", use: () => useWebhooks(), route: "GET /webhooks", call: (a) => a.webhooks.list() },
  { hook: "useCalls(input)", use: () => useCalls(CALLS), route: "GET /calls", call: (a) => a.calls.search(CALLS) },
  { hook: "useContacts(input)", use: () => useContacts({ page: 0, size: 20 }), route: "GET /contacts", call: (a) => a.contacts.search({ page: 0, size: 20 }) },
  { hook: "useContact(id)", use: () => useContact("cnt_abc123"), route: "GET /contact/cnt_abc123", call: (a) => a.contacts.get("cnt_abc123") },
  {
    hook: "useConversation(id, input)",
    use: () => useConversation("cnt_abc123", { size: 20 }),
    route: "GET /contact/cnt_abc123/conversation",
    call: (a) => a.contacts.conversation("cnt_abc123", { size: 20 }),
  },
];

describe("query hooks against Prism", () => {
  it.each(queries)("$hook is loading, then holds what the client answers", async ({ use, route, call }) => {
    const h = harness();
    const { result } = renderHook(use, { wrapper: h.wrapper });
    expect(result.current.isLoading).toBe(true);
    expect(result.current.data).toBeUndefined();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.isLoading).toBe(false);
    expect(result.current.error).toBeNull();
    expect(result.current.data).toEqual(await call(direct()));
    expect(h.seen).toEqual([route]);
  });

  it("an error answer is an AlloApiError of the core, with Allo's code", async () => {
    const h = harness({ prefer: { "GET /contact/cnt_gone": "code=400, example=CONTACT_NOT_FOUND" } });
    const { result } = renderHook(() => useContact("cnt_gone"), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(AlloApiError);
    expect(result.current.error).toMatchObject({ status: 400, code: "CONTACT_NOT_FOUND" });
    expect(result.current.data).toBeUndefined();
  });

  it("input the spec refuses is an AlloValidationError, and nothing is sent", async () => {
    const h = harness();
    const { result } = renderHook(() => useCalls({ allo_number: "0612345678" }), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(AlloValidationError);
    expect(result.current.error).toMatchObject({ field: "allo_number" });
    expect(h.seen).toEqual([]);
  });

  it("refetch() asks Allo again and keeps the data", async () => {
    const h = harness();
    const { result } = renderHook(() => useContacts({ page: 0 }), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const first = result.current.data;
    const refetched = await act(() => result.current.refetch());
    expect(refetched.data).toEqual(first);
    expect(h.count("GET /contacts")).toBe(2);
  });

  it.each([undefined, ""])("useContact and useConversation stay idle while the id is %j, and load once it is set", async (empty) => {
    const h = harness();
    const { result, rerender } = renderHook(({ id }: { id: string | undefined }) => ({ contact: useContact(id), conversation: useConversation(id) }), {
      wrapper: h.wrapper,
      initialProps: { id: empty },
    });
    expect(result.current.contact.fetchStatus).toBe("idle");
    expect(result.current.conversation.fetchStatus).toBe("idle");
    expect(result.current.contact.isLoading).toBe(false);
    expect(h.seen).toEqual([]);

    rerender({ id: "cnt_abc123" });
    await waitFor(() => expect(result.current.contact.isSuccess && result.current.conversation.isSuccess).toBe(true));
    expect(h.seen.sort()).toEqual(["GET /contact/cnt_abc123", "GET /contact/cnt_abc123/conversation"]);
  });
});

describe("retries", () => {
  // react-query retries a failed query 3 times by default; the client already retries what is
  // safe, so the hooks must add nothing: a 500 on a GET is attempted 1 + maxRetries times, once.
  it("a failing query is attempted only as often as the client's policy says, under an app QueryClient that retries 3 times", async () => {
    const h = harness({ prefer: { "GET /numbers": "code=500" }, client: { maxRetries: 1 } });
    const app = new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 0 } } });
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <QueryClientProvider client={app}>
        <h.wrapper>{children}</h.wrapper>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => useNumbers(), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 5_000 });
    expect(result.current.error).toMatchObject({ status: 500 });
    expect(h.count("GET /numbers")).toBe(2);
    expect(result.current.failureCount).toBe(1);
  });

  it("a hook's own retry option still wins, for apps that want one", async () => {
    const h = harness({ prefer: { "GET /webhooks": "code=500" }, client: { maxRetries: 0 } });
    const { result } = renderHook(() => useWebhooks({ retry: 1, retryDelay: 0 }), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(h.count("GET /webhooks")).toBe(2);
  });
});
