// The v1 query hooks: each is useAlloQuery with its operation filled in.
import type {
  CallSearchResult,
  Contact,
  ContactSearchResult,
  ConversationInput,
  ConversationResult,
  GetContactInput,
  PhoneNumber,
  SearchCallsInput,
  SearchContactsInput,
  Webhook,
} from "../index.js";
import { useAlloQuery, type AlloQueryOptions, type AlloQueryResult } from "./use-allo-query.js";

/**
 * The account's Allo numbers (`allo.numbers.list()`). Key: `alloKeys.numbers()`.
 * @example
 * const { data: numbers, isLoading } = useNumbers();
 */
export function useNumbers(options?: AlloQueryOptions<PhoneNumber[]>): AlloQueryResult<PhoneNumber[]> {
  return useAlloQuery("numbers.list", [], options);
}

/**
 * Webhook subscriptions (`allo.webhooks.list()`). Key: `alloKeys.webhooks()`.
 * @example
 * const { data: hooks, refetch } = useWebhooks();
 */
export function useWebhooks(options?: AlloQueryOptions<Webhook[]>): AlloQueryResult<Webhook[]> {
  return useAlloQuery("webhooks.list", [], options);
}

/**
 * One page of an Allo number's calls (`allo.calls.search(input)`). Key: `alloKeys.calls(input)`.
 * @example
 * const { data } = useCalls({ allo_number: "+13055550180", page: 0, size: 20 });
 */
export function useCalls(input: SearchCallsInput, options?: AlloQueryOptions<CallSearchResult>): AlloQueryResult<CallSearchResult> {
  return useAlloQuery("calls.search", [input], options);
}

/**
 * One page of contacts (`allo.contacts.search(input)`). Key: `alloKeys.contacts(input)`.
 * @example
 * const { data: contacts, isLoading } = useContacts({ page: 0, size: 20 });
 */
export function useContacts(
  input: SearchContactsInput = {},
  options?: AlloQueryOptions<ContactSearchResult>,
): AlloQueryResult<ContactSearchResult> {
  return useAlloQuery("contacts.search", [input], options);
}

/**
 * One contact (`allo.contacts.get(id, input)`), idle while `id` is empty or undefined.
 * Key: `alloKeys.contact(id, input)`.
 * @example
 * const { data: contact, error } = useContact(selectedId);
 * if (error?.code === "CONTACT_NOT_FOUND") return <p>Gone</p>;
 */
export function useContact(
  id: string | undefined,
  input: GetContactInput = {},
  options?: AlloQueryOptions<Contact>,
): AlloQueryResult<Contact> {
  return useAlloQuery("contacts.get", [id ?? "", input], whileId(id, options));
}

/**
 * One page of a contact's calls and SMS (`allo.contacts.conversation(id, input)`, v1), idle while
 * `id` is empty or undefined. Key: `alloKeys.contactConversation(id, input)`. Not to be confused
 * with `useConversations`, the v2 list of conversations of a number.
 * @example
 * const { data } = useContactConversation(contact.id, { page: 0, size: 20 });
 */
export function useContactConversation(
  id: string | undefined,
  input: ConversationInput = {},
  options?: AlloQueryOptions<ConversationResult>,
): AlloQueryResult<ConversationResult> {
  return useAlloQuery("contacts.conversation", [id ?? "", input], whileId(id, options));
}

/**
 * The name `useContactConversation` had in 0.2, beside the v2 `useConversations` it is not.
 * @deprecated Use `useContactConversation`: the same hook, named for what it reads.
 */
export const useConversation = useContactConversation;

/** The options of a query that waits for an id: disabled while it is empty, whatever `enabled` says. */
export function whileId<T>(id: string | undefined, options: AlloQueryOptions<T> | undefined): AlloQueryOptions<T> {
  return { ...options, enabled: Boolean(id) && (options?.enabled ?? true) };
}
