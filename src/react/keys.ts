import type { ConversationInput, GetContactInput, SearchCallsInput, SearchContactsInput } from "../index.js";
import { checkRead, type AlloArgs, type AlloReadOperation } from "./table.js";

const ALL = ["allo"] as const;

/** The key of queries of one operation: `["allo", name, ...arguments]`. */
export type AlloQueryKey<N extends AlloReadOperation = AlloReadOperation> = readonly ["allo", N, ...unknown[]];

/** The key of one query: `name` called with exactly `args`. */
export function queryKey<N extends AlloReadOperation>(name: N, args: readonly unknown[]): AlloQueryKey<N> {
  return [...ALL, name, ...args];
}

/** The key of `name` called with `args`, cut at the first argument not given (the key is then a prefix). */
function keyFor<N extends AlloReadOperation>(name: N, args: readonly unknown[]): AlloQueryKey<N> {
  const given = args.indexOf(undefined);
  return queryKey(name, given === -1 ? args : args.slice(0, given));
}

/**
 * The query keys of every hook, named after the operation table: a query's key is `["allo"`, the
 * SDK method it calls, then that method's arguments`]`, so `useContacts({ page: 0 })` is cached
 * under `["allo", "contacts.search", { page: 0 }]`. Leave out trailing arguments for the prefix
 * that matches every query of that operation (and those arguments). Inputs are compared by value,
 * whatever the order of their fields, so two components asking for the same page share one
 * request and one cache entry.
 *
 * @example
 * const queryClient = useQueryClient();
 * await queryClient.invalidateQueries({ queryKey: alloKeys.contacts() });        // every contacts page
 * await queryClient.invalidateQueries({ queryKey: alloKeys.contact("cnt_1") });  // one contact
 * await queryClient.invalidateQueries({ queryKey: alloKeys.of("users.list") });  // any read of the table
 * await queryClient.invalidateQueries({ queryKey: alloKeys.all });               // everything from Allo
 */
export const alloKeys = {
  /** Every query of these hooks. */
  all: ALL,
  /**
   * The key of any read operation of the table, with the leading arguments of its client method;
   * a name that is not a read of the table throws `AlloValidationError`.
   */
  of: <N extends AlloReadOperation>(name: N, ...args: NoInfer<Partial<AlloArgs<N>>>): AlloQueryKey<NoInfer<N>> => {
    checkRead("alloKeys.of", name);
    return keyFor(name, args);
  },
  // ── v1 ──
  /** `useNumbers()`: `allo.numbers.list()`. */
  numbers: () => keyFor("numbers.list", []),
  /** `useWebhooks()`: `allo.webhooks.list()`. */
  webhooks: () => keyFor("webhooks.list", []),
  /** `useCalls(input)`: `allo.calls.search(input)`; without input, every page of every number's calls. */
  calls: (input?: SearchCallsInput) => keyFor("calls.search", [input]),
  /** `useContacts(input)`: `allo.contacts.search(input)`; without input, every page of contacts. */
  contacts: (input?: SearchContactsInput) => keyFor("contacts.search", [input]),
  /** `useContact(id, input)`: `allo.contacts.get`; without input, that contact whatever its `extend`; without id, every contact. */
  contact: (id?: string, input?: GetContactInput) => keyFor("contacts.get", [id, input]),
  /** `useContactConversation(id, input)`: `allo.contacts.conversation`; without input, every page of that contact's conversation; without id, every contact's. */
  contactConversation: (id?: string, input?: ConversationInput) => keyFor("contacts.conversation", [id, input]),
  /**
   * The name `contactConversation` had in 0.2.
   * @deprecated Use `alloKeys.contactConversation`: the same key.
   */
  conversation: (id?: string, input?: ConversationInput) => keyFor("contacts.conversation", [id, input]),
  // ── v2 ──
  /** `useMe()`: `allo.me()`. */
  me: () => keyFor("me", []),
  /** `useConversations(input)`: `allo.conversations.list(input)`; without input, every page of every number's conversations. */
  conversations: (input?: AlloArgs<"conversations.list">[0]) => keyFor("conversations.list", [input]),
  /** `useConversationItems(input)`: `allo.conversations.items.search(input)`; without input, every search. */
  conversationItems: (input?: AlloArgs<"conversations.items.search">[0]) => keyFor("conversations.items.search", [input]),
  /** `useConversationItem(id, input)`: `allo.conversations.items.get`; without input, that item whatever its `extend`; without id, every item. */
  conversationItem: (id?: string, input?: AlloArgs<"conversations.items.get">[1]) => keyFor("conversations.items.get", [id, input]),
};
