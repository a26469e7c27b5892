import { AlloValidationError } from "./validation-error.js";

/** Why a send under an idempotency key was refused. */
export type IdempotencyRefusal =
  /** Another call holds the key and is sending now. */
  | "in-flight"
  /** An earlier send under the key ended without knowing whether it went out (a timeout, a reset, a 5xx, or its process died). */
  | "unknown"
  /** The key was used for a different input. */
  | "reused";

/**
 * A send refused by the client, before anything was sent, because of its `idempotencyKey`: the SMS
 * under that key may already have gone out (`unknown`), is going out now (`in-flight`), or the key
 * was used for another SMS (`reused`). After checking what became of the earlier send, call
 * `allo.sms.forget(key)` to send under it again. Its `field` is `options.idempotencyKey`.
 *
 * @example
 * catch (e) { if (e instanceof AlloIdempotencyError && e.state === "unknown") await reviewLater(e.key); }
 */
export class AlloIdempotencyError extends AlloValidationError {
  override name = "AlloIdempotencyError";
  /** The idempotency key. */
  readonly key: string;
  /** What holds the key. */
  readonly state: IdempotencyRefusal;

  constructor(operation: string, key: string, state: IdempotencyRefusal) {
    super(operation, [{ field: "options.idempotencyKey", message: MESSAGES[state] }]);
    this.key = key;
    this.state = state;
  }
}

const MESSAGES: Record<IdempotencyRefusal, string> = {
  "in-flight":
    "is held by a send that is under way (in this process or another): nothing was sent. Wait for it, or use another key for another SMS",
  unknown:
    "was used by a send that ended without knowing whether the SMS went out (a timeout, a reset, a 5xx, or its process died): nothing was sent now. Check whether it went out (allo.conversations.items.search), then call allo.sms.forget(key) to send under it again",
  reused: "was already used for a different SMS: nothing was sent. Give each SMS its own key",
};
