import type { AlloPromise } from "../../allo-promise.js";
import type { Context } from "../../context.js";
import type { RequestOptions } from "../../options.js";
import type { CreatePartnerAccountInput, PartnerAccount } from "../../types.js";

/** For resellers: Allo accounts provisioned for customers. Scope `PARTNER`. */
export class PartnerResource {
  /** Customer accounts: create, get, delete. */
  readonly accounts: PartnerAccountsResource;

  constructor(ctx: Context) {
    this.accounts = new PartnerAccountsResource(ctx);
  }
}

/** Customer accounts provisioned by your key. */
export class PartnerAccountsResource {
  constructor(private readonly ctx: Context) {}

  /**
   * Creates an account for a customer, with a phone number, billed as one seat. The answer's
   * `api_key` is the customer's secret, shown this once: store it as such.
   * @example
   * const account = await allo.partner.accounts.create({ email: "owner@customer.com", name: "Customer Ltd", personal_mobile: "+33612345678", number_preference: { country: "FR" } });
   */
  create(input: CreatePartnerAccountInput, options?: RequestOptions): AlloPromise<PartnerAccount> {
    return this.ctx.call("partner.accounts.create", { body: input }, options);
  }

  /**
   * One account you provisioned: its status and whether the customer has signed in.
   * @example
   * const { activated } = await allo.partner.accounts.get("usr_2NfDKEm9sF8xK3pQr1Zt");
   */
  get(id: string, options?: RequestOptions): AlloPromise<PartnerAccount> {
    return this.ctx.call("partner.accounts.get", { path: { id } }, options);
  }

  /**
   * Deactivates an account and releases its seat at the end of the paid period.
   * @example
   * await allo.partner.accounts.delete("usr_2NfDKEm9sF8xK3pQr1Zt");
   */
  delete(id: string, options?: RequestOptions): AlloPromise<void> {
    return this.ctx.call("partner.accounts.delete", { path: { id } }, options);
  }
}
