import type { AlloPromise } from "../allo-promise.js";
import type { Context } from "../context.js";
import type { RequestOptions } from "../options.js";
import type { PhoneNumber } from "../types.js";

/** The account's Allo numbers (v1). Scope `CONVERSATIONS_READ`. For capabilities and sender IDs, see `allo.phoneNumbers` (v2). */
export class NumbersResource {
  constructor(private readonly ctx: Context) {}

  /**
   * Lists the Allo numbers connected to the account.
   * @example
   * for (const n of await allo.numbers.list()) console.log(`${n.name} ${n.number} (${n.country})`);
   */
  list(options?: RequestOptions): AlloPromise<PhoneNumber[]> {
    return this.ctx.call("numbers.list", {}, options);
  }
}
