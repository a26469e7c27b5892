// @vitest-environment happy-dom
// Every mutation hook against Prism: it resolves to what the client answers, its errors are the
// core's classes, and it refetches exactly the queries its change makes stale, no others.
import type { UseMutationResult } from "@tanstack/react-query";
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AlloApiError, AlloValidationError, type AlloClient } from "../../src/index.js";
import {
  useCalls,
  useContact,
  useContacts,
  useConversation,
  useCreateContact,
  useCreateWebhook,
  useDeleteWebhook,
  useNumbers,
  useSendSms,
  useSendSmsFrance,
  useUpdateContact,
  useWebhooks,
} from "../../src/react/index.js";
import { direct, harness, type HarnessOptions } from "./harness.js";

afterEach(cleanup);

const SMS = { from: "+13055550180", to: "+13055550142", message: "Your order just shipped" };
const SMS_FR = { sender_id: "MyCompany", to: "+33612345678", message: "Bonjour depuis Allo" };
const CONTACT = { numbers: ["+33612345678"], name: "Jean", last_name: "Dupont" };
const HOOK = { allo_number: "+13055550180", url: "https://example.com/webhooks/allo", topics: ["CALL_RECEIVED" as const] };

// Every query kind on screen at once, so a mutation's invalidation shows as the requests it causes.
const SCREEN = {
  numbers: "GET /numbers",
  webhooks: "GET /webhooks",
  calls: "GET /calls",
  contacts: "GET /contacts",
  contact: "GET /contact/cnt_abc123",
  conversation: "GET /contact/cnt_abc123/conversation",
};
type Screen = keyof typeof SCREEN;

function useScreen() {
  return {
    numbers: useNumbers(),
    webhooks: useWebhooks(),
    calls: useCalls({ allo_number: "+13055550180" }),
    contacts: useContacts({ page: 0, size: 20 }),
    contact: useContact("cnt_abc123"),
    conversation: useConversation("cnt_abc123", { size: 20 }),
  };
}

interface Case {
  hook: string;
  use: () => UseMutationResult<unknown, unknown, never>;
  variables: unknown;
  call: (allo: AlloClient) => Promise<unknown>;
  refetches: Screen[];
}

const cases: Case[] = [
  { hook: "useSendSms", use: useSendSms as Case["use"], variables: SMS, call: (a) => a.sms.send(SMS), refetches: ["calls", "conversation"] },
  {
    hook: "useSendSmsFrance",
    use: useSendSmsFrance as Case["use"],
    variables: SMS_FR,
    call: (a) => a.sms.sendFrance(SMS_FR),
    refetches: ["calls", "conversation"],
  },
  {
    hook: "useCreateContact",
    use: useCreateContact as Case["use"],
    variables: CONTACT,
    call: (a) => a.contacts.create(CONTACT),
    refetches: ["contacts", "contact", "conversation"],
  },
  {
    hook: "useUpdateContact",
    use: useUpdateContact as Case["use"],
    variables: { id: "cnt_abc123", input: { job_title: "CEO" } },
    call: (a) => a.contacts.update("cnt_abc123", { job_title: "CEO" }),
    refetches: ["contacts", "contact", "conversation"],
  },
  { hook: "useCreateWebhook", use: useCreateWebhook as Case["use"], variables: HOOK, call: (a) => a.webhooks.create(HOOK), refetches: ["webhooks"] },
  { hook: "useDeleteWebhook", use: useDeleteWebhook as Case["use"], variables: "wh_abc123", call: (a) => a.webhooks.delete("wh_abc123"), refetches: ["webhooks"] },
];

async function renderScreen(use: Case["use"], options: HarnessOptions = {}) {
  const h = harness(options);
  const rendered = renderHook(() => ({ screen: useScreen(), mutation: use() }), { wrapper: h.wrapper });
  await waitFor(() => expect(Object.values(rendered.result.current.screen).every((q) => q.isSuccess)).toBe(true));
  h.seen.length = 0;
  return { h, result: rendered.result };
}

describe("mutation hooks against Prism", () => {
  it.each(cases)("$hook resolves to the client's answer and refetches $refetches, nothing else", async ({ use, variables, call, refetches }) => {
    const { h, result } = await renderScreen(use);
    expect(result.current.mutation.isPending).toBe(false);

    const data = await act(() => result.current.mutation.mutateAsync(variables as never));

    expect(data).toEqual(await call(direct()));
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
    expect(result.current.mutation.data).toEqual(data);
    expect(result.current.mutation.error).toBeNull();
    // The mutation resolved only after the stale queries were fetched again.
    const [mutationRequest, ...after] = h.seen;
    expect(mutationRequest).toMatch(/^(POST|PUT|DELETE) /);
    expect(after.sort()).toEqual(refetches.map((name) => SCREEN[name]).sort());
  });

  it("mutate() reports isPending until Allo has answered", async () => {
    let release = () => {};
    const { h, result } = await renderScreen(useSendSms as Case["use"]);
    h.hold(new Promise<void>((resolve) => (release = resolve)));
    act(() => result.current.mutation.mutate(SMS as never));
    await waitFor(() => expect(h.seen).toEqual(["POST /sms"]));
    expect(result.current.mutation.isPending).toBe(true);
    release();
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
    expect(result.current.mutation.isPending).toBe(false);
  });

  it("a refused send is an AlloApiError with Allo's code, and refetches nothing", async () => {
    const { h, result } = await renderScreen(useSendSmsFrance as Case["use"], { prefer: { "POST /sms": "code=400, example=INVALID_SENDER_ID" } });
    await act(async () => {
      await expect(result.current.mutation.mutateAsync(SMS_FR as never)).rejects.toThrow(AlloApiError);
    });
    await waitFor(() => expect(result.current.mutation.isError).toBe(true));
    expect(result.current.mutation.error).toBeInstanceOf(AlloApiError);
    expect(result.current.mutation.error).toMatchObject({ status: 400, code: "INVALID_SENDER_ID" });
    expect(h.seen).toEqual(["POST /sms"]);
  });

  it("input the spec refuses is an AlloValidationError, and nothing is sent", async () => {
    const { h, result } = await renderScreen(useSendSms as Case["use"]);
    await act(async () => {
      await expect(result.current.mutation.mutateAsync({ ...SMS, to: "0612345678" } as never)).rejects.toThrow(AlloValidationError);
    });
    await waitFor(() => expect(result.current.mutation.error).toMatchObject({ field: "to" }));
    expect(h.seen).toEqual([]);
  });

  it("a send that fails with a 500 is attempted once: neither the client nor the hook retries a POST that may have been processed", async () => {
    const { h, result } = await renderScreen(useSendSms as Case["use"], { prefer: { "POST /sms": "code=500" } });
    await act(async () => {
      await expect(result.current.mutation.mutateAsync(SMS as never)).rejects.toMatchObject({ status: 500 });
    });
    expect(h.count("POST /sms")).toBe(1);
  });
});
