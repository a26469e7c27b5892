import { operations } from "../../../generated/operations.js";
import { AlloPromise, type AlloResponse } from "../../allo-promise.js";
import type { Context } from "../../context.js";
import type { PagingOptions, RequestOptions } from "../../options.js";
import { paginateV2 } from "../../pagination.js";
import type {
  AllInput,
  CallSummary,
  ConversationAction,
  ConversationActionInput,
  ConversationItem,
  ConversationSummary,
  ExtendInput,
  ListConversationsInput,
  PageOf,
  SearchConversationItemsInput,
  UpdateCallSummaryInput,
} from "../../types.js";
import { check, refuseKey } from "../../validate.js";

/** The most ids `POST /v2/api/conversations/items/batch` takes (more is `BATCH_TOO_LARGE`). */
export const BATCH_SIZE = 100;

/**
 * Conversations: every call and SMS with one external number. Scopes `CONVERSATIONS_READ` and
 * `CONVERSATIONS_WRITE` (actions, summaries). `items` searches and reads calls and texts.
 */
export class ConversationsResource {
  /** Calls and SMS: keyword search over transcripts, summaries and texts, and reads by id. */
  readonly items: ConversationItemsResource;

  constructor(private readonly ctx: Context) {
    this.items = new ConversationItemsResource(ctx);
  }

  /**
   * One page of the conversations of an Allo number, most recent activity first. For an
   * incremental sync, pass the `last_activity` you stored as `last_activity_since`.
   * @example
   * const { results, pagination } = await allo.conversations.list({ allo_number: "+14155550100", size: 50 });
   */
  list(input: ListConversationsInput, options?: RequestOptions): AlloPromise<PageOf<ConversationSummary>> {
    return this.ctx.call("conversations.list", { query: input }, options);
  }

  /**
   * Every conversation, page after page, fetched as you iterate (`concurrency` pages at once, 4 by default, yielded in order).
   * @default size 100
   * @example
   * for await (const c of allo.conversations.listAll({ allo_number: "+14155550100", last_activity_since: since })) save(c);
   */
  listAll(input: AllInput<ListConversationsInput>, options?: PagingOptions): AsyncGenerator<ConversationSummary, void, undefined> {
    refuseKey("conversations.listAll", input, "page", "is not taken: listAll starts at page 1 and reads them all");
    const query = { size: 100, ...input };
    check("conversations.listAll", operations["conversations.list"].validate.query, query);
    return paginateV2((page, opts) => this.list({ ...query, page }, opts), options, "conversations.listAll");
  }

  /**
   * Marks the conversation with an external number read or unread, archives or unarchives it,
   * across all your lines or, with `allo_number`, on one. Idempotent: READ on a read conversation
   * does nothing.
   * @example
   * await allo.conversations.act("+14155551234", "ARCHIVE");
   */
  act(contactNumber: string, action: ConversationAction, input: ConversationActionInput = {}, options?: RequestOptions): AlloPromise<void> {
    return this.ctx.call("conversations.act", { path: { contact_number: contactNumber }, body: { ...input, action }, optionsArg: 4 }, options);
  }
}

/** Calls and SMS across all conversations. Scopes `CONVERSATIONS_READ` and `CONVERSATIONS_WRITE` (summaries). */
export class ConversationItemsResource {
  constructor(private readonly ctx: Context) {}

  /**
   * One page of calls and texts matching the filters. `search` is a keyword search (terms ANDed,
   * prefixes match) over transcripts, summaries and message content; `sort: "RELEVANCE"` ranks
   * by match.
   * @example
   * const { results } = await allo.conversations.items.search({ search: "refund", type: "CALL", sort: "RELEVANCE" });
   */
  search(input: SearchConversationItemsInput = {}, options?: RequestOptions): AlloPromise<PageOf<ConversationItem>> {
    return this.ctx.call("conversations.items.search", { body: input }, options);
  }

  /**
   * Every matching call and text, page after page, fetched as you iterate (`concurrency` pages at once, 4 by default).
   * @default size 100
   * @example
   * for await (const item of allo.conversations.items.searchAll({ search: "billing", type: "CALL" })) console.log(item.id);
   */
  searchAll(input: AllInput<SearchConversationItemsInput> = {}, options?: PagingOptions): AsyncGenerator<ConversationItem, void, undefined> {
    refuseKey("conversations.items.searchAll", input, "page", "is not taken: searchAll starts at page 1 and reads them all");
    const body = { size: 100, ...input };
    check("conversations.items.searchAll", operations["conversations.items.search"].validate.body, body);
    return paginateV2((page, opts) => this.search({ ...body, page }, opts), options, "conversations.items.searchAll");
  }

  /**
   * One call (`cll-...`) or SMS (`msg-...`); `extend: ["transcript"]` adds a call's transcript.
   * @example
   * const call = await allo.conversations.items.get("cll-abc123", { extend: ["transcript"] });
   */
  get(id: string, input: ExtendInput = {}, options?: RequestOptions): AlloPromise<ConversationItem> {
    return this.ctx.call("conversations.items.get", { path: { id }, query: input }, options);
  }

  /**
   * Calls and texts by id, any number of them: asked in batches of 100 (the API's limit), answered
   * in the order of `ids`, each id once; ids that do not exist are left out, as the API does.
   * @example
   * const items = await allo.conversations.items.batchGet(drilldownIds, { extend: ["transcript"] });
   */
  batchGet(ids: readonly string[], input: ExtendInput = {}, options?: RequestOptions): AlloPromise<ConversationItem[]> {
    const both = (async () => {
      // Not a list: the one request's validation names the field.
      if (!Array.isArray(ids)) return this.#batch(ids, input, options);
      const unique = [...new Set(ids)];
      const answered: ConversationItem[] = [];
      let last: { data: ConversationItem[]; response: AlloResponse } | undefined;
      for (let i = 0; i < unique.length || i === 0; i += BATCH_SIZE) {
        last = await this.#batch(unique.slice(i, i + BATCH_SIZE), input, options);
        answered.push(...last.data);
      }
      return { data: inOrder(unique, answered), response: last!.response };
    })();
    return new AlloPromise(both);
  }

  #batch(ids: unknown, input: ExtendInput, options: RequestOptions | undefined) {
    return this.ctx.call<ConversationItem[]>("conversations.items.batchGet", { body: { ids }, query: input, optionsArg: 3 }, options).withResponse();
  }

  /**
   * Replaces the markdown of a call's AI summary. `template_key` is needed only when the call has
   * several completed summaries.
   * @example
   * const summary = await allo.conversations.items.updateSummary("cll-abc123", { content: "# Summary\n\nRefund approved." });
   */
  updateSummary(id: string, input: UpdateCallSummaryInput, options?: RequestOptions): AlloPromise<CallSummary> {
    return this.ctx.call("conversations.items.updateSummary", { path: { id }, body: input }, options);
  }
}

/** Items in the order of `ids`; an item whose id was not asked for (spelled otherwise) is kept, last. */
function inOrder(ids: readonly string[], items: readonly ConversationItem[]): ConversationItem[] {
  const byId = new Map<string, ConversationItem>();
  const others: ConversationItem[] = [];
  const asked = new Set(ids);
  for (const item of items) {
    if (asked.has(item.id) && !byId.has(item.id)) byId.set(item.id, item);
    else others.push(item);
  }
  return [...ids.flatMap((id) => byId.get(id) ?? []), ...others];
}
