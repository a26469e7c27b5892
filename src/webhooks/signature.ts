// Allo v2 deliveries are signed per Standard Webhooks (webhook-id, webhook-timestamp,
// webhook-signature). The HMAC, its constant-time comparison and the 5-minute timestamp tolerance
// are the `standardwebhooks` library's; this file adapts headers and errors, and remembers ids.
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { AlloValidationError } from "../errors/index.js";
import { WebhookError } from "./errors.js";
import type { WebhookHeaders } from "./types.js";

/** The library's tolerance either side of now; an id is remembered for the whole window it could be replayed in. */
const TOLERANCE_MS = 5 * 60 * 1000;
const REMEMBER_MS = 2 * TOLERANCE_MS;
/** Memory bound of the dedupe log: past it, the oldest ids are forgotten first. */
const MAX_REMEMBERED = 10_000;

function header(headers: WebhookHeaders | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (typeof headers.get === "function") return headers.get(name) ?? undefined;
  const value = (headers as Readonly<Record<string, string | readonly string[] | undefined>>)[name];
  return typeof value === "string" ? value : value?.join(" ");
}

/** Verifies signatures with one secret. The secret lives only inside the library's object, in a private field of the receiver. */
export class SignatureVerifier {
  readonly #webhook: Webhook;

  constructor(secret: string) {
    try {
      this.#webhook = new Webhook(secret);
    } catch {
      // The library's message is fine, but a bad secret is a setup error: say which option, never its value.
      throw new AlloValidationError("new WebhookReceiver", [{ field: "signingSecret", message: "must be a Standard Webhooks secret (whsec_ followed by base64)" }]);
    }
  }

  /** The verified `webhook-id`, or INVALID_SIGNATURE. `body` is the text exactly as received. */
  verify(body: string, headers: WebhookHeaders | undefined): string {
    const id = header(headers, "webhook-id");
    const signed = {
      "webhook-id": id ?? "",
      "webhook-timestamp": header(headers, "webhook-timestamp") ?? "",
      "webhook-signature": header(headers, "webhook-signature") ?? "",
    };
    try {
      this.#webhook.verify(body, signed, { jsonParse: false });
    } catch (error) {
      // The library's messages are fixed strings ("Message timestamp too old", ...): safe to repeat.
      const reason = error instanceof WebhookVerificationError ? error.message : "the signature could not be checked";
      throw new WebhookError("INVALID_SIGNATURE", reason);
    }
    return id!;
  }
}

/** The `webhook-id`s handled lately, so a redelivery within the replay window runs no handler twice. */
export class DeliveryLog {
  readonly #seen = new Map<string, number>();

  has(id: string, now = Date.now()): boolean {
    const until = this.#seen.get(id);
    return until !== undefined && until > now;
  }

  add(id: string, now = Date.now()): void {
    this.#seen.delete(id);
    this.#seen.set(id, now + REMEMBER_MS);
    // Insertion order is expiry order: drop from the front.
    for (const [old, until] of this.#seen) {
      if (until > now && this.#seen.size <= MAX_REMEMBERED) break;
      this.#seen.delete(old);
    }
  }
}
