// How every method calls the API: one function over the generated operation table, for the
// client's methods (generated/client.ts), the CLI and the MCP server alike. A call names its
// operation and hands over its path parameters, query and body; this checks them and the call's
// options, sends the call through openapi-fetch (its typed GET, POST, ... at the operation's path,
// generated/requests.ts) over the transport, and unwraps the answer as the table says. What an
// operation adds beyond one call is a trait of the table: at-most-once sends (SMS), lists asked in
// batches (`batchGet`), pages walked (`…All`).
import createClient from "openapi-fetch";
import type { paths } from "../../generated/allo.js";
import { operations, type OperationEntry, type OperationName } from "../../generated/operations.js";
import { requests, type SendInit } from "../../generated/requests.js";
import { AlloPromise, type AlloResponse } from "../allo-promise.js";
import { AlloValidationError } from "../errors/index.js";
import { newIdempotencyKey, newRequestId } from "../ids.js";
import { RateGate } from "../http/rate-gate.js";
import { createTransport, type Outcome } from "../http/transport.js";
import { createLog } from "../logger.js";
import {
  DEFAULTS,
  pageUrl,
  resolveOptions,
  type AlloClientOptions,
  type PagingOptions,
  type RequestOptions,
  type ResolvedOptions,
} from "../options.js";
import { atMostOnce, fingerprintOf, type Sent } from "../stores/at-most-once.js";
import type { AnswerDrift } from "./answer-check.js";
import { lazyAnswerCheck } from "./lazy-answer-check.js";
import { check, checkIdempotencyKey, optionsHint } from "../validate.js";
import { pagesOf } from "./pages.js";
import { settingsOf, type CallSettings } from "./settings.js";
import type { Answer, Input, Item, PagedName, SpecAnswer } from "./types.js";

/** Calls the operations of the table for one client. */
export interface Caller {
  /** Calls one operation; resolves to its answer as the spec documents it, unwrapped (`data`, a page, or nothing). */
  call<N extends OperationName>(name: N, input: Input<N>, options?: RequestOptions): AlloPromise<SpecAnswer<N>>;
  /** Every item of every page of a paged operation. */
  pages<N extends PagedName>(name: N, input: Input<N>, options?: PagingOptions): AsyncGenerator<Item<N>, void, undefined>;
  /** Frees an at-most-once idempotency key, whatever happened under it; `method` (`sms.forget`) names refusals. */
  forget(method: string, idempotencyKey: string): Promise<void>;
  /** The differences between answers and the spec seen so far (`validateAnswers`); none when answers are not checked. */
  drift(): AnswerDrift[];
}

/** What the client's methods call: the caller, with the answers some methods reshape (reshape.ts). */
export interface MethodCaller extends Omit<Caller, "call"> {
  call<N extends OperationName>(name: N, input: Input<N>, options?: RequestOptions): AlloPromise<Answer<N>>;
}

/** The caller of a client made with `options`; its refusals of them name `new AlloClient`. */
export function createCaller(options: AlloClientOptions): Caller {
  const client = resolveOptions(options);
  const log = createLog(client.logger, client.logLevel);
  const gate = client.rateLimit
    ? new RateGate(client.stores.rateLimits, client.rateLimit, client.maxRetryDelay, client.rateLimit.paced)
    : null;
  const answers = client.validateAnswers ? lazyAnswerCheck(client.validateAnswers, client.notices) : null;
  // The key goes to the transport's closure only, never onto an object (util.inspect shows those).
  const transport = createTransport(
    { fetch: client.fetch, maxRetryDelay: client.maxRetryDelay, maxResponseBytes: client.maxResponseBytes, gate, log },
    options.apiKey,
  );
  const api = createClient<paths>({
    // A path (a browser's proxy route) is resolved against the page at each call: see baseUrlOf.
    baseUrl: client.baseUrl.startsWith("/") ? "" : client.baseUrl,
    headers: client.headers,
    // `extend=engagement,activity`: lists as one comma-separated value.
    querySerializer: { array: { style: "form", explode: false } },
  });

  /** One request of an operation, its input and options already checked. */
  async function send<N extends OperationName>(
    name: N,
    op: OperationEntry,
    input: Input<N>,
    settings: CallSettings,
    beforeFirstSend?: () => Promise<void>,
  ): Promise<Sending<N>> {
    let outcome: Outcome | undefined;
    const init: SendInit = {
      // The transport must read each answer before openapi-fetch could (to cap its size, judge it and
      // decide on a retry), and parses it then: openapi-fetch is told to leave the body alone, and
      // the answer is the transport's.
      parseAs: "stream",
      fetch: async (request) => {
        outcome = await transport(request, {
          operation: name,
          op,
          signal: settings.signal,
          timeout: settings.timeout,
          maxRetries: settings.maxRetries,
          requestId: newRequestId(),
          // A write Allo deduplicates gets a key even when the caller gave none: its retries are then safe.
          idempotencyKey: op.idempotencyKey ? (settings.idempotencyKey ?? newIdempotencyKey()) : undefined,
          beforeFirstSend,
        });
        if (!outcome.ok) throw outcome.error;
        return outcome.response;
      },
    };
    if (settings.headers) init.headers = settings.headers;
    const base = baseUrlOf(client, name);
    if (base !== undefined) init.baseUrl = base;
    try {
      await requests[name](api, input, init);
      if (!outcome?.ok) throw new Error(`${name}: openapi-fetch answered without calling the transport`);
      const { body, answered } = outcome;
      return { ok: true, sent: { data: answerOf<N>(op, body), response: answered }, body };
    } catch (error) {
      return { ok: false, error, maybeProcessed: outcome?.ok === false ? outcome.maybeProcessed : false };
    }
  }

  /** One call: checked, then sent, under the client's own idempotency key where the operation takes one. */
  async function once<N extends OperationName>(
    name: N,
    input: Input<N>,
    options: RequestOptions | undefined,
  ): Promise<Sent<SpecAnswer<N>>> {
    const op: OperationEntry = operations[name];
    // The input first: arguments given positionally (`contacts.search(0, 20)`) are refused as the
    // input they were meant to be, not as options in the wrong place.
    validate(name, op, input, client.maxRequestBytes);
    const settings = settingsOf(name, op, options, client);
    const key = op.atMostOnce ? settings.idempotencyKey : undefined;
    let maybeProcessed = false;
    // The body of an answer received now (not one an idempotency key kept), checked once the send is settled.
    let received: { body: unknown; response: AlloResponse } | undefined;
    const sendOnce = async (claim?: () => Promise<void>) => {
      const sending = await send(name, op, input, settings, claim);
      if (!sending.ok) maybeProcessed = sending.maybeProcessed;
      else received = { body: sending.body, response: sending.sent.response };
      return unwrap(sending);
    };
    let sent: Sent<SpecAnswer<N>>;
    if (key === undefined) sent = await sendOnce();
    else {
      const guard = {
        store: client.stores.smsKeys,
        operation: name,
        key,
        fingerprint: fingerprintOf([name, (input as { body?: unknown }).body]),
        leaseMs: leaseOf(settings, client),
        storeWaitMs: settings.timeout,
        maybeProcessed: () => maybeProcessed,
      };
      // Input is checked before a key is claimed: a refused input never holds one.
      sent = await atMostOnce<SpecAnswer<N>>(guard, sendOnce);
    }
    // After the key is settled as sent: an answer that differs from the spec never frees it for a second send.
    const refused = answers && received ? await answers.check(name, op, received.body, received.response) : null;
    if (refused) throw refused;
    return sent;
  }

  const caller: Caller = {
    call(name, input, options) {
      const op: OperationEntry = operations[name];
      return new AlloPromise(op.batch ? batched(once, name, op.batch, input, options) : once(name, input, options));
    },
    pages(name, input, options) {
      return pagesOf(caller.call, name, input, options);
    },
    async forget(method, idempotencyKey) {
      checkIdempotencyKey("idempotencyKey", idempotencyKey, method);
      await client.stores.smsKeys.forget(idempotencyKey);
    },
    drift: () => answers?.drift() ?? [],
  };
  return caller;
}

/** How a request ended: the answer and the body it came in, or the error and what the at-most-once guard needs to know of it. */
type Sending<N extends OperationName> =
  | { ok: true; sent: Sent<SpecAnswer<N>>; body: unknown }
  | { ok: false; error: unknown; maybeProcessed: boolean };

function unwrap<N extends OperationName>(sending: Sending<N>): Sent<SpecAnswer<N>> {
  if (!sending.ok) throw sending.error;
  return sending.sent;
}

/**
 * Refuses an input the spec does not take, or too large to send, before anything is claimed or
 * sent (the CLI asks before a delete only of a valid one).
 */
export function validate(name: OperationName, op: OperationEntry, input: unknown, maxRequestBytes = DEFAULTS.maxRequestBytes): void {
  const { path, query, body } = (input ?? {}) as { path?: unknown; query?: unknown; body?: unknown };
  // Measured before the schemas read it: a body of many megabytes is refused without being walked.
  if (body !== undefined) checkSize(name, body, maxRequestBytes);
  // Options found in the input were given in the wrong place: say which argument they belong to.
  const hint = () => optionsHint(op.optionsArgument);
  if (op.validate.path) check(name, op.validate.path, path ?? {});
  if (op.validate.query) check(name, op.validate.query, query ?? {}, hint);
  if (op.validate.body) check(name, op.validate.body, body, hint);
}

/** Refuses a body whose JSON is larger than `max` bytes. */
function checkSize(name: OperationName, body: unknown, max: number): void {
  let json: string | undefined;
  try {
    json = JSON.stringify(body);
  } catch {
    // Not JSON at all (a cycle, a BigInt): the schemas say which field.
    return;
  }
  const bytes = json === undefined ? 0 : new TextEncoder().encode(json).byteLength;
  if (bytes > max) {
    throw new AlloValidationError(name, [
      {
        field: "(input)",
        message: `is ${bytes} bytes of JSON, more than maxRequestBytes (${max}): send less at once, or raise maxRequestBytes`,
      },
    ]);
  }
}

/**
 * The answer as the spec documents it, unwrapped: the body's `data`, a page's items as `results`
 * beside the rest of the body, or nothing. The transport has judged the body to be the envelope the
 * operation documents (a `{ data }`, a list for a page).
 */
function answerOf<N extends OperationName>(op: OperationEntry, body: unknown): SpecAnswer<N> {
  // The body is the transport's parse (see `parseAs` in send), typed here by the spec's own operation types.
  if (op.answer === "none" || body === undefined) return undefined as SpecAnswer<N>;
  if (op.answer === "data") return (body as { data: unknown }).data as SpecAnswer<N>;
  const { data, ...rest } = body as { data: unknown[] };
  return { ...rest, results: data } as SpecAnswer<N>;
}

/**
 * A batch trait's list asked `size` items at a time, each slice an ordinary call, answered as one
 * list in the order asked, each item once; items the API leaves out stay out, and an item whose id
 * was not asked for (spelled otherwise) is kept, last. Not a list: one call, whose check names it.
 */
async function batched<N extends OperationName>(
  once: <M extends OperationName>(name: M, input: Input<M>, options: RequestOptions | undefined) => Promise<Sent<SpecAnswer<M>>>,
  name: N,
  batch: { field: string; size: number },
  input: Input<N>,
  options: RequestOptions | undefined,
): Promise<Sent<SpecAnswer<N>>> {
  const body = (input as { body?: Record<string, unknown> }).body;
  const list = body?.[batch.field];
  if (!Array.isArray(list)) return once(name, input, options);
  const ids = [...new Set(list as unknown[])];
  const items: unknown[] = [];
  let last: Sent<SpecAnswer<N>> | undefined;
  for (let i = 0; i < ids.length || i === 0; i += batch.size) {
    // The same input, its list cut to one slice.
    const slice = { ...input, body: { ...body, [batch.field]: ids.slice(i, i + batch.size) } } as Input<N>;
    last = await once(name, slice, options);
    items.push(...((last.data as unknown[] | undefined) ?? []));
  }
  return { data: inOrder(ids, items) as SpecAnswer<N>, response: last!.response };
}

/** Items in the order of `ids`; an item whose id was not asked for is kept, last. */
function inOrder(ids: readonly unknown[], items: readonly unknown[]): unknown[] {
  const byId = new Map<unknown, unknown>();
  const others: unknown[] = [];
  const asked = new Set(ids);
  for (const item of items) {
    const id = (item as { id?: unknown } | null)?.id;
    if (asked.has(id) && !byId.has(id)) byId.set(id, item);
    else others.push(item);
  }
  return [...ids.flatMap((id) => (byId.has(id) ? [byId.get(id)] : [])), ...others];
}

/**
 * The base URL of one call when the client's is a path (a browser's proxy route): resolved against
 * the page, or refused where there is none (server rendering of a client component), since only a
 * page can say which origin the path is on.
 */
function baseUrlOf(client: ResolvedOptions, name: OperationName): string | undefined {
  if (!client.baseUrl.startsWith("/")) return undefined;
  const page = pageUrl();
  if (!page) {
    throw new AlloValidationError(name, [
      { field: "baseUrl", message: "is a path, which needs a page to resolve against: on a server, give an absolute URL" },
    ]);
  }
  return new URL(client.baseUrl, page).href;
}

/**
 * How long a send may take, every attempt included: each may wait its `timeout` for its turn and
 * its `timeout` for an answer, with up to `maxRetryDelay` between them. A claim still unsettled
 * after that (and a margin) was left by a sender that died.
 */
function leaseOf(settings: CallSettings, client: ResolvedOptions): number {
  return (settings.maxRetries + 1) * 2 * settings.timeout + settings.maxRetries * client.maxRetryDelay + 10_000;
}
