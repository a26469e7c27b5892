// Allo v2 deliveries are signed per Standard Webhooks (webhook-id, webhook-timestamp,
// webhook-signature). The HMAC, its constant-time comparison, the space-separated list of
// signatures and the 5-minute timestamp tolerance are the `standardwebhooks` library's; this file
// adapts headers and errors, and tries each secret of a rotation.
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { AlloValidationError } from "../errors/index.js";
import { WebhookError } from "./errors.js";
import type { WebhookHeaders } from "./types.js";

/** The library's tolerance either side of now. */
export const TOLERANCE_MS = 5 * 60 * 1000;

function header(headers: WebhookHeaders | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (typeof headers.get === "function") return headers.get(name) ?? undefined;
  const value = (headers as Readonly<Record<string, string | readonly string[] | undefined>>)[name];
  return typeof value === "string" ? value : value?.join(" ");
}

/** A Standard Webhooks signer/verifier for one secret; AlloValidationError naming `field` (never the value) when malformed. */
export function webhookFor(secret: unknown, context: string, field: string): Webhook {
  try {
    if (typeof secret !== "string") throw new TypeError();
    return new Webhook(secret);
  } catch {
    throw new AlloValidationError(context, [{ field, message: "must be a Standard Webhooks secret (whsec_ followed by base64)" }]);
  }
}

/**
 * Verifies signatures with one or more secrets (several while one is being rotated). The secrets
 * live only inside the library's objects, in a private field of the receiver.
 */
export class SignatureVerifier {
  readonly #webhooks: readonly Webhook[];

  constructor(secrets: string | readonly string[]) {
    if (typeof secrets === "string") {
      this.#webhooks = [webhookFor(secrets, "new WebhookReceiver", "signingSecret")];
      return;
    }
    if (!Array.isArray(secrets) || secrets.length === 0) {
      throw new AlloValidationError("new WebhookReceiver", [
        { field: "signingSecret", message: "must be a secret or a non-empty list of secrets" },
      ]);
    }
    this.#webhooks = secrets.map((secret, i) => webhookFor(secret, "new WebhookReceiver", `signingSecret.${i}`));
  }

  /** The verified `webhook-id`, or INVALID_SIGNATURE. `body` is the text exactly as received. */
  verify(body: string, headers: WebhookHeaders | undefined): string {
    const id = header(headers, "webhook-id");
    const signed = {
      "webhook-id": id ?? "",
      "webhook-timestamp": header(headers, "webhook-timestamp") ?? "",
      "webhook-signature": header(headers, "webhook-signature") ?? "",
    };
    let reason = "the signature could not be checked";
    for (const webhook of this.#webhooks) {
      try {
        webhook.verify(body, signed, { jsonParse: false });
        return id!;
      } catch (error) {
        // The library's messages are fixed strings ("Message timestamp too old", ...): safe to repeat.
        if (error instanceof WebhookVerificationError) reason = error.message;
      }
    }
    throw new WebhookError("INVALID_SIGNATURE", reason);
  }
}
