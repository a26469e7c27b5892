import type { Context } from "../context.js";
import { unwrap } from "../http/unwrap.js";
import type { RequestOptions } from "../options.js";
import type { PhoneNumber } from "../types.js";

/** The account's Allo numbers. Scope `CONVERSATIONS_READ`. */
export class NumbersResource {
  constructor(private readonly ctx: Context) {}

  /**
   * Lists the Allo numbers connected to the account.
   * @example
   * for (const n of await allo.numbers.list()) console.log(`${n.name} ${n.number} (${n.country})`);
   */
  async list(options?: RequestOptions): Promise<PhoneNumber[]> {
    return unwrap("GET", "/numbers", this.ctx.api.GET("/numbers", this.ctx.init("numbers.list", options)));
  }
}
