// The v2 mutation hooks for the conversation views (useConversations, useConversationItems,
// useConversationItem). What each invalidates is in stale.ts, with the reason.
import { afterCall, afterConversationAction } from "./stale.js";
import type { AlloArgs, AlloData } from "./table.js";
import { useAlloMutation, type AlloMutationOptions, type AlloMutationResult } from "./use-allo-mutation.js";

/** Variables of {@link useConversationAction}. */
export interface ConversationActionVariables {
  /** The external number of the conversation (E.164). */
  contactNumber: string;
  /** `READ`, `UNREAD`, `ARCHIVE` or `UNARCHIVE`. */
  action: AlloArgs<"conversations.act">[1];
  /** `{ allo_number }` to act on one of your lines only; all of them without it. */
  input?: AlloArgs<"conversations.act">[2];
}

/** Variables of {@link useUpdateCallSummary}. */
export interface UpdateCallSummaryVariables {
  /** The call (`cll-...`). */
  id: string;
  /** `{ content, template_key? }`: the whole new markdown. */
  input: AlloArgs<"conversations.items.updateSummary">[1];
}

/** Variables of {@link useAddTags}. */
export interface AddTagsVariables {
  /** The call (`cll-...`). */
  id: string;
  /** Tag keys, as `allo.tags.list()` names them. */
  tags: string[];
}

/** Variables of {@link useRemoveTag}. */
export interface RemoveTagVariables {
  /** The call (`cll-...`). */
  id: string;
  /** The tag key to remove. */
  tag: string;
}

/**
 * Marks a conversation read or unread, archives or unarchives it (`allo.conversations.act`);
 * invalidates the conversation lists and item searches. Sent with an Idempotency-Key, so the
 * client may retry it safely.
 * @example
 * const { mutate: act } = useConversationAction();
 * act({ contactNumber: conversation.contact_number, action: "READ" });
 */
export function useConversationAction(
  options?: AlloMutationOptions<void, ConversationActionVariables>,
): AlloMutationResult<void, ConversationActionVariables> {
  return useAlloMutation(
    (allo, { contactNumber, action, input }) => allo.conversations.act(contactNumber, action, input ?? {}),
    afterConversationAction,
    options,
  );
}

/**
 * Replaces a call's AI summary (`allo.conversations.items.updateSummary`); invalidates that call,
 * item searches and batches, conversation lists and v1's calls and conversations.
 * @example
 * const { mutateAsync: save } = useUpdateCallSummary();
 * const { version } = await save({ id: "cll-abc123", input: { content: "# Summary\n\nRefund approved." } });
 */
export function useUpdateCallSummary(
  options?: AlloMutationOptions<AlloData<"conversations.items.updateSummary">, UpdateCallSummaryVariables>,
): AlloMutationResult<AlloData<"conversations.items.updateSummary">, UpdateCallSummaryVariables> {
  return useAlloMutation(
    (allo, { id, input }) => allo.conversations.items.updateSummary(id, input),
    (_summary, { id }) => afterCall(id),
    options,
  );
}

/**
 * Adds tags to a call (`allo.tags.add`); invalidates what {@link useUpdateCallSummary} does. A tag
 * already on the call is `AlloApiError` `TAG_ALREADY_EXISTS`.
 * @example
 * const { mutate: tag } = useAddTags();
 * tag({ id: call.id, tags: ["qualified"] });
 */
export function useAddTags(options?: AlloMutationOptions<void, AddTagsVariables>): AlloMutationResult<void, AddTagsVariables> {
  return useAlloMutation(
    (allo, { id, tags }) => allo.tags.add(id, tags),
    (_none, { id }) => afterCall(id),
    options,
  );
}

/**
 * Removes one tag from a call (`allo.tags.remove`); invalidates what {@link useUpdateCallSummary}
 * does. A tag not on the call is `AlloApiError` `TAG_NOT_FOUND`.
 * @example
 * const { mutate: untag } = useRemoveTag();
 * untag({ id: call.id, tag: "qualified" });
 */
export function useRemoveTag(options?: AlloMutationOptions<void, RemoveTagVariables>): AlloMutationResult<void, RemoveTagVariables> {
  return useAlloMutation(
    (allo, { id, tag }) => allo.tags.remove(id, tag),
    (_none, { id }) => afterCall(id),
    options,
  );
}
