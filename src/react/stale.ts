// What each kind of change makes stale, as query keys. Allo shows the same call, text and contact
// in several answers (v1 call history and conversations, v2 conversation lists, item searches and
// reads), so a change invalidates every read that may show it, in both versions.
import type { QueryKey } from "@tanstack/react-query";
import { alloKeys } from "./keys.js";

/**
 * A text sent. Its answer does not say which contact it went to, so every v1 conversation goes;
 * v1 calls too, as a precaution (Allo does not document whether a number's history shows its
 * texts). In v2 it is a new item and its conversation's latest activity; no existing item changes.
 */
export const afterSms = (): QueryKey[] => [
  alloKeys.contactConversation(),
  alloKeys.calls(),
  alloKeys.conversations(),
  alloKeys.conversationItems(),
];

/**
 * A contact created or edited: its pages and itself, and in v2 every conversation, item and
 * batch of items, which carry the contacts their number matches (a new contact matches numbers
 * whose items named nobody before).
 */
export const afterContact = (id: string): QueryKey[] => [
  alloKeys.contacts(),
  alloKeys.contact(id),
  alloKeys.contactConversation(id),
  alloKeys.conversations(),
  alloKeys.conversationItems(),
  alloKeys.conversationItem(),
  alloKeys.of("conversations.items.batchGet"),
];

/** A v1 webhook subscription added or removed. */
export const afterWebhook = (): QueryKey[] => [alloKeys.webhooks()];

/**
 * A conversation marked read, unread, archived or unarchived: the conversation lists (their
 * `unread` filter) and item searches (their `unread` and `unresponded` filters).
 */
export const afterConversationAction = (): QueryKey[] => [alloKeys.conversations(), alloKeys.conversationItems()];

/**
 * A call's summary or tags changed: that call, every search and batch that may hold it, the
 * conversation lists (their `last_item`), and the v1 views of calls, which carry `summary` and
 * `tag` too (under ids v1 does not map to v2's, so all of them).
 */
export const afterCall = (id: string): QueryKey[] => [
  alloKeys.conversationItem(id),
  alloKeys.conversationItems(),
  alloKeys.of("conversations.items.batchGet"),
  alloKeys.conversations(),
  alloKeys.calls(),
  alloKeys.contactConversation(),
];
