import { useQuery, type UseQueryOptions, type UseQueryResult } from "@tanstack/react-query";
import type {
  AlloError,
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
import { alloKeys } from "./keys.js";
import { useAlloClient } from "./provider.js";

/**
 * What a query hook takes besides its input: react-query's options (`enabled`, `staleTime`,
 * `refetchInterval`, ...), the key and the function excepted. `retry` defaults to `false`: the
 * client already retries what is safe to retry, and react-query's 3 retries would multiply them.
 */
export type AlloQueryOptions<T> = Omit<UseQueryOptions<T, AlloError, T>, "queryKey" | "queryFn">;

/** What a query hook returns: `{ data, isLoading, error, refetch, ... }`, `error` an `AlloError`. */
export type AlloQueryResult<T> = UseQueryResult<T, AlloError>;

/**
 * The account's Allo numbers (`allo.numbers.list()`). Key: `alloKeys.numbers()`.
 * @example
 * const { data: numbers, isLoading } = useNumbers();
 */
export function useNumbers(options?: AlloQueryOptions<PhoneNumber[]>): AlloQueryResult<PhoneNumber[]> {
  const allo = useAlloClient();
  return useQuery({ retry: false, ...options, queryKey: alloKeys.numbers(), queryFn: ({ signal }) => allo.numbers.list({ signal }) });
}

/**
 * Webhook subscriptions (`allo.webhooks.list()`). Key: `alloKeys.webhooks()`.
 * @example
 * const { data: hooks, refetch } = useWebhooks();
 */
export function useWebhooks(options?: AlloQueryOptions<Webhook[]>): AlloQueryResult<Webhook[]> {
  const allo = useAlloClient();
  return useQuery({ retry: false, ...options, queryKey: alloKeys.webhooks(), queryFn: ({ signal }) => allo.webhooks.list({ signal }) });
}

/**
 * One page of an Allo number's calls (`allo.calls.search(input)`). Key: `alloKeys.calls(input)`.
 * @example
 * const { data } = useCalls({ allo_number: "+13055550180", page: 0, size: 20 });
 */
export function useCalls(input: SearchCallsInput, options?: AlloQueryOptions<CallSearchResult>): AlloQueryResult<CallSearchResult> {
  const allo = useAlloClient();
  return useQuery({ retry: false, ...options, queryKey: alloKeys.calls(input), queryFn: ({ signal }) => allo.calls.search(input, { signal }) });
}

/**
 * One page of contacts (`allo.contacts.search(input)`). Key: `alloKeys.contacts(input)`.
 * @example
 * const { data: contacts, isLoading } = useContacts({ page: 0, size: 20 });
 */
export function useContacts(input: SearchContactsInput = {}, options?: AlloQueryOptions<ContactSearchResult>): AlloQueryResult<ContactSearchResult> {
  const allo = useAlloClient();
  return useQuery({
    retry: false,
    ...options,
    queryKey: alloKeys.contacts(input),
    queryFn: ({ signal }) => allo.contacts.search(input, { signal }),
  });
}

/**
 * One contact (`allo.contacts.get(id, input)`), idle while `id` is empty or undefined.
 * Key: `alloKeys.contact(id, input)`.
 * @example
 * const { data: contact, error } = useContact(selectedId);
 * if (error?.code === "CONTACT_NOT_FOUND") return <p>Gone</p>;
 */
export function useContact(id: string | undefined, input: GetContactInput = {}, options?: AlloQueryOptions<Contact>): AlloQueryResult<Contact> {
  const allo = useAlloClient();
  return useQuery({
    retry: false,
    ...options,
    enabled: Boolean(id) && (options?.enabled ?? true),
    queryKey: alloKeys.contact(id ?? "", input),
    queryFn: ({ signal }) => allo.contacts.get(id ?? "", input, { signal }),
  });
}

/**
 * One page of a contact's calls and SMS (`allo.contacts.conversation(id, input)`), idle while `id`
 * is empty or undefined. Key: `alloKeys.conversation(id, input)`.
 * @example
 * const { data } = useConversation(contact.id, { page: 0, size: 20 });
 */
export function useConversation(
  id: string | undefined,
  input: ConversationInput = {},
  options?: AlloQueryOptions<ConversationResult>,
): AlloQueryResult<ConversationResult> {
  const allo = useAlloClient();
  return useQuery({
    retry: false,
    ...options,
    enabled: Boolean(id) && (options?.enabled ?? true),
    queryKey: alloKeys.conversation(id ?? "", input),
    queryFn: ({ signal }) => allo.contacts.conversation(id ?? "", input, { signal }),
  });
}
