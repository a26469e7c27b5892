// What the fetch and node adapters share: the receiver as they see it, and how an outcome becomes
// a status and a body. The answer never echoes the delivery, nor a handler's error message.
import { WebhookError } from "./errors.js";
import type { WebhookHeaders } from "./types.js";

/** The receiver, as an adapter drives it. */
export interface ReceiverCore {
  readonly maxBodyBytes: number;
  handleRaw(body: Uint8Array | string, headers: WebhookHeaders): Promise<unknown>;
  /** A body a parser already turned into a value (express.json()). */
  handleParsed(value: unknown): Promise<unknown>;
}

/** Options of `fetchHandler()` and `nodeHandler()`. */
export interface AdapterOptions {
  /**
   * Told of every refused or failed delivery, with the WebhookError or the handler's own error.
   * @default logs 5xx failures (a handler threw, RAW_BODY_REQUIRED) with console.error; 4xx stay quiet
   */
  onError?: ((error: unknown) => void) | undefined;
}

/** A response to send. */
export interface Outcome {
  status: number;
  body: string;
  headers: Record<string, string>;
}

const JSON_TYPE = { "content-type": "application/json" };

export const accepted: Outcome = { status: 200, body: '{"ok":true}', headers: JSON_TYPE };

export const notPost: Outcome = {
  status: 405,
  body: '{"error":"METHOD_NOT_ALLOWED"}',
  headers: { ...JSON_TYPE, allow: "POST" },
};

function reportServerErrors(error: unknown): void {
  if (error instanceof WebhookError && error.status < 500) return;
  console.error("allo-client/webhooks: a delivery failed with a 5xx", error);
}

/** The answer to an error thrown while handling a delivery; `onError` hears of it first. */
export function refused(error: unknown, { onError = reportServerErrors }: AdapterOptions): Outcome {
  try {
    onError(error);
  } catch {
    // A failing logger must not turn a 4xx into an unhandled rejection.
  }
  if (error instanceof WebhookError) {
    return { status: error.status, body: JSON.stringify({ error: error.code, message: error.message }), headers: JSON_TYPE };
  }
  return { status: 500, body: '{"error":"HANDLER_FAILED"}', headers: JSON_TYPE };
}
