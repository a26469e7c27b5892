import type { AlloPromise } from "../allo-promise.js";
import type { Context } from "../context.js";
import { AlloValidationError } from "../errors/index.js";
import type { RequestOptions } from "../options.js";
import type { SendSmsFranceInput, SendSmsInput, SentSms } from "../types.js";

/**
 * Outbound SMS, billed per segment (v1: Allo has no v2 SMS path). Scope `SMS_SEND`. A send is
 * retried only when the API proves it did nothing (a 429, a refused connection), so the client
 * never sends a text twice. Allo does not deduplicate SMS: with an `idempotencyKey`, the client
 * does, in its `stores` (shared between processes with allo-client/redis).
 */
export class SmsResource {
  constructor(private readonly ctx: Context) {}

  /**
   * Sends an SMS to a US or international number from one of your Allo numbers. With an
   * `idempotencyKey`, at most once per key: a key already sent answers what it answered then
   * (`attempts: 0` on `withResponse()`), without sending; a key whose send ended without knowing
   * whether it went out is refused with `AlloIdempotencyError` until you `forget` it.
   * @example
   * const sms = await allo.sms.send({ from: "+13055550180", to: "+13055550142", message: "Your order shipped" });
   * await allo.sms.send(reminder, { idempotencyKey: `reminder-${appointment.id}` });
   */
  send(input: SendSmsInput, options?: RequestOptions): AlloPromise<SentSms> {
    return this.ctx.call("sms.send", { body: input, atMostOnce: true }, options);
  }

  /**
   * Sends an SMS to a French number from a sender ID verified by Allo support (3 to 11 letters or
   * digits). `idempotencyKey` works as for `send`.
   * @example
   * await allo.sms.sendFrance({ sender_id: "MyCompany", to: "+33612345678", message: "Bonjour" });
   */
  sendFrance(input: SendSmsFranceInput, options?: RequestOptions): AlloPromise<SentSms> {
    return this.ctx.call("sms.sendFrance", { body: input, atMostOnce: true }, options);
  }

  /**
   * Frees an idempotency key, whatever happened under it: the next send under it goes out. For a
   * key refused as `unknown`, once you have checked that its SMS did not go out (or decided to send
   * it again anyway).
   * @example
   * await allo.sms.forget(`reminder-${appointment.id}`);
   */
  async forget(idempotencyKey: string): Promise<void> {
    if (typeof idempotencyKey !== "string" || idempotencyKey === "" || idempotencyKey.length > 255) {
      throw new AlloValidationError("sms.forget", [{ field: "idempotencyKey", message: "must be a string of 1 to 255 characters" }]);
    }
    await this.ctx.stores.smsKeys.forget(idempotencyKey);
  }
}
