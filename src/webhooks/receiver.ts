import { AlloValidationError } from "../errors/index.js";
import type { AdapterOptions, ReceiverCore } from "./adapter-core.js";
import { createFetchHandler } from "./fetch-adapter.js";
import { createNodeHandler, type NodeRequestLike, type NodeResponseLike } from "./node-adapter.js";
import { allowList, checkAllowList } from "./allow-list.js";
import { bodyText, checkSize, isBytes, parseJson } from "./body.js";
import { WebhookError } from "./errors.js";
import { readEnvelope } from "./normalise.js";
import { DeliveryLog, SignatureVerifier } from "./signature.js";
import type { HandleOptions, WebhookEvent, WebhookEventTopic, WebhookHandler } from "./types.js";
import { toEvent } from "./validate.js";

/** Options of {@link WebhookReceiver}. */
export interface WebhookReceiverOptions {
  /**
   * Your own Allo numbers, E.164. When set, an event whose own-number field (per topic, see
   * docs/webhooks.md) is not listed is refused with NUMBER_NOT_ALLOWED (403). Contact events and
   * PING carry no number and pass. An empty list refuses every event that carries a number.
   * @default undefined (no check)
   */
  allowedAlloNumbers?: readonly string[] | undefined;
  /**
   * Largest body accepted, in bytes; the adapters stop reading past it (413).
   * @default 1_048_576 (1 MiB)
   */
  maxBodyBytes?: number | undefined;
  /**
   * The Standard Webhooks secret of Allo v2 deliveries (`whsec_...`). When set, every delivery must
   * carry a valid `webhook-signature` less than 5 minutes old (else INVALID_SIGNATURE, 401), and a
   * `webhook-id` already handled runs no handler again.
   * @default undefined (v1: unsigned deliveries)
   */
  signingSecret?: string | undefined;
}

type AnyHandler = (payload: never, event: never) => unknown;

// A missing handler found at registration, not as a 500 on Allo's first delivery.
function handlerOrThrow<F>(fn: F): F {
  if (typeof fn !== "function") throw new TypeError("a webhook handler must be a function");
  return fn;
}

/**
 * Receives Allo's webhook deliveries: checks size, JSON, schema (from the spec) and allow-list,
 * normalises envelope and casing, then runs the handlers of the event's topic and `onEvent`.
 *
 * @example
 * const receiver = new WebhookReceiver({ allowedAlloNumbers: ["+13055550180"] })
 *   .onCallReceived((call) => saveCall(call.id, call.summary))
 *   .onSmsReceived((sms) => notify(sms.from_number, sms.content));
 * export const POST = receiver.fetchHandler(); // Next.js route handler
 */
export class WebhookReceiver {
  readonly #maxBodyBytes: number;
  readonly #allowed: ReadonlySet<string> | null;
  readonly #verifier: SignatureVerifier | null;
  readonly #handled = new DeliveryLog();
  readonly #handlers = new Map<WebhookEventTopic, AnyHandler[]>();
  readonly #anyHandlers: Array<(event: WebhookEvent) => unknown> = [];

  constructor({ allowedAlloNumbers, maxBodyBytes = 1_048_576, signingSecret }: WebhookReceiverOptions = {}) {
    if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
      throw new AlloValidationError("new WebhookReceiver", [{ field: "maxBodyBytes", message: "must be a positive integer" }]);
    }
    this.#maxBodyBytes = maxBodyBytes;
    this.#allowed = allowList(allowedAlloNumbers);
    this.#verifier = signingSecret === undefined ? null : new SignatureVerifier(signingSecret);
  }

  /** Runs `fn` for each CALL_RECEIVED (a call has ended). Chainable; handlers run in the order added. */
  onCallReceived(fn: WebhookHandler<"CALL_RECEIVED">): this {
    return this.#on("CALL_RECEIVED", fn);
  }

  /** Runs `fn` for each SMS_RECEIVED (a text reached one of your numbers). Chainable. */
  onSmsReceived(fn: WebhookHandler<"SMS_RECEIVED">): this {
    return this.#on("SMS_RECEIVED", fn);
  }

  /** Runs `fn` for each SMS_SENT (a text left one of your numbers). Chainable. */
  onSmsSent(fn: WebhookHandler<"SMS_SENT">): this {
    return this.#on("SMS_SENT", fn);
  }

  /** Runs `fn` for each CONTACT_CREATED. Chainable. */
  onContactCreated(fn: WebhookHandler<"CONTACT_CREATED">): this {
    return this.#on("CONTACT_CREATED", fn);
  }

  /** Runs `fn` for each CONTACT_UPDATED. Chainable. */
  onContactUpdated(fn: WebhookHandler<"CONTACT_UPDATED">): this {
    return this.#on("CONTACT_UPDATED", fn);
  }

  /** Runs `fn` for each PING (a test delivery). PINGs are acknowledged without one. Chainable. */
  onPing(fn: WebhookHandler<"PING">): this {
    return this.#on("PING", fn);
  }

  /** Runs `fn` for every accepted event, unknown topics included, after the topic's own handlers. Chainable. */
  onEvent(fn: (event: WebhookEvent) => unknown): this {
    this.#anyHandlers.push(handlerOrThrow(fn));
    return this;
  }

  /**
   * Checks one delivery, in order: size (PAYLOAD_TOO_LARGE), signature when a `signingSecret` is set
   * (INVALID_SIGNATURE), JSON (INVALID_JSON), schema (INVALID_PAYLOAD), allow-list
   * (NUMBER_NOT_ALLOWED); then awaits the handlers one by one and returns the event. A handler's
   * error propagates unchanged. Topics without a handler, unknown ones included, are acknowledged.
   *
   * @param rawBody The body exactly as received: a parsed object cannot be size-checked or verified.
   * @example
   * const event = await receiver.handle(await request.text(), { headers: request.headers });
   */
  async handle(rawBody: string | Uint8Array, options: HandleOptions = {}): Promise<WebhookEvent> {
    if (typeof rawBody !== "string" && !isBytes(rawBody)) {
      throw new TypeError("WebhookReceiver.handle takes the raw body, a string or bytes (use nodeHandler() behind a JSON body parser)");
    }
    checkSize(rawBody, this.#maxBodyBytes);
    const text = bodyText(rawBody);
    const id = this.#verifier?.verify(text, options.headers) ?? null;
    return this.#dispatch(parseJson(text), id);
  }

  /**
   * A `(request: Request) => Promise<Response>` for Next.js route handlers, Hono, Bun, Deno and
   * Workers: 200 handled or ignored, 400 invalid, 401 bad signature, 403 number not allowed,
   * 405 not a POST, 413 too large (counted while reading), 500 when a handler throws.
   *
   * @example
   * export const POST = receiver.fetchHandler();
   */
  fetchHandler(options: AdapterOptions = {}): (request: Request) => Promise<Response> {
    return createFetchHandler(this.#core(), options);
  }

  /**
   * A `(req, res)` handler for `node:http` and Express, with the same statuses as
   * {@link fetchHandler}. Reads the raw body itself, or uses what a body parser left in `req.body`.
   *
   * @example
   * app.post("/webhooks/allo", receiver.nodeHandler()); // before app.use(express.json())
   */
  nodeHandler(options: AdapterOptions = {}): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
    return createNodeHandler(this.#core(), options);
  }

  #on(topic: WebhookEventTopic, fn: AnyHandler): this {
    const list = this.#handlers.get(topic) ?? [];
    list.push(handlerOrThrow(fn));
    this.#handlers.set(topic, list);
    return this;
  }

  async #dispatch(parsed: unknown, id: string | null): Promise<WebhookEvent> {
    const duplicate = id !== null && this.#handled.has(id);
    const event = toEvent(readEnvelope(parsed), { id, signed: id !== null, duplicate });
    checkAllowList(event, this.#allowed);
    if (duplicate) return event;
    if (event.known) {
      for (const fn of this.#handlers.get(event.topic) ?? []) {
        await (fn as (payload: unknown, event: WebhookEvent) => unknown)(event.data, event);
      }
    }
    for (const fn of this.#anyHandlers) await fn(event);
    if (id !== null) this.#handled.add(id);
    return event;
  }

  #core(): ReceiverCore {
    return {
      maxBodyBytes: this.#maxBodyBytes,
      handleRaw: (body, headers) => this.handle(body, { headers }),
      handleParsed: async (value) => {
        if (this.#verifier) {
          throw new WebhookError(
            "RAW_BODY_REQUIRED",
            "a body parser read the body before the receiver could verify its signature: mount the route before express.json(), or use express.raw({ type: 'application/json' })",
          );
        }
        return this.#dispatch(value, null);
      },
    };
  }
}
