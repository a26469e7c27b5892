// @vitest-environment happy-dom
// The query hooks rendered with Testing Library against Prism: loading, then the client's data,
// cached under the documented key; errors as the core's own classes; refetch; idle without an id;
// one request for one query however its input is spelled; no retries on top of the client's.
import { QueryClient, QueryClientProvider, useQueryClient, type QueryKey, type UseQueryResult } from "@tanstack/react-query";
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { operations } from "../../generated/operations.js";
import { AlloApiError, AlloValidationError, type AlloClient } from "../../src/index.js";
import {
  alloKeys,
  useAlloQuery,
  useCalls,
  useContact,
  useContacts,
  useConversation,
  useConversationItem,
  useConversationItems,
  useConversations,
  useMe,
  useNumbers,
  useWebhooks,
} from "../../src/react/index.js";
import { direct, harness } from "./harness.js";

afterEach(cleanup);

const CALLS = { allo_number: "+13055550180", page: 0, size: 20 };
const CONVERSATIONS = { allo_number: "+14155550100", page: 1, size: 20 };
const SEARCH = { search: "billing", type: "CALL" as const, sort: "RELEVANCE" as const };

interface QueryCase {
  hook: string;
  use: () => UseQueryResult<unknown>;
  route: string;
  key: QueryKey;
  call: (allo: AlloClient) => Promise<unknown>;
}

const queries: QueryCase[] = [
  { hook: "useNumbers()", use: () => useNumbers(), route: "GET /v1/api/numbers", key: alloKeys.numbers(), call: (a) => a.numbers.list() },
  {
    hook: "useWebhooks()",
    use: () => useWebhooks(),
    route: "GET /v1/api/webhooks",
    key: alloKeys.webhooks(),
    call: (a) => a.webhooks.list(),
  },
  {
    hook: "useCalls(input)",
    use: () => useCalls(CALLS),
    route: "GET /v1/api/calls",
    key: alloKeys.calls(CALLS),
    call: (a) => a.calls.search(CALLS),
  },
  {
    hook: "useContacts(input)",
    use: () => useContacts({ page: 0, size: 20 }),
    route: "GET /v1/api/contacts",
    key: alloKeys.contacts({ page: 0, size: 20 }),
    call: (a) => a.contacts.search({ page: 0, size: 20 }),
  },
  {
    hook: "useContact(id)",
    use: () => useContact("cnt_abc123"),
    route: "GET /v1/api/contact/cnt_abc123",
    key: alloKeys.contact("cnt_abc123", {}),
    call: (a) => a.contacts.get("cnt_abc123"),
  },
  {
    hook: "useConversation(id, input)",
    use: () => useConversation("cnt_abc123", { size: 20 }),
    route: "GET /v1/api/contact/cnt_abc123/conversation",
    key: alloKeys.conversation("cnt_abc123", { size: 20 }),
    call: (a) => a.contacts.conversation("cnt_abc123", { size: 20 }),
  },
  { hook: "useMe()", use: () => useMe(), route: "GET /v2/api/me", key: alloKeys.me(), call: (a) => a.me() },
  {
    hook: "useConversations(input)",
    use: () => useConversations(CONVERSATIONS),
    route: "GET /v2/api/conversations",
    key: alloKeys.conversations(CONVERSATIONS),
    call: (a) => a.conversations.list(CONVERSATIONS),
  },
  {
    hook: "useConversationItems(input)",
    use: () => useConversationItems(SEARCH),
    route: "POST /v2/api/conversations/items/search",
    key: alloKeys.conversationItems(SEARCH),
    call: (a) => a.conversations.items.search(SEARCH),
  },
  {
    hook: "useConversationItems()",
    use: () => useConversationItems(),
    route: "POST /v2/api/conversations/items/search",
    key: alloKeys.conversationItems({}),
    call: (a) => a.conversations.items.search(),
  },
  {
    hook: "useConversationItem(id, input)",
    use: () => useConversationItem("cll-abc123", { extend: ["transcript"] }),
    route: "GET /v2/api/conversations/items/cll-abc123",
    key: alloKeys.conversationItem("cll-abc123", { extend: ["transcript"] }),
    call: (a) => a.conversations.items.get("cll-abc123", { extend: ["transcript"] }),
  },
  {
    hook: 'useAlloQuery("users.list", [input])',
    use: () => useAlloQuery("users.list", [{ role: "ADMIN" }]),
    route: "GET /v2/api/users",
    key: alloKeys.of("users.list", { role: "ADMIN" }),
    call: (a) => a.users.list({ role: "ADMIN" }),
  },
];

describe("query hooks against Prism", () => {
  it.each(queries)(
    "$hook is loading, then holds what the client answers, cached under its documented key",
    async ({ use, route, key, call }) => {
      const h = harness();
      const { result } = renderHook(() => ({ query: use(), cache: useQueryClient() }), { wrapper: h.wrapper });
      expect(result.current.query.isLoading).toBe(true);
      expect(result.current.query.data).toBeUndefined();
      await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
      expect(result.current.query.isLoading).toBe(false);
      expect(result.current.query.error).toBeNull();
      const expected = await call(direct());
      expect(expected).toBeDefined();
      expect(result.current.query.data).toEqual(expected);
      expect(result.current.cache.getQueryData(key)).toBe(result.current.query.data);
      expect(h.seen).toEqual([route]);
      // The operation the key names is the one the request went to, by the table's method and path.
      const op = operations[key[1] as keyof typeof operations];
      expect(route).toMatch(new RegExp(`^${op.method} ${op.path.replace(/\{[^}]+\}/g, "[^/]+")}$`));
    },
  );

  it("a v1 error answer is an AlloApiError of the core, with Allo's code", async () => {
    const h = harness({ prefer: { "GET /v1/api/contact/cnt_gone": "code=400, example=CONTACT_NOT_FOUND" } });
    const { result } = renderHook(() => useContact("cnt_gone"), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(AlloApiError);
    expect(result.current.error).toMatchObject({ status: 400, code: "CONTACT_NOT_FOUND" });
    expect(result.current.data).toBeUndefined();
  });

  it("a v2 error answer is an AlloApiError with v2's fields: code, suggestion, request id, param", async () => {
    const h = harness({ prefer: { "GET /v2/api/conversations/items/cll-gone": "code=404" } });
    const { result } = renderHook(() => useConversationItem("cll-gone"), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(AlloApiError);
    expect(result.current.error).toMatchObject({
      status: 404,
      code: "CONVERSATION_ITEM_NOT_FOUND",
      param: "id",
      requestId: "req_a1b2c3d4e5f6",
      suggestion: expect.stringContaining("items/search"),
    });
  });

  it.each<[string, () => UseQueryResult<unknown>, string]>([
    ["useCalls", () => useCalls({ allo_number: "0612345678" }), "allo_number"],
    ["useConversations", () => useConversations({ allo_number: "+14155550100", size: 101 }), "size"],
    ["useConversationItems", () => useConversationItems({ type: "FAX" as never }), "type"],
    ["useConversationItem", () => useConversationItem("abc123"), "id"],
  ])("input the spec refuses (%s) is an AlloValidationError naming the field, and nothing is sent", async (_hook, use, field) => {
    const h = harness();
    const { result } = renderHook(use, { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(AlloValidationError);
    expect(result.current.error).toMatchObject({ field });
    expect(h.seen).toEqual([]);
  });

  it("refetch() asks Allo again and keeps the data", async () => {
    const h = harness();
    const { result } = renderHook(() => useConversationItems(SEARCH), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const first = result.current.data;
    const refetched = await act(() => result.current.refetch());
    expect(refetched.data).toEqual(first);
    expect(h.count("POST /v2/api/conversations/items/search")).toBe(2);
  });

  it.each([undefined, ""])(
    "useContact, useConversation and useConversationItem stay idle while the id is %j, and load once it is set",
    async (empty) => {
      const h = harness();
      const { result, rerender } = renderHook(
        ({ id, item }: { id: string | undefined; item: string | undefined }) => ({
          contact: useContact(id),
          conversation: useConversation(id),
          item: useConversationItem(item),
        }),
        { wrapper: h.wrapper, initialProps: { id: empty, item: empty } },
      );
      for (const query of Object.values(result.current)) {
        expect(query.fetchStatus).toBe("idle");
        expect(query.isLoading).toBe(false);
      }
      expect(h.seen).toEqual([]);

      rerender({ id: "cnt_abc123", item: "cll-abc123" });
      await waitFor(() => expect(Object.values(result.current).every((q) => q.isSuccess)).toBe(true));
      expect(h.seen.sort()).toEqual([
        "GET /v1/api/contact/cnt_abc123",
        "GET /v1/api/contact/cnt_abc123/conversation",
        "GET /v2/api/conversations/items/cll-abc123",
      ]);
    },
  );

  it("an id waits for enabled too: enabled: false keeps useConversationItem idle whatever its id", () => {
    const h = harness();
    const { result } = renderHook(() => useConversationItem("cll-abc123", {}, { enabled: false }), { wrapper: h.wrapper });
    expect(result.current.fetchStatus).toBe("idle");
    expect(h.seen).toEqual([]);
  });
});

describe("stable query keys", () => {
  it("two components asking for the same search, its fields in another order, share one request and one cache entry", async () => {
    const h = harness();
    const { result } = renderHook(
      () => ({
        a: useConversationItems({ search: "refund", type: "CALL", size: 10 }),
        b: useConversationItems({ size: 10, type: "CALL", search: "refund" }),
        cache: useQueryClient(),
      }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(result.current.a.isSuccess && result.current.b.isSuccess).toBe(true));
    expect(h.count("POST /v2/api/conversations/items/search")).toBe(1);
    expect(result.current.b.data).toBe(result.current.a.data);
    expect(result.current.cache.getQueryCache().findAll({ queryKey: alloKeys.conversationItems() })).toHaveLength(1);
  });

  it("another page is another request and another entry", async () => {
    const h = harness();
    const { result } = renderHook(
      () => ({
        one: useConversations({ ...CONVERSATIONS, page: 1 }),
        two: useConversations({ ...CONVERSATIONS, page: 2 }),
        cache: useQueryClient(),
      }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(result.current.one.isSuccess && result.current.two.isSuccess).toBe(true));
    expect(h.count("GET /v2/api/conversations")).toBe(2);
    expect(result.current.cache.getQueryCache().findAll({ queryKey: alloKeys.conversations() })).toHaveLength(2);
  });
});

describe("useAlloQuery(name, args)", () => {
  it('is what the named hooks are: useAlloQuery("contacts.search", [input]) shares useContacts(input)\'s request and data', async () => {
    const h = harness();
    const { result } = renderHook(() => ({ named: useContacts({ page: 0 }), generic: useAlloQuery("contacts.search", [{ page: 0 }]) }), {
      wrapper: h.wrapper,
    });
    await waitFor(() => expect(result.current.named.isSuccess && result.current.generic.isSuccess).toBe(true));
    expect(result.current.generic.data).toBe(result.current.named.data);
    expect(h.seen).toEqual(["GET /v1/api/contacts"]);
  });

  it("refuses a write such as sms.send with an AlloValidationError naming the name, and sends nothing", () => {
    const h = harness();
    const send = () =>
      renderHook(() => useAlloQuery("sms.send" as never, [{ from: "+13055550180", to: "+13055550142", message: "x" }] as never), {
        wrapper: h.wrapper,
      });
    expect(send).toThrow(AlloValidationError);
    expect(send).toThrow(/name "sms\.send" changes data \(POST \/v1\/api\/sms\)/);
    expect(h.seen).toEqual([]);
  });

  it("refuses a name that is not in the operation table, and arguments that are not an array", () => {
    const h = harness();
    expect(() => renderHook(() => useAlloQuery("contacts.list" as never, [] as never), { wrapper: h.wrapper })).toThrow(
      /name must be an SDK method name .*"contacts\.list"/,
    );
    expect(() => renderHook(() => useAlloQuery("me", {} as never), { wrapper: h.wrapper })).toThrow(/args must be an array/);
    expect(h.seen).toEqual([]);
  });
});

describe("retries", () => {
  // react-query retries a failed query 3 times by default; the client already retries what is
  // safe, so the hooks must add nothing: a 500 on a GET is attempted 1 + maxRetries times, once.
  it("a failing query is attempted only as often as the client's policy says, under an app QueryClient that retries 3 times", async () => {
    const h = harness({ prefer: { "GET /v2/api/me": "code=500" }, client: { maxRetries: 1 } });
    const app = new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 0 } } });
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <QueryClientProvider client={app}>
        <h.wrapper>{children}</h.wrapper>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => useMe(), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ status: 500 });
    expect(h.count("GET /v2/api/me")).toBe(2);
    expect(result.current.failureCount).toBe(1);
  });

  it("a hook's own retry option still wins, for apps that want one", async () => {
    const h = harness({ prefer: { "GET /v1/api/webhooks": "code=500" }, client: { maxRetries: 0 } });
    const { result } = renderHook(() => useWebhooks({ retry: 1, retryDelay: 0 }), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(h.count("GET /v1/api/webhooks")).toBe(2);
  });
});
