// What the fetch and node adapters share: the receiver as they see it, and how an outcome becomes
// a status, a body and a log line. The answer never echoes the delivery, nor a handler's error message.
import { WebhookError } from "./errors.js";
import { topicLabel } from "./topics.js";
import type { WebhookHeaders } from "./types.js";

/** The receiver, as an adapter drives it. */
export interface ReceiverCore {
  readonly maxBodyBytes: number;
  handleRaw(body: Uint8Array | string, headers: WebhookHeaders): Promise<unknown>;
  /** A body a parser already turned into a value (express.json()). */
  handleParsed(value: unknown): Promise<unknown>;
}

/** Where the adapters report refused and failed deliveries; either method may be missing. `console` fits. */
export interface WebhookLogger {
  /** A 4xx refusal, or a 503 DELIVERY_IN_FLIGHT: one line with the status, the code, the topic when known and the reason (field names, never values). */
  warn?(line: string): void;
  /** A failure (a handler threw, RAW_BODY_REQUIRED): one line, then the error itself. */
  error?(line: string, error: unknown): void;
}

/** Options of `fetchHandler()` and `nodeHandler()`. */
export interface AdapterOptions {
  /**
   * Where refusals and failures are logged: 4xx and 503 DELIVERY_IN_FLIGHT with `warn`, other 5xx with `error`. `null` logs nothing;
   * `{ error: console.error }` keeps failures and drops refusals.
   * @default console
   */
  logger?: WebhookLogger | null | undefined;
  /**
   * Told of every refused or failed delivery, with the WebhookError or the handler's own error.
   * Setting it replaces the logging (`logger` is then unused).
   * @default logs through `logger`
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

/** The log line of a 4xx refusal: status, code, topic and reason, all free of the body's values. */
export function refusalLine(error: WebhookError): string {
  const topic = error.topic === null ? "" : `, topic ${topicLabel(error.topic)}`;
  return `allo-client/webhooks: refused a delivery (${error.status} ${error.code}${topic}): ${error.message.slice(error.code.length + 2)}`;
}

/** A refusal that says nothing went wrong here: the delivery is bad, or a copy of it is being handled. */
const isRefusal = (error: unknown): error is WebhookError =>
  error instanceof WebhookError && (error.status < 500 || error.code === "DELIVERY_IN_FLIGHT");

function log(error: unknown, logger: WebhookLogger | null): void {
  if (logger === null) return;
  if (isRefusal(error)) logger.warn?.(refusalLine(error));
  else logger.error?.("allo-client/webhooks: a delivery failed with a 5xx", error);
}

/** The answer to an error thrown while handling a delivery; `onError`, or else the logger, hears of it first. */
export function refused(error: unknown, { onError, logger = console }: AdapterOptions): Outcome {
  try {
    if (onError) onError(error);
    else log(error, logger);
  } catch {
    // A failing logger must not turn a 4xx into an unhandled rejection.
  }
  if (error instanceof WebhookError) {
    const headers = error.retryAfter === undefined ? JSON_TYPE : { ...JSON_TYPE, "retry-after": String(error.retryAfter) };
    return { status: error.status, body: JSON.stringify({ error: error.code, message: error.message }), headers };
  }
  return { status: 500, body: '{"error":"HANDLER_FAILED"}', headers: JSON_TYPE };
}
