import type { AlloPromise } from "../allo-promise.js";
import type { Context } from "../context.js";
import type { RequestOptions } from "../options.js";
import type { SendSmsFranceInput, SendSmsInput, SentSms } from "../types.js";

/**
 * Outbound SMS, billed per segment (v1: Allo has no v2 SMS path). Scope `SMS_SEND`. A send is
 * retried only when the API proves it did nothing (a 429, a refused connection), so the client
 * never sends a text twice.
 */
export class SmsResource {
  constructor(private readonly ctx: Context) {}

  /**
   * Sends an SMS to a US or international number from one of your Allo numbers.
   * @example
   * const sms = await allo.sms.send({ from: "+13055550180", to: "+13055550142", message: "Your order shipped" });
   */
  send(input: SendSmsInput, options?: RequestOptions): AlloPromise<SentSms> {
    return this.ctx.call("sms.send", { body: input }, options);
  }

  /**
   * Sends an SMS to a French number from a sender ID verified by Allo support (3 to 11 letters or digits).
   * @example
   * await allo.sms.sendFrance({ sender_id: "MyCompany", to: "+33612345678", message: "Bonjour" });
   */
  sendFrance(input: SendSmsFranceInput, options?: RequestOptions): AlloPromise<SentSms> {
    return this.ctx.call("sms.sendFrance", { body: input }, options);
  }
}
