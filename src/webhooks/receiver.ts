import { AlloValidationError } from "../errors/index.js";
import type { AdapterOptions, ReceiverCore } from "./adapter-core.js";
import { createFetchHandler } from "./fetch-adapter.js";
import type { NodeRequestLike, NodeResponseLike } from "../http/node-like.js";
import { createNodeHandler } from "./node-adapter.js";
import { allowList, checkAllowList } from "./allow-list.js";
import { checkSize, decodeBody, isBytes, notUtf8, parseJson } from "./body.js";
import { MemoryDedupeStore, type DedupeStore } from "./dedupe.js";
import { WebhookError } from "./errors.js";
import { readEnvelope } from "./normalise.js";
import { SignatureVerifier } from "./signature.js";
import { isKnownTopic, knownTopics } from "./topics.js";
import type { HandleOptions, WebhookEvent, WebhookEventTopic, WebhookHandler } from "./types.js";
import { toEvent } from "./validate.js";

/** Allo retries a delivery 8 times over about 27.5 hours: a claim outlasts them all. */
const DEDUPE_TTL_MS = 28 * 60 * 60 * 1000;

/** Options of {@link WebhookReceiver}. */
export interface WebhookReceiverOptions {
  /**
   * Your own Allo numbers, E.164. When set, an event whose own-number field (per topic, see
   * docs/webhooks.md) is not listed is refused with NUMBER_NOT_ALLOWED (403). Contact events, PING
   * and the v2 topics that carry no number pass. An empty list refuses every event that carries a number.
   * @default undefined (no check)
   */
  allowedAlloNumbers?: readonly string[] | undefined;
  /**
   * Largest body accepted, in bytes; the adapters stop reading past it (413).
   * @default 1_048_576 (1 MiB)
   */
  maxBodyBytes?: number | undefined;
  /**
   * The endpoint's Standard Webhooks secret (`whsec_...`), or several while one is being rotated
   * (a delivery passes when any of them verifies it). When set, every delivery must carry a valid
   * `webhook-signature` less than 5 minutes old (else INVALID_SIGNATURE, 401), and each
   * `webhook-id` runs the handlers once. `false`, or the option left out, accepts unsigned
   * deliveries, as v1 sends them. Given as `undefined` (an unset environment variable), it is
   * refused: that would accept anyone's deliveries without a word.
   * @default false
   */
  signingSecret?: string | readonly string[] | false | undefined;
  /**
   * Where signed deliveries' `webhook-id`s are claimed before the handlers run. Share one between
   * replicas of the endpoint (Redis, say); the default holds 10,000 ids in this process's memory.
   * @default new MemoryDedupeStore()
   */
  dedupeStore?: DedupeStore | undefined;
  /**
   * How long a handled `webhook-id` stays claimed, in ms.
   * @default 100_800_000 (28 hours: longer than Allo's 8 attempts over about 27.5 hours)
   */
  dedupeTtlMs?: number | undefined;
}

type AnyHandler = (payload: unknown, event: WebhookEvent) => unknown;

// A missing handler found at registration, not as a 500 on Allo's first delivery.
function handlerOrThrow<F>(fn: F): F {
  if (typeof fn !== "function") throw new TypeError("a webhook handler must be a function");
  return fn;
}

const positiveInteger = (field: string, value: number) => {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new AlloValidationError("new WebhookReceiver", [{ field, message: "must be a positive integer" }]);
  }
};

/**
 * Receives Allo's webhook deliveries, v1 and v2: checks size, signature, JSON, schema (the topic's
 * own, from the spec) and allow-list, claims the `webhook-id`, then runs the handlers of the
 * event's topic and `onEvent`.
 *
 * @example
 * const receiver = new WebhookReceiver({ signingSecret: process.env.ALLO_WEBHOOK_SECRET })
 *   .on("call.completed", (call) => saveCall(call.id, call.summary))
 *   .on("sms.received", (sms) => notify(sms.from_number, sms.content));
 * export const POST = receiver.fetchHandler(); // Next.js route handler
 */
export class WebhookReceiver {
  readonly #maxBodyBytes: number;
  readonly #allowed: ReadonlySet<string> | null;
  readonly #verifier: SignatureVerifier | null;
  readonly #store: DedupeStore;
  readonly #ttlMs: number;
  readonly #handlers = new Map<string, AnyHandler[]>();
  readonly #anyHandlers: Array<(event: WebhookEvent) => unknown> = [];

  constructor(options: WebhookReceiverOptions = {}) {
    const { allowedAlloNumbers, maxBodyBytes = 1_048_576, signingSecret, dedupeStore, dedupeTtlMs = DEDUPE_TTL_MS } = options;
    if ("signingSecret" in options && signingSecret === undefined) {
      throw new AlloValidationError("new WebhookReceiver", [
        {
          field: "signingSecret",
          message:
            "is undefined, which would accept anyone's deliveries unsigned: is the variable that holds the endpoint's whsec_ secret (ALLO_WEBHOOK_SECRET) set? To accept unsigned deliveries (v1 sends them), pass signingSecret: false",
        },
      ]);
    }
    positiveInteger("maxBodyBytes", maxBodyBytes);
    positiveInteger("dedupeTtlMs", dedupeTtlMs);
    const methods = ["claim", "complete", "release"] as const;
    const missing =
      dedupeStore === undefined ? [] : methods.filter((m) => typeof (dedupeStore as Partial<DedupeStore> | null)?.[m] !== "function");
    if (missing.length > 0) {
      throw new AlloValidationError("new WebhookReceiver", [
        {
          field: "dedupeStore",
          message: `must have claim(id, ttlMs), complete(id, ttlMs) and release(id) methods (missing ${missing.join(", ")})`,
        },
      ]);
    }
    this.#maxBodyBytes = maxBodyBytes;
    this.#allowed = allowList(allowedAlloNumbers);
    this.#verifier = signingSecret === undefined || signingSecret === false ? null : new SignatureVerifier(signingSecret);
    this.#store = dedupeStore ?? new MemoryDedupeStore();
    this.#ttlMs = dedupeTtlMs;
  }

  /**
   * Runs `fn(payload, event)` for each event of `topic`, v1 (`"CALL_RECEIVED"`) or v2
   * (`"call.completed"`), its payload typed from that topic's schema. A v1 handler never receives a
   * v2 delivery, nor the other way round: subscribe to each topic you want. Chainable; handlers run
   * in the order added.
   *
   * @example
   * receiver.on("call.received", (call) => showCaller(call.person?.name, call.from_number));
   */
  on<T extends WebhookEventTopic>(topic: T, fn: WebhookHandler<T>): this {
    if (typeof topic !== "string" || !isKnownTopic(topic)) {
      throw new TypeError(
        `receiver.on: ${JSON.stringify(topic)} is not a documented topic (use onEvent for others): ${knownTopics.join(", ")}`,
      );
    }
    const list = this.#handlers.get(topic) ?? [];
    list.push(handlerOrThrow(fn) as AnyHandler);
    this.#handlers.set(topic, list);
    return this;
  }

  /** Runs `fn` for each v1 CALL_RECEIVED (a call has ended; v2 sends `call.completed` instead). Chainable. */
  onCallReceived(fn: WebhookHandler<"CALL_RECEIVED">): this {
    return this.on("CALL_RECEIVED", fn);
  }

  /** Runs `fn` for each v1 SMS_RECEIVED (a text reached one of your numbers). Chainable. */
  onSmsReceived(fn: WebhookHandler<"SMS_RECEIVED">): this {
    return this.on("SMS_RECEIVED", fn);
  }

  /** Runs `fn` for each v1 SMS_SENT (a text left one of your numbers). Chainable. */
  onSmsSent(fn: WebhookHandler<"SMS_SENT">): this {
    return this.on("SMS_SENT", fn);
  }

  /** Runs `fn` for each v1 CONTACT_CREATED. Chainable. */
  onContactCreated(fn: WebhookHandler<"CONTACT_CREATED">): this {
    return this.on("CONTACT_CREATED", fn);
  }

  /** Runs `fn` for each v1 CONTACT_UPDATED. Chainable. */
  onContactUpdated(fn: WebhookHandler<"CONTACT_UPDATED">): this {
    return this.on("CONTACT_UPDATED", fn);
  }

  /** Runs `fn` for each v1 PING (a test delivery). PINGs are acknowledged without one. Chainable. */
  onPing(fn: WebhookHandler<"PING">): this {
    return this.on("PING", fn);
  }

  /** Runs `fn` for every accepted event, unknown topics included, after the topic's own handlers. Chainable. */
  onEvent(fn: (event: WebhookEvent) => unknown): this {
    this.#anyHandlers.push(handlerOrThrow(fn));
    return this;
  }

  /**
   * Checks one delivery, in order: size (PAYLOAD_TOO_LARGE), signature when a `signingSecret` is set
   * (INVALID_SIGNATURE), JSON (INVALID_JSON), schema (INVALID_PAYLOAD), allow-list
   * (NUMBER_NOT_ALLOWED). A signed delivery's `webhook-id` is then claimed: when a copy of it was
   * handled, the event comes back with `delivery.duplicate` and no handler runs; when a copy is
   * still being handled, it is refused with DELIVERY_IN_FLIGHT (503, retried later: that copy may
   * yet fail). Otherwise the handlers are awaited one by one, the id marked handled and the event
   * returned; if one throws, the claim is released and its error propagates unchanged. Topics
   * without a handler, unknown ones included, are acknowledged.
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
    const { text, utf8 } = decodeBody(rawBody);
    const id = this.#verifier?.verify(text, options.headers) ?? null;
    if (!utf8) throw notUtf8();
    return this.#dispatch(parseJson(text), id);
  }

  /**
   * A `(request: Request) => Promise<Response>` for Next.js route handlers, Hono, Bun, Deno and
   * Workers: 200 handled, ignored or a duplicate of a handled delivery, 400 invalid, 401 bad
   * signature, 403 number not allowed, 405 not a POST, 413 too large (counted while reading), 500
   * when a handler throws, 503 with `Retry-After` while another copy is being handled. Refusals
   * (4xx, 503) are logged with `console.warn`, failures (500) with `console.error`, unless
   * `logger` or `onError` says otherwise.
   *
   * @example
   * export const POST = receiver.fetchHandler();
   */
  fetchHandler(options: AdapterOptions = {}): (request: Request) => Promise<Response> {
    return createFetchHandler(this.#core(), options);
  }

  /**
   * A `(req, res)` handler for `node:http` and Express, with the same statuses and logging as
   * {@link fetchHandler}. Reads the raw body itself, or uses what a body parser left in `req.body`.
   *
   * @example
   * app.post("/webhooks/allo", receiver.nodeHandler()); // before app.use(express.json())
   */
  nodeHandler(options: AdapterOptions = {}): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
    return createNodeHandler(this.#core(), options);
  }

  async #dispatch(parsed: unknown, id: string | null): Promise<WebhookEvent> {
    const event = toEvent(readEnvelope(parsed), { id, signed: id !== null, duplicate: false });
    checkAllowList(event, this.#allowed);
    if (id !== null) {
      const claim = await this.#store.claim(id, this.#ttlMs);
      if (claim === "handled") return { ...event, delivery: { ...event.delivery, duplicate: true } };
      if (claim === "in-flight") {
        throw new WebhookError(
          "DELIVERY_IN_FLIGHT",
          "another copy of this delivery is still being handled: deliver it again later",
          [],
          event.topic,
        );
      }
      if (claim !== "claimed") {
        throw new TypeError(
          `dedupeStore.claim must answer "claimed", "in-flight" or "handled", not ${typeof claim === "string" ? JSON.stringify(claim) : typeof claim}`,
        );
      }
    }
    try {
      if (event.known) {
        for (const fn of this.#handlers.get(event.topic) ?? []) await fn(event.data, event);
      }
      for (const fn of this.#anyHandlers) await fn(event);
    } catch (error) {
      if (id !== null) await this.#release(id, error);
      throw error;
    }
    // The handlers succeeded: the delivery is acknowledged even if the store fails now. Its claim
    // then stays in flight until it expires, so copies are refused and retried rather than run twice.
    if (id !== null) await Promise.resolve(this.#store.complete(id, this.#ttlMs)).catch(() => {});
    return event;
  }

  async #release(id: string, handlerError: unknown): Promise<void> {
    try {
      await this.#store.release(id);
    } catch (storeError) {
      throw new AggregateError(
        [handlerError, storeError],
        "a webhook handler failed, and the dedupe store could not release its webhook-id: Allo's retries of this delivery will be taken for duplicates until the claim expires",
      );
    }
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
