import { useMutation, useQueryClient, type QueryKey, type UseMutationOptions, type UseMutationResult } from "@tanstack/react-query";
import type {
  AlloClient,
  AlloError,
  Contact,
  CreateContactInput,
  CreateWebhookInput,
  SendSmsFranceInput,
  SendSmsInput,
  SentSms,
  UpdateContactInput,
  Webhook,
} from "../index.js";
import { alloKeys } from "./keys.js";
import { useAlloClient } from "./provider.js";

/** What a mutation hook takes: react-query's mutation options, the function excepted. */
export type AlloMutationOptions<T, V> = Omit<UseMutationOptions<T, AlloError, V>, "mutationFn">;

/** What a mutation hook returns: `{ mutate, mutateAsync, isPending, error, data, ... }`, `error` an `AlloError`. */
export type AlloMutationResult<T, V> = UseMutationResult<T, AlloError, V>;

/** Variables of {@link useUpdateContact}. */
export interface UpdateContactVariables {
  /** The contact to update. */
  id: string;
  /** The fields to change; `emails` and `numbers` replace the stored arrays. */
  input: UpdateContactInput;
}

/**
 * A mutation that calls Allo, then invalidates the queries its change makes stale. The mutation
 * stays pending until the active ones among them have refetched, so a list never shows the old
 * state after `mutateAsync` resolves. Mutations are never retried here: a send is retried by the
 * client only when Allo proves nothing was sent.
 */
function useAlloMutation<T, V>(
  call: (allo: AlloClient, variables: V) => Promise<T>,
  stale: (data: T, variables: V) => QueryKey[],
  options: AlloMutationOptions<T, V> | undefined,
): AlloMutationResult<T, V> {
  const allo = useAlloClient();
  const queryClient = useQueryClient();
  return useMutation({
    retry: false,
    ...options,
    mutationFn: async (variables) => {
      const data = await call(allo, variables);
      await Promise.all(stale(data, variables).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      return data;
    },
  });
}

/**
 * Sends an SMS (`allo.sms.send`); invalidates conversations and calls.
 * @example
 * const { mutate: send, isPending, data: sent } = useSendSms();
 * send({ from: "+13055550180", to: contact.numbers[0]!, message: "Hi!" });
 */
export function useSendSms(options?: AlloMutationOptions<SentSms, SendSmsInput>): AlloMutationResult<SentSms, SendSmsInput> {
  return useAlloMutation((allo, input) => allo.sms.send(input), smsStale, options);
}

/**
 * Sends an SMS from a verified French sender ID (`allo.sms.sendFrance`); invalidates conversations and calls.
 * @example
 * const { mutateAsync } = useSendSmsFrance();
 * await mutateAsync({ sender_id: "MyCompany", to: "+33612345678", message: "Bonjour" });
 */
export function useSendSmsFrance(
  options?: AlloMutationOptions<SentSms, SendSmsFranceInput>,
): AlloMutationResult<SentSms, SendSmsFranceInput> {
  return useAlloMutation((allo, input) => allo.sms.sendFrance(input), smsStale, options);
}

/**
 * Creates a contact (`allo.contacts.create`); invalidates the contacts pages, that contact and its conversation.
 * @example
 * const { mutate: create } = useCreateContact();
 * create({ numbers: ["+33612345678"], name: "Jean" });
 */
export function useCreateContact(options?: AlloMutationOptions<Contact, CreateContactInput>): AlloMutationResult<Contact, CreateContactInput> {
  return useAlloMutation((allo, input) => allo.contacts.create(input), (contact) => contactStale(contact.id), options);
}

/**
 * Updates a contact (`allo.contacts.update`); invalidates the contacts pages, that contact and its conversation.
 * @example
 * const { mutate: update } = useUpdateContact();
 * update({ id: contact.id, input: { job_title: "CEO" } });
 */
export function useUpdateContact(
  options?: AlloMutationOptions<Contact, UpdateContactVariables>,
): AlloMutationResult<Contact, UpdateContactVariables> {
  return useAlloMutation(
    (allo, { id, input }) => allo.contacts.update(id, input),
    (_contact, { id }) => contactStale(id),
    options,
  );
}

/**
 * Subscribes a URL to webhook topics (`allo.webhooks.create`); invalidates the webhooks list.
 * @example
 * const { mutate: subscribe } = useCreateWebhook();
 * subscribe({ allo_number: "+13055550180", url: "https://example.com/allo", topics: ["SMS_RECEIVED"] });
 */
export function useCreateWebhook(options?: AlloMutationOptions<Webhook, CreateWebhookInput>): AlloMutationResult<Webhook, CreateWebhookInput> {
  return useAlloMutation((allo, input) => allo.webhooks.create(input), () => [alloKeys.webhooks()], options);
}

/**
 * Deletes a webhook subscription by id (`allo.webhooks.delete`); invalidates the webhooks list.
 * @example
 * const { mutate: remove } = useDeleteWebhook();
 * remove(hook.id);
 */
export function useDeleteWebhook(options?: AlloMutationOptions<void, string>): AlloMutationResult<void, string> {
  return useAlloMutation((allo, id) => allo.webhooks.delete(id), () => [alloKeys.webhooks()], options);
}

// A sent SMS joins its recipient's conversation; the answer does not say which contact that is, so
// every conversation goes. Calls too, as a precaution: Allo does not document whether a number's
// history shows its texts.
const smsStale = (): QueryKey[] => [alloKeys.conversation(), alloKeys.calls()];

const contactStale = (id: string): QueryKey[] => [alloKeys.contacts(), alloKeys.contact(id), alloKeys.conversation(id)];
