import { operations } from "../../../generated/operations.js";
import type { AlloPromise } from "../../allo-promise.js";
import type { Context } from "../../context.js";
import type { PagingOptions, RequestOptions } from "../../options.js";
import { paginateV2 } from "../../pagination.js";
import type {
  AllInput,
  AppendQueueNumbersInput,
  AppendQueueNumbersResult,
  DialingQueue,
  DialingQueuePage,
  GetDialingQueueInput,
  QueueNumber,
  RemoveQueueNumbersInput,
  RemoveQueueNumbersResult,
  ResetDialingQueueInput,
  UpdateDialingQueueInput,
} from "../../types.js";
import { check, refuseKey } from "../../validate.js";

/**
 * The Power Dialer queue of the key's user, or of a teammate by `user_id` or `email`. Each user has
 * at most one current queue, created the first time numbers are appended or the queue is reset.
 * Scope `DIALING_QUEUE_READ_WRITE`.
 */
export class DialingQueueResource {
  constructor(private readonly ctx: Context) {}

  /**
   * One page of the queue's numbers, in order, with the queue itself (`queue` is absent when the
   * user has no queue: the page is then empty, not a 404).
   * @example
   * const { results, queue } = await allo.dialingQueue.get({ email: "alex@example.com" });
   */
  get(input: GetDialingQueueInput = {}, options?: RequestOptions): AlloPromise<DialingQueuePage> {
    return this.ctx.call("dialingQueue.get", { query: input }, options);
  }

  /**
   * Every number of the queue, page after page, fetched as you iterate (`concurrency` pages at once, 4 by default).
   * @default size 100
   * @example
   * for await (const entry of allo.dialingQueue.getAll()) console.log(entry.position, entry.number_to);
   */
  getAll(input: AllInput<GetDialingQueueInput> = {}, options?: PagingOptions): AsyncGenerator<QueueNumber, void, undefined> {
    refuseKey("dialingQueue.getAll", input, "page", "is not taken: getAll starts at page 1 and reads them all");
    const query = { size: 100, ...input };
    check("dialingQueue.getAll", operations["dialingQueue.get"].validate.query, query);
    return paginateV2((page, opts) => this.get({ ...query, page }, opts), options, "dialingQueue.getAll");
  }

  /**
   * Starts a fresh, empty queue (the older one stops being the current one).
   * @example
   * const queue = await allo.dialingQueue.reset({ name: "Monday calls" });
   */
  reset(input: ResetDialingQueueInput = {}, options?: RequestOptions): AlloPromise<DialingQueue> {
    return this.ctx.call("dialingQueue.reset", { body: input }, options);
  }

  /**
   * Changes the queue's name, voicemail handling or do-not-disturb (creating the queue if needed).
   * @example
   * await allo.dialingQueue.update({ voicemail_handling: "SKIP" });
   */
  update(input: UpdateDialingQueueInput, options?: RequestOptions): AlloPromise<DialingQueue> {
    return this.ctx.call("dialingQueue.update", { body: input }, options);
  }

  /**
   * Appends numbers (any format: Allo normalizes them) with their contact details; the answer says
   * which were added and which skipped. At most 1,000 numbers in a queue.
   * @example
   * const { added, skipped } = await allo.dialingQueue.appendNumbers({ numbers: [{ number: "+14155551234", name: "Jane" }] });
   */
  appendNumbers(input: AppendQueueNumbersInput, options?: RequestOptions): AlloPromise<AppendQueueNumbersResult> {
    return this.ctx.call("dialingQueue.appendNumbers", { body: input }, options);
  }

  /**
   * Removes numbers by `number`, by `position`, both, or every uncalled one with `unassigned: true`.
   * @example
   * const { removed } = await allo.dialingQueue.removeNumbers({ unassigned: true });
   */
  removeNumbers(input: RemoveQueueNumbersInput, options?: RequestOptions): AlloPromise<RemoveQueueNumbersResult> {
    return this.ctx.call("dialingQueue.removeNumbers", { query: input }, options);
  }
}
