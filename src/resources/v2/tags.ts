import type { AlloPromise } from "../../allo-promise.js";
import type { Context } from "../../context.js";
import type { RequestOptions } from "../../options.js";
import type { Tag } from "../../types.js";

/**
 * The team's tags, and tagging calls. Scopes `TAGS_READ` (list) and `TAGS_WRITE` (add, remove).
 * Adding and removing take an Idempotency-Key, so they are retried safely after a timeout.
 */
export class TagsResource {
  constructor(private readonly ctx: Context) {}

  /**
   * Every tag of the team.
   * @example
   * const tags = await allo.tags.list();
   */
  list(options?: RequestOptions): AlloPromise<Tag[]> {
    return this.ctx.call("tags.list", {}, options);
  }

  /**
   * Adds tags (their keys, as `tags.list()` names them) to a call. A tag already on the call is
   * `AlloApiError` `TAG_ALREADY_EXISTS` (409), and stays applied.
   * @example
   * await allo.tags.add("cll-abc123", ["qualified", "follow_up"]);
   */
  add(itemId: string, tags: string[], options?: RequestOptions): AlloPromise<void> {
    return this.ctx.call("tags.add", { path: { id: itemId }, body: { tags }, optionsArg: 3 }, options);
  }

  /**
   * Removes one tag from a call; a tag not on it is `AlloApiError` `TAG_NOT_FOUND` (404).
   * @example
   * await allo.tags.remove("cll-abc123", "qualified");
   */
  remove(itemId: string, tag: string, options?: RequestOptions): AlloPromise<void> {
    return this.ctx.call("tags.remove", { path: { id: itemId, tag } }, options);
  }
}
