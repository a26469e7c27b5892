import type { AlloPromise } from "../../allo-promise.js";
import type { Context } from "../../context.js";
import type { RequestOptions } from "../../options.js";
import type { TeamPhoneNumber } from "../../types.js";

/** The team's phone numbers and sender IDs, with their capabilities and members (v2). Scope `PHONE_NUMBERS_READ`. */
export class PhoneNumbersResource {
  constructor(private readonly ctx: Context) {}

  /**
   * Every number and sender ID of the team (not paginated).
   * @example
   * const smsCapable = (await allo.phoneNumbers.list()).filter((n) => n.capabilities.includes("SMS"));
   */
  list(options?: RequestOptions): AlloPromise<TeamPhoneNumber[]> {
    return this.ctx.call("phoneNumbers.list", {}, options);
  }
}
