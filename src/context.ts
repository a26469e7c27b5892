// How every method calls the API: one function over the generated operation table. A resource
// method names its operation and hands over its path parameters, query and body; this validates
// them with the operation's schemas, resolves the call's options, sends it through openapi-fetch
// and the transport, and shapes the answer as the table says (`data`, a page, or nothing). A send
// under the client's own idempotency key (SMS) goes through the at-most-once protocol around that.
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/allo.js";
import { operations, type OperationEntry, type OperationName } from "../generated/operations.js";
import { AlloPromise, responseOf } from "./allo-promise.js";
import { AlloNetworkError, AlloValidationError } from "./errors/index.js";
import { newIdempotencyKey, newRequestId } from "./http/ids.js";
import { mayHaveTakenEffect } from "./http/retry-policy.js";
import { PreparedRequest } from "./http/prepared.js";
import { createTransport, type CallPlan, type Transport } from "./http/transport.js";
import { createLog } from "./logger.js";
import { count, positive, resolveOptions, type AlloClientOptions, type RequestOptions, type ResolvedOptions } from "./options.js";
import { atMostOnce, errorSaysMaybeProcessed, fingerprintOf } from "./stores/at-most-once.js";
import type { ClientStores } from "./stores/types.js";
import { check, checkHeaderValue, optionsHint } from "./validate.js";

/** What a method hands over for one call. */
export interface CallInput {
  /** Path parameters by name. */
  path?: Record<string, string>;
  /** Query parameters (GET, DELETE). */
  query?: object | undefined;
  /** The JSON body (POST, PUT, PATCH). */
  body?: unknown;
  /** Which argument of the method the per-call options are (for the hint when they are misplaced). */
  optionsArg?: number;
  /**
   * The call's `idempotencyKey` is the client's own at-most-once key, kept in `stores.smsKeys` and
   * never sent: for the writes that must not happen twice and that Allo does not deduplicate (SMS).
   */
  atMostOnce?: boolean;
}

/** A v2 page: the items, and `pagination` (and any other top-level member, such as the dialing queue's `queue`). */
export type Page<T, Extra = object> = { results: T[]; pagination: import("./types.js").Pagination } & Extra;

/** What every resource shares. */
export interface Context {
  /** Calls one operation of the table; resolves to what its answer carries. */
  call<T>(name: OperationName, input: CallInput, options: RequestOptions | undefined): AlloPromise<T>;
  /** The client's stores (the SMS keys, for `sms.forget`). */
  readonly stores: ClientStores;
}

/**
 * The call every method makes, wired from a client's options: AlloClient builds its resources on
 * it, and the CLI and the MCP server, which call operations by their table name, use it directly.
 */
export function connect(options: AlloClientOptions): Context {
  const resolved = resolveOptions(options);
  // The key goes to the transport's closure only, never onto an object (util.inspect shows those).
  const transport = createTransport(resolved, options.apiKey, createLog(resolved.logger, resolved.logLevel));
  const api = createClient<paths>({
    baseUrl: resolved.baseUrl,
    headers: resolved.headers,
    // `extend=engagement,activity`: arrays as one comma-separated value.
    querySerializer: { array: { style: "form", explode: false } },
    // The transport sends each attempt itself: no undici Request to build and take apart.
    Request: PreparedRequest as unknown as typeof Request,
  });
  return createContext(api, resolved, transport);
}

export function createContext(api: Client<paths>, resolved: ResolvedOptions, transport: Transport): Context {
  // openapi-fetch is typed per path; the table is what names paths here, so the call is untyped.
  // Its GET, POST, ... methods, called by the table's method name (request() would lower-case and
  // upper-case it again).
  const methods = api as unknown as Record<string, (path: string, init: Record<string, unknown>) => Promise<{ data?: unknown }>>;

  /** One call through openapi-fetch and the transport, its input already checked: its data. */
  async function send<T>(name: OperationName, op: OperationEntry, input: CallInput, planned: Planned, beforeFirstSend?: () => Promise<void>): Promise<T> {
    const { plan } = planned;
    if (beforeFirstSend) plan.beforeFirstSend = beforeFirstSend;
    // `method` is openapi-fetch's own (its GET(), POST()... set it again, to the same value): with
    // it already in, the object they copy it into keeps this one's shape, and openapi-fetch reads it
    // several times faster (measured: about 21,000 instructions fewer per call, valgrind).
    const init: Record<string, unknown> = { method: op.method, fetch: transport(plan) };
    if (input.path || input.query) init.params = { path: input.path, query: input.query };
    if (input.body !== undefined) init.body = input.body;
    if (planned.headers) init.headers = planned.headers;
    const answer = await methods[op.method]!(op.path, init);
    return shape<T>(name, op, answer.data, plan);
  }

  /**
   * A call without a client-kept key: checked, then sent; a refusal is the promise's rejection. Not
   * an async function: one promise fewer to settle for every call.
   */
  function checkedSend<T>(name: OperationName, op: OperationEntry, input: CallInput, planned: Planned) {
    try {
      validate(name, op, input, planned);
    } catch (error) {
      return Promise.reject(error);
    }
    return send<T>(name, op, input, planned);
  }

  /** A send under the client's own idempotency key, through the at-most-once protocol. */
  async function guardedSend<T>(name: OperationName, op: OperationEntry, input: CallInput, planned: Planned, clientKey: string) {
    // Input is checked before a key is claimed: a refused input never holds one.
    validate(name, op, input, planned);
    const guard = {
      store: resolved.stores.smsKeys,
      operation: name,
      key: clientKey,
      fingerprint: fingerprintOf([name, input.body]),
      leaseMs: leaseOf(planned.plan, resolved),
      maybeProcessed: (error: unknown) => errorSaysMaybeProcessed(error) ?? planned.plan.maybeProcessed ?? false,
    };
    return atMostOnce(guard, async (beforeFirstSend) => {
      const data = await send<T>(name, op, input, planned, beforeFirstSend);
      return { data, response: responseOf(planned.plan.answered, planned.plan.requestId) };
    });
  }

  return {
    stores: resolved.stores,
    call<T>(name: OperationName, input: CallInput, options: RequestOptions | undefined): AlloPromise<T> {
      const op: OperationEntry = operations[name];
      const planned = planOf(name, op, options, resolved, input.atMostOnce === true);
      const clientKey = planned.clientKey;
      if (clientKey !== undefined) return new AlloPromise<T>(guardedSend<T>(name, op, input, planned, clientKey));
      const { plan } = planned;
      return AlloPromise.ofData(checkedSend<T>(name, op, input, planned), () => responseOf(plan.answered, plan.requestId));
    },
  };
}

/** Refuses the call's options or input, before anything is claimed or sent. */
function validate(name: string, op: OperationEntry, input: CallInput, planned: Planned): void {
  if (planned.error) throw planned.error;
  const { validate } = op;
  if (validate.path) check(name, validate.path, input.path ?? {});
  // The hint is made only for a refusal that needs it.
  const hint = () => optionsHint(input.optionsArg ?? op.pathParams.length + 2);
  if (validate.query) check(name, validate.query, input.query ?? {}, hint);
  if (validate.body) check(name, validate.body, input.body, hint);
}

/**
 * One call's settings, or the validation error that refuses its options (thrown as a rejection).
 * `clientKey` is the caller's idempotency key when the client keeps it itself (`atMostOnce`).
 */
interface Planned {
  plan: CallPlan;
  headers?: Record<string, string>;
  error?: AlloValidationError;
  clientKey?: string;
}

function planOf(name: string, op: OperationEntry, options: RequestOptions | undefined, resolved: ResolvedOptions, atMostOnce: boolean): Planned {
  const plan: CallPlan = {
    op,
    signal: undefined,
    timeout: resolved.timeout,
    maxRetries: resolved.maxRetries,
    requestId: "",
    idempotencyKey: undefined,
    emptyOk: op.answer === "none" || op.method === "DELETE",
  };
  // Most calls give no options: nothing to check.
  if (options === undefined) {
    plan.requestId = newRequestId();
    if (op.idempotencyKey) plan.idempotencyKey = newIdempotencyKey();
    return { plan };
  }
  try {
    const refuse = (field: string, message: string): never => {
      throw new AlloValidationError(name, [{ field: field ? `options.${field}` : "options", message }]);
    };
    if (options === null || typeof options !== "object") {
      refuse("", "must be an object such as { signal, timeout, maxRetries, headers }, given as the last argument");
    }
    const { signal, headers, idempotencyKey } = options;
    if (signal !== undefined && (typeof signal !== "object" || typeof signal.addEventListener !== "function")) {
      refuse("signal", "must be an AbortSignal");
    }
    for (const [header, value] of Object.entries(headers ?? {})) {
      if (header.toLowerCase() === "authorization") refuse(`headers.${header}`, "cannot be set: the client sends apiKey");
      checkHeaderValue(`options.headers.${header}`, value, name);
    }
    if (idempotencyKey !== undefined) {
      if (!op.idempotencyKey && !atMostOnce) {
        refuse("idempotencyKey", `is not taken by ${name}: Allo deduplicates only the operations that accept an Idempotency-Key`);
      }
      if (typeof idempotencyKey !== "string" || idempotencyKey === "" || idempotencyKey.length > 255) refuse("idempotencyKey", "must be a string of 1 to 255 characters");
      checkHeaderValue("options.idempotencyKey", idempotencyKey, name);
    }
    plan.signal = signal;
    if (options.timeout !== undefined) plan.timeout = positive("timeout", options.timeout, refuse);
    if (options.maxRetries !== undefined) plan.maxRetries = count("maxRetries", options.maxRetries, refuse);
    plan.requestId = newRequestId();
    plan.idempotencyKey = op.idempotencyKey ? (idempotencyKey ?? newIdempotencyKey()) : undefined;
    const planned: Planned = { plan };
    if (headers) {
      planned.headers = headers;
      plan.ownHeaders = true;
    }
    if (atMostOnce && !op.idempotencyKey && idempotencyKey !== undefined) planned.clientKey = idempotencyKey;
    return planned;
  } catch (error) {
    if (error instanceof AlloValidationError) return { plan, error };
    throw error;
  }
}

/**
 * How long a send may take, every attempt included: each may wait its `timeout` for its turn and
 * its `timeout` for an answer, with up to `maxRetryDelay` between them. A claim still unsettled
 * after that (and a margin) was left by a sender that died.
 */
function leaseOf(plan: CallPlan, resolved: ResolvedOptions): number {
  return (plan.maxRetries + 1) * 2 * plan.timeout + plan.maxRetries * resolved.maxRetryDelay + 10_000;
}

/** The answer as the method resolves it: `data`, a page, or nothing, as the operation's table entry says. */
function shape<T>(name: string, op: OperationEntry, body: unknown, plan: CallPlan): T {
  // A DELETE may answer 204 or 200 with nothing even where a body is documented: it is done.
  if (op.answer === "none" || (body === undefined && op.method === "DELETE")) return undefined as T;
  if (body === null || typeof body !== "object" || !("data" in body)) {
    const what = body === undefined ? "is empty" : "is not the { data } envelope the spec documents";
    const maybeProcessed = mayHaveTakenEffect(op, { kind: "unreadable" });
    throw new AlloNetworkError({
      method: op.method,
      path: plan.path ?? op.path,
      reason: `the answer ${what}`,
      requestId: plan.answered?.requestId ?? plan.requestId,
      attempts: plan.answered?.attempts ?? 1,
      maybeProcessed,
    });
  }
  if (op.answer === "data") return (body as { data: unknown }).data as T;
  const { data, ...rest } = body as { data: unknown };
  if (!Array.isArray(data)) {
    throw new AlloNetworkError({
      method: op.method,
      path: plan.path ?? op.path,
      reason: `the answer of ${name} is not a page (its data is not a list)`,
      requestId: plan.answered?.requestId ?? plan.requestId,
      attempts: plan.answered?.attempts ?? 1,
      maybeProcessed: false,
    });
  }
  return { ...rest, results: data } as T;
}
