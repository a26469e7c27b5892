// Type tests of the hooks, checked by `tsc --noEmit` (npm test); not run.
// 1. Each hook's data is what its client method resolves to, and its input is that method's.
// 2. Wrong inputs, writes called as queries and names outside the table fail to compile, each on
//    the line marked @ts-expect-error.
import type { AlloClient } from "../../src/index.js";
import {
  alloKeys,
  useAlloQuery,
  useConversationAction,
  useConversationItem,
  useConversationItems,
  useConversations,
  type useMe,
  useUpdateCallSummary,
} from "../../src/react/index.js";

declare const allo: AlloClient;

type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Answer<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
type DataOf<H extends (...args: never[]) => { data: unknown }> = NonNullable<ReturnType<H>["data"]>;

// ── 1. Data and inputs are the client's ──
export type HookDataIsTheClientsAnswer = [
  Expect<Equal<DataOf<typeof useMe>, Answer<typeof allo.me>>>,
  Expect<Equal<DataOf<typeof useConversations>, Answer<typeof allo.conversations.list>>>,
  Expect<Equal<DataOf<typeof useConversationItems>, Answer<typeof allo.conversations.items.search>>>,
  Expect<Equal<DataOf<typeof useConversationItem>, Answer<typeof allo.conversations.items.get>>>,
  Expect<Equal<Parameters<typeof useConversations>[0], Parameters<typeof allo.conversations.list>[0]>>,
  Expect<
    Equal<NonNullable<Parameters<typeof useConversationItems>[0]>, NonNullable<Parameters<typeof allo.conversations.items.search>[0]>>
  >,
  Expect<Equal<NonNullable<ReturnType<typeof useAlloQuery<"users.list">>["data"]>, Answer<typeof allo.users.list>>>,
  Expect<Equal<ReturnType<typeof alloKeys.of<"users.list">>[1], "users.list">>,
];

// ── 2. What must not compile ──
export function wrongInputs() {
  // @ts-expect-error allo_number is required
  useConversations({ size: 20 });
  // @ts-expect-error FAX is not a type
  useConversationItems({ type: "FAX" });
  // @ts-expect-error extend takes "transcript" only
  useConversationItem("cll-abc123", { extend: ["recording"] });
  // @ts-expect-error a write is not a query: it would be sent again on every refetch
  useAlloQuery("sms.send", [{ from: "+13055550180", to: "+13055550142", message: "Hi" }]);
  // @ts-expect-error not an operation of the table
  useAlloQuery("contacts.list", [{}]);
  // @ts-expect-error every argument is given, so one call has one key
  useAlloQuery("contacts.search", []);
  // @ts-expect-error USER is not a role
  useAlloQuery("users.list", [{ role: "USER" }]);
  // @ts-expect-error a write has no query key
  alloKeys.of("conversations.act");
  // @ts-expect-error the arguments are contacts.get's
  alloKeys.of("contacts.get", 42);
  // @ts-expect-error DELETE is not a conversation action
  useConversationAction().mutate({ contactNumber: "+14155551234", action: "DELETE" });
  // @ts-expect-error a summary's input is { content }
  useUpdateCallSummary().mutate({ id: "cll-abc123", input: { text: "x" } });
}
