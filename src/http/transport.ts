// The fetch that openapi-fetch calls: auth, request ids, idempotency keys, the rate gate, timeouts,
// retries, typed errors and logging, written once for every operation.
//
// openapi-fetch builds the request (URL, query, JSON body) as a PreparedRequest and reads the
// answer; beneath it, this transport sends each attempt as a fresh fetch, reads the whole answer
// under the attempt's timeout, and retries what retry-policy.ts allows for the call's operation.
// The API key lives only in this closure: no object the caller can reach or inspect holds it, and
// nothing an answer or the platform says reaches the caller with the key in it.
import { AlloApiError, AlloNetworkError, AlloTimeoutError, AlloValidationError, type AlloError, type RequestFailure } from "../errors/index.js";
import type { Log } from "../logger.js";
import { pageUrl, type ResolvedOptions } from "../options.js";
import { VERSION } from "../version.js";
import { deadline, type Deadline } from "./deadline.js";
import { parseErrorBody } from "./error-body.js";
import { BufferedResponse, type PreparedRequest } from "./prepared.js";
import { BodyTooLarge, readText } from "./read-body.js";
import { redact, redactDeep, safeCause, secretsOf } from "./redact.js";
import { bucketOf, RateGate, TurnTooFar } from "./rate-gate.js";
import { parseResetIn, parseRetryAfter } from "./retry-after.js";
import { backoffDelay, isConnectionRefused, mayHaveTakenEffect, shouldRetry, type Outcome, type RetryTraits } from "./retry-policy.js";
import { sleep } from "./sleep.js";

/** One call, as the transport needs it: its operation's traits and its resolved options. */
export interface CallPlan {
  /** The operation's traits, from the generated table. */
  op: RetryTraits;
  signal: AbortSignal | undefined;
  timeout: number;
  maxRetries: number;
  /** Sent as `X-Request-Id` on every attempt (a caller's own `X-Request-Id` header wins). */
  requestId: string;
  /** The caller gave headers for this call (`options.headers`): they may name a User-Agent or an X-Request-Id. */
  ownHeaders?: boolean;
  /** Sent as `Idempotency-Key` on every attempt, for operations that take one. */
  idempotencyKey: string | undefined;
  /** An empty 2xx is a success (the operation documents no body, or it is a DELETE). */
  emptyOk: boolean;
  /** The path sent (no query), filled in by the transport for messages made after it. */
  path?: string;
  /** Filled in on success, for `withResponse()`. */
  answered?: AnswerInfo;
  /**
   * Run once, right before the first attempt goes out (after its turn at the rate gate): the SMS
   * idempotency key is claimed here. What it throws, the call throws, nothing sent.
   */
  beforeFirstSend?: () => Promise<void>;
  /**
   * Set by the transport when a write may have taken effect, whatever the call ends with: an
   * error's own `maybeProcessed`, and also a caller's abort that came while an attempt was on the
   * wire (the abort's reason is thrown as is, and carries no such field).
   */
  maybeProcessed?: boolean;
}

/** What a successful call's answer was, besides its body. */
export interface AnswerInfo {
  status: number;
  headers: Headers;
  requestId: string;
  attempts: number;
}

/** Makes the fetch of one call. */
export type Transport = (plan: CallPlan) => (request: PreparedRequest) => Promise<BufferedResponse>;

const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id", "cf-ray"];

// Browsers refuse a script-set User-Agent (and it would cost a CORS preflight); elsewhere, send it.
const USER_AGENT = "document" in globalThis ? undefined : `allo-client/${VERSION}`;

/** A failed attempt, before it becomes an error: errors are made once, when the call gives up. */
type Failure =
  | { kind: "api"; outcome: Outcome; response: Response; text: string }
  | { kind: "timeout"; outcome: Outcome }
  | { kind: "network"; outcome: Outcome; reason: string; cause?: unknown };

type Attempt = { ok: true; answer: BufferedResponse; response: Response } | { ok: false; failure: Failure; waitMs: number | null };

export function createTransport(options: ResolvedOptions, apiKey: string, log: Log | null): Transport {
  // Called as a plain function: a browser's fetch throws "Illegal invocation" when `this` is
  // anything but the window (options.fetch(...) would pass the options object).
  const send = options.fetch;
  const secrets = secretsOf(apiKey);
  const gate = options.rateLimit ? new RateGate(options.stores.rateLimits, options.rateLimit, options.maxRetryDelay) : null;
  const clientHeaders = Object.keys(options.headers).length > 0;

  return (plan) => async (request) => {
    const { method, headers, body } = request;
    // openapi-fetch builds url as baseUrl + path + query: messages name the path, never the query.
    const path = pathOf(request.url, options.baseUrl.length);
    plan.path = path;
    // Only the caller's headers can hold a User-Agent or an X-Request-Id: without any, none to read
    // (two Headers reads fewer: about 2,000 instructions a call, measured with valgrind cachegrind).
    const theirs = clientHeaders || plan.ownHeaders === true;
    headers.set("authorization", apiKey);
    if (USER_AGENT) {
      const agent = theirs ? headers.get("user-agent") : null;
      headers.set("user-agent", agent ? `${agent} ${USER_AGENT}` : USER_AGENT);
    }
    const requestId = (theirs ? headers.get("x-request-id") : null) ?? plan.requestId;
    headers.set("x-request-id", requestId);
    if (plan.op.idempotencyKey && plan.idempotencyKey !== undefined) headers.set("idempotency-key", plan.idempotencyKey);
    const exchange: Exchange = {
      send,
      url: absolute(request.url, method, path),
      method,
      path,
      headers,
      body,
      plan,
      maxResponseBytes: options.maxResponseBytes,
    };

    const started = Date.now();
    const bucket = bucketOf(method);
    let maybeProcessed = false;
    for (let attempt = 1; ; attempt++) {
      if (plan.signal?.aborted) throw plan.signal.reason;
      let waitMs = 0;
      if (gate) {
        try {
          // Each attempt waits for its turn, a retry included; at most the call's timeout.
          waitMs = await gate.acquire(bucket, plan.signal, plan.timeout);
        } catch (error) {
          if (!(error instanceof TurnTooFar)) throw error;
          const common: RequestFailure = { method, path, requestId, attempts: attempt - 1, maybeProcessed };
          const timeout = new AlloTimeoutError({ ...common, timeout: plan.timeout, waitingForTurn: true });
          log?.("error", { event: "error", method, path, attempt, requestId, reason: `${reasonOf(timeout)} (${error.message})`, durationMs: Date.now() - started });
          throw timeout;
        }
      }
      if (attempt === 1 && plan.beforeFirstSend) await plan.beforeFirstSend();
      const at = Date.now();
      log?.("debug", { event: "request", method, path, attempt, requestId, ...(waitMs > 0 ? { waitMs } : {}) });
      const result = await attemptOnce(exchange, secrets);
      if (gate && (result.ok || result.failure.kind === "api")) {
        gate.observe(bucket, result.ok ? result.response.headers : (result.failure as { response: Response }).response.headers);
      }
      if (result.ok) {
        const status = result.answer.status;
        log?.("info", { event: "response", method, path, attempt, requestId, status, durationMs: Date.now() - started });
        plan.answered = new Answered(status, result.response.headers, requestId, attempt);
        return result.answer;
      }
      const { failure } = result;
      maybeProcessed ||= mayHaveTakenEffect(plan.op, failure.outcome);
      plan.maybeProcessed = maybeProcessed;
      const retryInMs = result.waitMs ?? backoffDelay(attempt - 1);
      // Allo counts per key: a 429 means every call of this client is over, not only this one
      // (a longer wait than maxRetryDelay is a quota, which this call reports; see pauseAll).
      if (gate && failure.kind === "api" && failure.response.status === 429) gate.pauseAll(retryInMs);
      const retry =
        shouldRetry(plan.op, failure.outcome) &&
        attempt <= plan.maxRetries &&
        // The server's hint wins; when it asks for longer than maxRetryDelay, fail now with
        // retryAfter on the error rather than freeze the caller (a daily quota resets in hours).
        (result.waitMs === null || result.waitMs <= options.maxRetryDelay);
      const common: RequestFailure = { method, path, requestId, attempts: attempt, maybeProcessed };
      if (!retry) {
        const error = toError(failure, common, plan, secrets, exchange.url);
        log?.("error", { event: "error", method, path, attempt, requestId, ...statusOf(failure), reason: reasonOf(error), durationMs: Date.now() - started });
        throw error;
      }
      log?.("warn", { event: "retry", method, path, attempt, requestId, ...statusOf(failure), reason: reasonOf(toError(failure, common, plan, secrets, exchange.url)), waitMs: retryInMs, durationMs: Date.now() - at });
      await sleep(retryInMs, plan.signal);
    }
  };
}

/** One call on the wire, as each of its attempts needs it. */
interface Exchange {
  send: typeof fetch;
  url: string;
  method: string;
  path: string;
  headers: Headers;
  /** A string (openapi-fetch's JSON): the same body can be sent again on a retry. */
  body: string | undefined;
  plan: CallPlan;
  maxResponseBytes: number;
}

/**
 * One attempt: sent and read whole under its own timeout, and judged. A function of its own over
 * one plain object, not closures made afresh for every attempt (measured with `npm run bench:ab`).
 */
async function attemptOnce(exchange: Exchange, secrets: readonly string[]): Promise<Attempt> {
  // send is called as a plain function, never as exchange.send(...): see createTransport.
  const { send, method, plan } = exchange;
  const limit = deadline(plan.timeout, plan.signal);
  try {
    let response: Response;
    try {
      const { headers, body } = exchange;
      const signal = limit.signal;
      response = await send(exchange.url, body === undefined ? { method, headers, signal } : { method, headers, body, signal });
    } catch (error) {
      if (isConnectionRefused(error)) {
        return lost(exchange, limit, { kind: "refused" }, `connection refused by ${hostOf(exchange.url)}`, safeCause(error, secrets));
      }
      return lost(exchange, limit, { kind: "lost" }, `no answer from ${hostOf(exchange.url)} (${describe(error, secrets)})`, safeCause(error, secrets));
    }

    let text: string;
    try {
      text = await readText(response, exchange.maxResponseBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        const reason = `the answer is larger than maxResponseBytes (${error.limit} bytes)`;
        return { ok: false, failure: { kind: "network", outcome: { kind: "unreadable" }, reason, cause: error }, waitMs: null };
      }
      return lost(exchange, limit, { kind: "lost" }, `the ${response.status} answer was cut short (${describe(error, secrets)})`, safeCause(error, secrets));
    }

    if (response.ok) return answer(plan.emptyOk, response, text);
    const parsed = parseErrorBody(text);
    const seconds =
      parseRetryAfter(response.headers.get("retry-after")) ??
      parsed.retryAfterSeconds ??
      (response.status === 429 ? parseResetIn(parsed.details) : null);
    return {
      ok: false,
      failure: { kind: "api", outcome: { kind: "status", status: response.status, retryable: parsed.retryable }, response, text },
      waitMs: seconds === null ? null : seconds * 1000,
    };
  } finally {
    limit.clear();
  }
}

/** An attempt that got no whole answer: the caller's abort, the attempt's timeout, or the network. */
function lost(exchange: Exchange, limit: Deadline, outcome: Outcome, reason: string, cause: unknown): Attempt {
  const { plan } = exchange;
  if (plan.signal?.aborted) {
    // Aborted on the wire: a write may have been done, and the abort's reason cannot say so.
    plan.maybeProcessed ||= mayHaveTakenEffect(plan.op, outcome);
    throw plan.signal.reason;
  }
  // A timed-out attempt was sent: it counts as lost, whatever error fetch raised for the abort.
  if (limit.timedOut()) return { ok: false, failure: { kind: "timeout", outcome: { kind: "lost" } }, waitMs: null };
  return { ok: false, failure: { kind: "network", outcome, reason, cause }, waitMs: null };
}

/**
 * A 2xx answer, parsed. An empty one is fine for a DELETE (or a 204); otherwise a 2xx that is not
 * JSON (a proxy's page, an empty body) is an error, not `undefined`. Not retried: the request was
 * answered, and a write may have been processed.
 */
function answer(emptyOk: boolean, response: Response, text: string): Attempt {
  if (text.trim() === "") {
    if (emptyOk || response.status === 204 || response.status === 205) {
      return { ok: true, answer: new BufferedResponse(response.status, undefined, ""), response };
    }
    return unreadable(`the ${response.status} answer is empty`);
  }
  try {
    return { ok: true, answer: new BufferedResponse(response.status, JSON.parse(text), text), response };
  } catch (error) {
    return unreadable(`the ${response.status} answer is not valid JSON`, error);
  }
}

function unreadable(reason: string, cause?: unknown): Attempt {
  return { ok: false, failure: { kind: "network", outcome: { kind: "unreadable" }, reason, cause }, waitMs: null };
}

/** The error a call ends with, made once from its last failure and what all its attempts showed. */
function toError(failure: Failure, common: RequestFailure, plan: CallPlan, secrets: readonly string[], url: string): AlloError {
  switch (failure.kind) {
    case "timeout":
      return new AlloTimeoutError({ ...common, timeout: plan.timeout });
    case "network":
      return new AlloNetworkError({ ...common, reason: redact(failure.reason, secrets) }, failure.cause === undefined ? undefined : { cause: failure.cause });
    case "api":
      return apiError(failure.response, failure.text, common, secrets, url);
  }
}

/** An error answer as a typed error: everything Allo sent (v1 or v2), or HTTP_<status> for an HTML page. */
function apiError(response: Response, text: string, common: RequestFailure, secrets: readonly string[], url: string): AlloApiError {
  // Every string taken from the answer goes through redact: a misconfigured gateway may echo the key.
  const parsed = redactDeep(parseErrorBody(text), secrets);
  const header = answerRequestId(response);
  const seconds =
    parseRetryAfter(response.headers.get("retry-after")) ??
    parsed.retryAfterSeconds ??
    (response.status === 429 ? parseResetIn(parsed.details) : null);
  return new AlloApiError({
    ...common,
    requestId: parsed.requestId ?? (header === null ? null : redact(header, secrets)) ?? common.requestId,
    status: response.status,
    code: (parsed.code ?? `HTTP_${response.status}`) as AlloApiError["code"],
    details: parsed.details,
    retryAfter: seconds,
    serverMessage: parsed.message,
    type: parsed.type,
    retryable: parsed.retryable,
    docUrl: parsed.docUrl,
    param: parsed.param,
    suggestion: parsed.suggestion,
    url: url.split("?")[0]!,
  });
}

/**
 * What a successful call's answer was, for `withResponse()`. Allo's request id is read from the
 * headers only when asked: most calls never look (measured cheaper, bench/run.ts).
 */
class Answered implements AnswerInfo {
  #requestId: string | undefined;

  constructor(
    readonly status: number,
    readonly headers: Headers,
    private readonly sent: string,
    readonly attempts: number,
  ) {}

  get requestId(): string {
    this.#requestId ??= answerRequestId({ headers: this.headers }) ?? this.sent;
    return this.#requestId;
  }
}

function answerRequestId(response: { headers: Headers }): string | null {
  for (const name of REQUEST_ID_HEADERS) {
    const value = response.headers.get(name);
    if (value) return value;
  }
  return null;
}

function statusOf(failure: Failure): { status?: number } {
  return failure.kind === "api" ? { status: failure.response.status } : {};
}

function reasonOf(error: AlloError): string {
  if (error instanceof AlloApiError) return error.code;
  if (error instanceof AlloTimeoutError) return "timeout";
  return error.message.replace(/^\S+ \S+: /, "").split(". ")[0]!;
}

/** The path of a URL openapi-fetch built as baseUrl + path + query. */
function pathOf(url: string, baseLength: number): string {
  const query = url.indexOf("?", baseLength);
  return url.slice(baseLength, query === -1 ? undefined : query) || "/";
}

/** `host:port` of a URL, for messages about the connection (never its path or query). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "the server";
  }
}

/** A baseUrl kept as a path (no page when the client was made) is resolved now, or refused. */
function absolute(url: string, method: string, path: string): string {
  if (!url.startsWith("/")) return url;
  const page = pageUrl();
  if (!page) {
    throw new AlloValidationError(`${method} ${path}`, [
      { field: "baseUrl", message: "is a path, which needs a page to resolve against: on a server, give an absolute URL" },
    ]);
  }
  return new URL(url, page).href;
}

/** A platform error in a few words: its message and code, without the key or any query string. */
function describe(error: unknown, secrets: readonly string[]): string {
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return withoutQuery(redact(code ? `${message}: ${code}` : message, secrets));
}

/** Text with the query string of every URL in it cut off: queries carry phone numbers. */
export function withoutQuery(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s?#"'<>]*|\/[^\s?#"'<>]*)\?[^\s"'<>]*/gi, "$1");
}
