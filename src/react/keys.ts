import type { ConversationInput, GetContactInput, SearchCallsInput, SearchContactsInput } from "../index.js";

const ALL = ["allo"] as const;

/**
 * The query keys of every hook, as a factory: pass an input for one query's key, leave it out for
 * the prefix that matches every query of that kind. Inputs are part of the key (react-query hashes
 * objects by value, whatever the order of their fields), so two components asking for the same
 * page share one request and one cache entry.
 *
 * @example
 * const queryClient = useQueryClient();
 * await queryClient.invalidateQueries({ queryKey: alloKeys.contacts() });        // every contacts page
 * await queryClient.invalidateQueries({ queryKey: alloKeys.contact("cnt_1") });  // one contact
 * await queryClient.invalidateQueries({ queryKey: alloKeys.all });               // everything from Allo
 */
export const alloKeys = {
  /** Every query of these hooks. */
  all: ALL,
  /** `useNumbers()`. */
  numbers: () => [...ALL, "numbers"] as const,
  /** `useWebhooks()`. */
  webhooks: () => [...ALL, "webhooks"] as const,
  /** `useCalls(input)`; without input, every page of every number's calls. */
  calls: (input?: SearchCallsInput) => (input === undefined ? ([...ALL, "calls"] as const) : ([...ALL, "calls", input] as const)),
  /** `useContacts(input)`; without input, every page of contacts. */
  contacts: (input?: SearchContactsInput) =>
    input === undefined ? ([...ALL, "contacts"] as const) : ([...ALL, "contacts", input] as const),
  /** `useContact(id, input)`; without input, that contact whatever its `extend`; without id, every contact. */
  contact: (id?: string, input?: GetContactInput) => tail([...ALL, "contact"] as const, id, input),
  /** `useConversation(id, input)`; without input, every page of that contact's conversation; without id, every conversation. */
  conversation: (id?: string, input?: ConversationInput) => tail([...ALL, "conversation"] as const, id, input),
};

function tail<K extends readonly string[], I>(base: K, id: string | undefined, input: I | undefined) {
  if (id === undefined) return base;
  if (input === undefined) return [...base, id] as const;
  return [...base, id, input] as const;
}
