// The v2 query hooks: each is useAlloQuery with its operation filled in.
import type { AlloQueryOptions, AlloQueryResult } from "./use-allo-query.js";
import { useAlloQuery } from "./use-allo-query.js";
import { whileId } from "./queries.js";
import type { AlloArgs, AlloData } from "./table.js";

/**
 * What the key is and may do (`allo.me()`): its scopes, the endpoints they open, its team and its
 * rate limits. Key: `alloKeys.me()`.
 * @example
 * const { data: me } = useMe();
 * const canSearch = me?.scopes.includes("CONVERSATIONS_READ");
 */
export function useMe(options?: AlloQueryOptions<AlloData<"me">>): AlloQueryResult<AlloData<"me">> {
  return useAlloQuery("me", [], options);
}

/**
 * One page of an Allo number's conversations, most recent activity first
 * (`allo.conversations.list(input)`): `{ results, pagination }`, pages counted from 1.
 * Key: `alloKeys.conversations(input)`.
 * @example
 * const { data } = useConversations({ allo_number: "+14155550100", page: 1, size: 20 });
 * data?.results.map((c) => c.contacts?.[0]?.name ?? c.contact_number);
 */
export function useConversations(
  input: AlloArgs<"conversations.list">[0],
  options?: AlloQueryOptions<AlloData<"conversations.list">>,
): AlloQueryResult<AlloData<"conversations.list">> {
  return useAlloQuery("conversations.list", [input], options);
}

/**
 * One page of calls and texts matching the filters (`allo.conversations.items.search(input)`):
 * `search` is a keyword search over transcripts, summaries and texts. `{ results, pagination }`,
 * pages counted from 1. Key: `alloKeys.conversationItems(input)`.
 * @example
 * const { data, isFetching } = useConversationItems({ search: "refund", type: "CALL", sort: "RELEVANCE" });
 */
export function useConversationItems(
  input: AlloArgs<"conversations.items.search">[0] = {},
  options?: AlloQueryOptions<AlloData<"conversations.items.search">>,
): AlloQueryResult<AlloData<"conversations.items.search">> {
  return useAlloQuery("conversations.items.search", [input], options);
}

/**
 * One call (`cll-...`) or text (`msg-...`) (`allo.conversations.items.get(id, input)`), idle while
 * `id` is empty or undefined; `extend: ["transcript"]` adds a call's transcript.
 * Key: `alloKeys.conversationItem(id, input)`.
 * @example
 * const { data: call } = useConversationItem(selectedId, { extend: ["transcript"] });
 */
export function useConversationItem(
  id: string | undefined,
  input: AlloArgs<"conversations.items.get">[1] = {},
  options?: AlloQueryOptions<AlloData<"conversations.items.get">>,
): AlloQueryResult<AlloData<"conversations.items.get">> {
  return useAlloQuery("conversations.items.get", [id ?? "", input], whileId(id, options));
}
