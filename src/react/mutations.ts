// The v1 mutation hooks. What each invalidates is in stale.ts, with the reason.
import type {
  Contact,
  CreateContactInput,
  CreateWebhookInput,
  SendSmsFranceInput,
  SendSmsInput,
  SentSms,
  UpdateContactInput,
  Webhook,
} from "../index.js";
import { afterContact, afterSms, afterWebhook } from "./stale.js";
import { useAlloMutation, type AlloMutationOptions, type AlloMutationResult } from "./use-allo-mutation.js";

/** Variables of {@link useUpdateContact}. */
export interface UpdateContactVariables {
  /** The contact to update. */
  id: string;
  /** The fields to change; `emails` and `numbers` replace the stored arrays. */
  input: UpdateContactInput;
}

/**
 * Sends an SMS (`allo.sms.send`); invalidates conversations and calls, v1 and v2.
 * @example
 * const { mutate: send, isPending, data: sent } = useSendSms();
 * send({ from: "+13055550180", to: contact.numbers[0]!, message: "Hi!" });
 */
export function useSendSms(options?: AlloMutationOptions<SentSms, SendSmsInput>): AlloMutationResult<SentSms, SendSmsInput> {
  return useAlloMutation((allo, input) => allo.sms.send(input), afterSms, options);
}

/**
 * Sends an SMS from a verified French sender ID (`allo.sms.sendFrance`); invalidates conversations and calls, v1 and v2.
 * @example
 * const { mutateAsync } = useSendSmsFrance();
 * await mutateAsync({ sender_id: "MyCompany", to: "+33612345678", message: "Bonjour" });
 */
export function useSendSmsFrance(
  options?: AlloMutationOptions<SentSms, SendSmsFranceInput>,
): AlloMutationResult<SentSms, SendSmsFranceInput> {
  return useAlloMutation((allo, input) => allo.sms.sendFrance(input), afterSms, options);
}

/**
 * Creates a contact (`allo.contacts.create`); invalidates the contacts pages, that contact and its conversation, and v2's conversations and items.
 * @example
 * const { mutate: create } = useCreateContact();
 * create({ numbers: ["+33612345678"], name: "Jean" });
 */
export function useCreateContact(
  options?: AlloMutationOptions<Contact, CreateContactInput>,
): AlloMutationResult<Contact, CreateContactInput> {
  return useAlloMutation(
    (allo, input) => allo.contacts.create(input),
    (contact) => afterContact(contact.id),
    options,
  );
}

/**
 * Updates a contact (`allo.contacts.update`); invalidates the contacts pages, that contact and its conversation, and v2's conversations and items.
 * @example
 * const { mutate: update } = useUpdateContact();
 * update({ id: contact.id, input: { job_title: "CEO" } });
 */
export function useUpdateContact(
  options?: AlloMutationOptions<Contact, UpdateContactVariables>,
): AlloMutationResult<Contact, UpdateContactVariables> {
  return useAlloMutation(
    (allo, { id, input }) => allo.contacts.update(id, input),
    (_contact, { id }) => afterContact(id),
    options,
  );
}

/**
 * Subscribes a URL to webhook topics (`allo.webhooks.create`); invalidates the webhooks list.
 * @example
 * const { mutate: subscribe } = useCreateWebhook();
 * subscribe({ allo_number: "+13055550180", url: "https://example.com/allo", topics: ["SMS_RECEIVED"] });
 */
export function useCreateWebhook(
  options?: AlloMutationOptions<Webhook, CreateWebhookInput>,
): AlloMutationResult<Webhook, CreateWebhookInput> {
  return useAlloMutation((allo, input) => allo.webhooks.create(input), afterWebhook, options);
}

/**
 * Deletes a webhook subscription by id (`allo.webhooks.delete`); invalidates the webhooks list.
 * @example
 * const { mutate: remove } = useDeleteWebhook();
 * remove(hook.id);
 */
export function useDeleteWebhook(options?: AlloMutationOptions<void, string>): AlloMutationResult<void, string> {
  return useAlloMutation((allo, id) => allo.webhooks.delete(id), afterWebhook, options);
}
