// @vitest-environment happy-dom
// Every mutation hook against Prism: it resolves to what the client answers, its errors are the
// core's classes, and it refetches exactly the queries its change makes stale, no others.
import type { UseMutationResult } from "@tanstack/react-query";
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AlloApiError, AlloValidationError, type AlloClient } from "../../src/index.js";
import {
  useAddTags,
  useAlloQuery,
  useCalls,
  useContact,
  useContacts,
  useConversation,
  useConversationAction,
  useConversationItem,
  useConversationItems,
  useConversations,
  useCreateContact,
  useCreateWebhook,
  useDeleteWebhook,
  useMe,
  useNumbers,
  useRemoveTag,
  useSendSms,
  useSendSmsFrance,
  useUpdateCallSummary,
  useUpdateContact,
  useWebhooks,
} from "../../src/react/index.js";
import { direct, harness, type HarnessOptions } from "./harness.js";

afterEach(cleanup);

const SMS = { from: "+13055550180", to: "+13055550142", message: "Your order just shipped" };
const SMS_FR = { sender_id: "MyCompany", to: "+33612345678", message: "Bonjour depuis Allo" };
const CONTACT = { numbers: ["+33612345678"], name: "Jean", last_name: "Dupont" };
const HOOK = { allo_number: "+13055550180", url: "https://example.com/webhooks/allo", topics: ["CALL_RECEIVED" as const] };
const SUMMARY = { content: "# Summary\n\nRefund approved." };

// Every query kind on screen at once, v1 and v2, so a mutation's invalidation shows as the
// requests it causes. `me` and `users` are never stale: a mutation that refetches them is wrong.
const SCREEN = {
  numbers: "GET /v1/api/numbers",
  webhooks: "GET /v1/api/webhooks",
  calls: "GET /v1/api/calls",
  contacts: "GET /v1/api/contacts",
  contact: "GET /v1/api/contact/cnt_abc123",
  conversation: "GET /v1/api/contact/cnt_abc123/conversation",
  me: "GET /v2/api/me",
  users: "GET /v2/api/users",
  conversations: "GET /v2/api/conversations",
  items: "POST /v2/api/conversations/items/search",
  item: "GET /v2/api/conversations/items/cll-abc123",
  batch: "POST /v2/api/conversations/items/batch",
};
type Screen = keyof typeof SCREEN;

function useScreen(): Record<Screen, { isSuccess: boolean }> {
  return {
    numbers: useNumbers(),
    webhooks: useWebhooks(),
    calls: useCalls({ allo_number: "+13055550180" }),
    contacts: useContacts({ page: 0, size: 20 }),
    contact: useContact("cnt_abc123"),
    conversation: useConversation("cnt_abc123", { size: 20 }),
    me: useMe(),
    users: useAlloQuery("users.list", [{}]),
    conversations: useConversations({ allo_number: "+14155550100" }),
    items: useConversationItems({ search: "billing" }),
    item: useConversationItem("cll-abc123"),
    batch: useAlloQuery("conversations.items.batchGet", [["cll-abc123", "msg-def456"], {}]),
  };
}

interface Case {
  hook: string;
  use: () => UseMutationResult<unknown, unknown, never>;
  variables: unknown;
  call: (allo: AlloClient) => Promise<unknown>;
  route: string;
  refetches: Screen[];
}

const V2_CONTACT: Screen[] = ["conversations", "items", "item", "batch"];
const CALL_VIEWS: Screen[] = ["items", "batch", "conversations", "calls", "conversation"];

const cases: Case[] = [
  {
    hook: "useSendSms",
    use: useSendSms as Case["use"],
    variables: SMS,
    call: (a) => a.sms.send(SMS),
    route: "POST /v1/api/sms",
    refetches: ["calls", "conversation", "conversations", "items"],
  },
  {
    hook: "useSendSmsFrance",
    use: useSendSmsFrance as Case["use"],
    variables: SMS_FR,
    call: (a) => a.sms.sendFrance(SMS_FR),
    route: "POST /v1/api/sms",
    refetches: ["calls", "conversation", "conversations", "items"],
  },
  {
    hook: "useCreateContact",
    use: useCreateContact as Case["use"],
    variables: CONTACT,
    call: (a) => a.contacts.create(CONTACT),
    route: "POST /v1/api/contacts",
    refetches: ["contacts", "contact", "conversation", ...V2_CONTACT],
  },
  {
    hook: "useUpdateContact",
    use: useUpdateContact as Case["use"],
    variables: { id: "cnt_abc123", input: { job_title: "CEO" } },
    call: (a) => a.contacts.update("cnt_abc123", { job_title: "CEO" }),
    route: "PUT /v1/api/contacts/cnt_abc123",
    refetches: ["contacts", "contact", "conversation", ...V2_CONTACT],
  },
  {
    hook: "useCreateWebhook",
    use: useCreateWebhook as Case["use"],
    variables: HOOK,
    call: (a) => a.webhooks.create(HOOK),
    route: "POST /v1/api/webhooks",
    refetches: ["webhooks"],
  },
  {
    hook: "useDeleteWebhook",
    use: useDeleteWebhook as Case["use"],
    variables: "wh_abc123",
    call: (a) => a.webhooks.delete("wh_abc123"),
    route: "DELETE /v1/api/webhooks/wh_abc123",
    refetches: ["webhooks"],
  },
  {
    hook: "useConversationAction",
    use: useConversationAction as Case["use"],
    variables: { contactNumber: "+14155551234", action: "READ" },
    call: (a) => a.conversations.act("+14155551234", "READ"),
    route: "PUT /v2/api/conversations/%2B14155551234/action",
    refetches: ["conversations", "items"],
  },
  {
    hook: "useUpdateCallSummary",
    use: useUpdateCallSummary as Case["use"],
    variables: { id: "cll-abc123", input: SUMMARY },
    call: (a) => a.conversations.items.updateSummary("cll-abc123", SUMMARY),
    route: "PATCH /v2/api/conversations/items/cll-abc123/summary",
    refetches: ["item", ...CALL_VIEWS],
  },
  {
    hook: "useUpdateCallSummary (another call than the one on screen)",
    use: useUpdateCallSummary as Case["use"],
    variables: { id: "cll-other9", input: SUMMARY },
    call: (a) => a.conversations.items.updateSummary("cll-other9", SUMMARY),
    route: "PATCH /v2/api/conversations/items/cll-other9/summary",
    refetches: CALL_VIEWS,
  },
  {
    hook: "useAddTags",
    use: useAddTags as Case["use"],
    variables: { id: "cll-abc123", tags: ["qualified"] },
    call: (a) => a.tags.add("cll-abc123", ["qualified"]),
    route: "POST /v2/api/conversations/items/cll-abc123/tags",
    refetches: ["item", ...CALL_VIEWS],
  },
  {
    hook: "useRemoveTag",
    use: useRemoveTag as Case["use"],
    variables: { id: "cll-abc123", tag: "billing" },
    call: (a) => a.tags.remove("cll-abc123", "billing"),
    route: "DELETE /v2/api/conversations/items/cll-abc123/tags/billing",
    refetches: ["item", ...CALL_VIEWS],
  },
];

async function renderScreen(use: Case["use"], options: HarnessOptions = {}) {
  const h = harness(options);
  const rendered = renderHook(() => ({ screen: useScreen(), mutation: use() }), { wrapper: h.wrapper });
  await waitFor(() => expect(Object.values(rendered.result.current.screen).every((q) => q.isSuccess)).toBe(true));
  h.seen.length = 0;
  return { h, result: rendered.result };
}

describe("mutation hooks against Prism", () => {
  it.each(cases)(
    "$hook resolves to the client's answer and refetches $refetches, nothing else",
    async ({ use, variables, call, route, refetches }) => {
      const { h, result } = await renderScreen(use);
      expect(result.current.mutation.isPending).toBe(false);

      const data = await act(() => result.current.mutation.mutateAsync(variables as never));

      expect(data).toEqual(await call(direct()));
      await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
      expect(result.current.mutation.data).toEqual(data);
      expect(result.current.mutation.error).toBeNull();
      // The mutation resolved only after the stale queries were fetched again.
      const [mutationRequest, ...after] = h.seen;
      expect(mutationRequest).toBe(route);
      expect(after.sort()).toEqual(refetches.map((name) => SCREEN[name]).sort());
    },
  );

  it("mutate() reports isPending until Allo has answered", async () => {
    let release = () => {};
    const { h, result } = await renderScreen(useSendSms as Case["use"]);
    h.hold(new Promise<void>((resolve) => (release = resolve)));
    act(() => result.current.mutation.mutate(SMS as never));
    await waitFor(() => expect(h.seen).toEqual(["POST /v1/api/sms"]));
    expect(result.current.mutation.isPending).toBe(true);
    release();
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
    expect(result.current.mutation.isPending).toBe(false);
  });

  it("a refused send is an AlloApiError with Allo's code, and refetches nothing", async () => {
    const { h, result } = await renderScreen(useSendSmsFrance as Case["use"], {
      prefer: { "POST /v1/api/sms": "code=400, example=INVALID_SENDER_ID" },
    });
    await act(async () => {
      await expect(result.current.mutation.mutateAsync(SMS_FR as never)).rejects.toThrow(AlloApiError);
    });
    await waitFor(() => expect(result.current.mutation.isError).toBe(true));
    expect(result.current.mutation.error).toBeInstanceOf(AlloApiError);
    expect(result.current.mutation.error).toMatchObject({ status: 400, code: "INVALID_SENDER_ID" });
    expect(h.seen).toEqual(["POST /v1/api/sms"]);
  });

  it("input the spec refuses is an AlloValidationError, and nothing is sent", async () => {
    const { h, result } = await renderScreen(useSendSms as Case["use"]);
    await act(async () => {
      await expect(result.current.mutation.mutateAsync({ ...SMS, to: "0612345678" } as never)).rejects.toThrow(AlloValidationError);
    });
    await waitFor(() => expect(result.current.mutation.error).toMatchObject({ field: "to" }));
    expect(h.seen).toEqual([]);
  });

  it("a refused v2 write (a tag already on the call) is an AlloApiError with v2's code, and refetches nothing", async () => {
    const route = "POST /v2/api/conversations/items/cll-abc123/tags";
    const { h, result } = await renderScreen(useAddTags as Case["use"], { prefer: { [route]: "code=409" } });
    await act(async () => {
      await expect(result.current.mutation.mutateAsync({ id: "cll-abc123", tags: ["billing"] } as never)).rejects.toThrow(AlloApiError);
    });
    await waitFor(() => expect(result.current.mutation.error).toMatchObject({ status: 409, code: "TAG_ALREADY_EXISTS" }));
    expect(h.seen).toEqual([route]);
  });

  it("a v2 write the spec refuses (a text's id for a call's summary) is an AlloValidationError naming the field, and nothing is sent", async () => {
    const { h, result } = await renderScreen(useUpdateCallSummary as Case["use"]);
    await act(async () => {
      await expect(result.current.mutation.mutateAsync({ id: "msg-def456", input: SUMMARY } as never)).rejects.toThrow(AlloValidationError);
    });
    await waitFor(() => expect(result.current.mutation.error).toMatchObject({ field: "id" }));
    expect(h.seen).toEqual([]);
  });

  it("a send that fails with a 500 is attempted once: neither the client nor the hook retries a POST that may have been processed", async () => {
    const { h, result } = await renderScreen(useSendSms as Case["use"], { prefer: { "POST /v1/api/sms": "code=500" } });
    await act(async () => {
      await expect(result.current.mutation.mutateAsync(SMS as never)).rejects.toMatchObject({ status: 500 });
    });
    expect(h.count("POST /v1/api/sms")).toBe(1);
  });
});
