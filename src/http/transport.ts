// The fetch openapi-fetch sends every call through: auth, request ids, idempotency keys, the rate
// gate, timeouts, retries, typed errors and logging, written once for every operation.
//
// openapi-fetch builds the Request (URL, query, JSON body). Beneath it, each attempt is a fresh
// fetch whose answer is read whole under the attempt's timeout, parsed once and judged: a 2xx
// must be the body its operation documents, an error status becomes an
// AlloApiError. A failed attempt is retried as retry-policy.ts allows for the operation. What
// happened comes back as an Outcome: the answer and how it was got, or the error the call ends
// with. The API key lives in this closure and on each call's own Request: no object the caller can
// reach or inspect holds it.
import type { OperationEntry } from "../../generated/operations.js";
import type { AlloResponse } from "../allo-promise.js";
import { AlloApiError, AlloNetworkError, AlloTimeoutError, type AlloError, type RequestFailure } from "../errors/index.js";
import type { Log } from "../logger.js";
import { VERSION } from "../version.js";
import { deadline } from "./deadline.js";
import { parseErrorBody, type ErrorBody } from "./error-body.js";
import { errorHintOf } from "./error-hints.js";
import { bucketOf, type RateGate, TurnTooFar } from "./rate-gate.js";
import { BodyTooLarge, readText } from "./read-body.js";
import { type KeyForms, keyForms, redact, redactDeep, safeCause, withoutQuery } from "./redact.js";
import { parseResetIn, parseRetryAfter } from "./retry-after.js";
import { backoffDelay, isConnectionRefused, mayHaveTakenEffect, type Outcome as AttemptOutcome, shouldRetry } from "./retry-policy.js";
import { shownPath } from "./shown-path.js";
import { sleep } from "./sleep.js";

/** What the transport is given once, for every call of a client. */
export interface TransportConfig {
  /** The platform's fetch, or the caller's: called as a plain function (a browser's throws "Illegal invocation" otherwise). */
  fetch: typeof globalThis.fetch;
  maxRetryDelay: number;
  maxResponseBytes: number;
  /** Paces calls to Allo's limits, or null: every call goes at once. */
  gate: RateGate | null;
  log: Log | null;
}

/** One call, as the transport needs it besides its Request. */
export interface Exchange {
  /** The SDK method (`contacts.get`), for log lines. */
  operation: string;
  /** Its entry of the operation table: HTTP method, path template, retry traits, answer kind. */
  op: OperationEntry;
  signal: AbortSignal | undefined;
  timeout: number;
  maxRetries: number;
  /** Sent as `X-Request-Id` on every attempt, unless the call's own headers name one. */
  requestId: string;
  /** Sent as `Idempotency-Key` on every attempt, for the operations Allo deduplicates by it. */
  idempotencyKey: string | undefined;
  /** Runs once, right before the first attempt goes out (after its turn at the gate): what it throws, the call throws, nothing sent. */
  beforeFirstSend: (() => Promise<void>) | undefined;
}

/**
 * How a call ended: its answer (the Response, already read, and its body parsed once; undefined
 * when empty), or the error it ends with and whether a write may have been done.
 */
export type Outcome =
  | { ok: true; response: Response; body: unknown; answered: AlloResponse }
  | { ok: false; error: unknown; maybeProcessed: boolean };

/** Sends one call, retries included. Never throws: a failure is an Outcome too. */
export type Transport = (request: Request, exchange: Exchange) => Promise<Outcome>;

const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id", "cf-ray"];

// Browsers refuse a script-set User-Agent (and it would cost a CORS preflight); elsewhere, send it.
const USER_AGENT = "document" in globalThis ? undefined : `allo-client/${VERSION}`;

/** A failed attempt, before it becomes an error: the error is made once, when the call gives up. */
type Failure =
  | { kind: "api"; outcome: AttemptOutcome; response: Response; body: ErrorBody }
  | { kind: "timeout"; outcome: AttemptOutcome }
  | { kind: "aborted"; outcome: AttemptOutcome }
  | { kind: "network"; outcome: AttemptOutcome; reason: string; cause?: unknown };

type Attempt = { ok: true; response: Response; text: string } | { ok: false; failure: Failure; waitMs: number | null };

export function createTransport(config: TransportConfig, apiKey: string): Transport {
  const { gate, log } = config;
  const send = config.fetch;
  const secrets = keyForms(apiKey);

  return async (request, exchange) => {
    const { op, signal } = exchange;
    // The Request is this call's own, built by openapi-fetch for it alone: its headers are completed
    // in place, as openapi-fetch's own middleware would.
    const { headers } = request;
    headers.set("authorization", apiKey);
    if (USER_AGENT) {
      const agent = headers.get("user-agent");
      headers.set("user-agent", agent ? `${agent} ${USER_AGENT}` : USER_AGENT);
    }
    const requestId = headers.get("x-request-id") ?? exchange.requestId;
    headers.set("x-request-id", requestId);
    if (exchange.idempotencyKey !== undefined) headers.set("idempotency-key", exchange.idempotencyKey);
    // Read once: each attempt sends the same text again (a body stream can be sent only once).
    const body = request.body === null ? undefined : await request.text();
    const url = request.url;
    // Log lines name the operation and its path template: a filled-in path can hold a phone number.
    const line = { operation: exchange.operation, method: op.method, path: op.path, requestId };
    const started = Date.now();
    const bucket = bucketOf(op.method);
    let maybeProcessed = false;

    for (let attempt = 1; ; attempt++) {
      const failed = (error: unknown): Outcome => ({ ok: false, error, maybeProcessed });
      if (signal?.aborted) return failed(signal.reason);
      let waitMs = 0;
      // Most calls find the gate open: only a call that may have to wait is given a turn.
      if (gate && !gate.openNow(bucket)) {
        try {
          // Each attempt waits for its turn, a retry included; at most the call's timeout.
          waitMs = await gate.acquire(bucket, signal, exchange.timeout);
        } catch (error) {
          if (!(error instanceof TurnTooFar)) return failed(error);
          const timeout = new AlloTimeoutError({
            ...failureOf(request, op, requestId, attempt - 1, maybeProcessed),
            timeout: exchange.timeout,
            waitingForTurn: true,
          });
          log?.("error", {
            event: "error",
            ...line,
            attempt,
            reason: `${reasonOf(timeout)} (${error.message})`,
            durationMs: Date.now() - started,
          });
          return failed(timeout);
        }
      }
      if (attempt === 1 && exchange.beforeFirstSend) {
        try {
          await exchange.beforeFirstSend();
        } catch (error) {
          return failed(error);
        }
      }
      const at = Date.now();
      log?.("debug", { event: "request", ...line, attempt, ...(waitMs > 0 ? { waitMs } : {}) });
      const result = await attemptOnce(send, url, { method: op.method, headers, body }, exchange, config.maxResponseBytes, secrets);
      // Every answer says how much of the limit is left, an error's included.
      const answered = result.ok ? result.response : result.failure.kind === "api" ? result.failure.response : null;
      if (gate && answered) gate.observe(bucket, answered.headers);

      if (result.ok) {
        const judged = judge(op, result.response.status, result.text);
        if ("body" in judged) {
          const { response } = result;
          log?.("info", { event: "response", ...line, attempt, status: response.status, durationMs: Date.now() - started });
          const answered: AlloResponse = {
            status: response.status,
            headers: response.headers,
            requestId: answerRequestId(response.headers) ?? requestId,
            attempts: attempt,
          };
          return { ok: true, response, body: judged.body, answered };
        }
        maybeProcessed ||= mayHaveTakenEffect(op, { kind: "unreadable" });
        const error = new AlloNetworkError({ ...failureOf(request, op, requestId, attempt, maybeProcessed), reason: judged.problem });
        log?.("error", {
          event: "error",
          ...line,
          attempt,
          status: result.response.status,
          reason: reasonOf(error),
          durationMs: Date.now() - started,
        });
        return failed(error);
      }

      const { failure } = result;
      maybeProcessed ||= mayHaveTakenEffect(op, failure.outcome);
      // The caller's own abort ends the call with its reason, as an aborted fetch does.
      if (failure.kind === "aborted") return failed(signal?.reason);
      const retryInMs = result.waitMs ?? backoffDelay(attempt - 1);
      // Allo counts per key: a 429 means every call of this client is over, not only this one
      // (a longer wait than maxRetryDelay is a quota, which this call reports; see pauseAll).
      if (gate && failure.kind === "api" && failure.response.status === 429) gate.pauseAll(retryInMs);
      const hint = failure.kind === "api" && failure.body.code ? await errorHintOf(failure.body.code) : null;
      const error = toError(failure, failureOf(request, op, requestId, attempt, maybeProcessed), exchange, secrets, url, hint);
      const retry =
        shouldRetry(op, failure.outcome) &&
        attempt <= exchange.maxRetries &&
        // The server's hint wins; when it asks for longer than maxRetryDelay, fail now with
        // retryAfter on the error rather than freeze the caller (a daily quota resets in hours).
        (result.waitMs === null || result.waitMs <= config.maxRetryDelay);
      const status = failure.kind === "api" ? { status: failure.response.status } : {};
      if (!retry) {
        log?.("error", { event: "error", ...line, attempt, ...status, reason: reasonOf(error), durationMs: Date.now() - started });
        return failed(error);
      }
      log?.("warn", {
        event: "retry",
        ...line,
        attempt,
        ...status,
        reason: reasonOf(error),
        waitMs: retryInMs,
        durationMs: Date.now() - at,
      });
      try {
        await sleep(retryInMs, signal);
      } catch (error) {
        return failed(error);
      }
    }
  };
}

/** One attempt: sent and read whole under its own timeout, the caller's abort included. */
async function attemptOnce(
  send: typeof globalThis.fetch,
  url: string,
  init: { method: string; headers: Headers; body: string | undefined },
  exchange: Exchange,
  maxResponseBytes: number,
  secrets: KeyForms,
): Promise<Attempt> {
  const limit = deadline(exchange.timeout, exchange.signal);
  const lost = (outcome: AttemptOutcome, reason: string, error: unknown): Attempt => {
    // Aborted on the wire: for a write, it may have been done, which the abort's reason cannot say.
    if (exchange.signal?.aborted) return { ok: false, failure: { kind: "aborted", outcome }, waitMs: null };
    // A timed-out attempt was sent: it counts as lost, whatever error fetch raised for the abort.
    if (limit.timedOut()) return { ok: false, failure: { kind: "timeout", outcome: { kind: "lost" } }, waitMs: null };
    return { ok: false, failure: { kind: "network", outcome, reason, cause: safeCause(error, secrets) }, waitMs: null };
  };
  try {
    let response: Response;
    try {
      const { method, headers, body } = init;
      response = await send(
        url,
        body === undefined ? { method, headers, signal: limit.signal } : { method, headers, body, signal: limit.signal },
      );
    } catch (error) {
      if (isConnectionRefused(error)) return lost({ kind: "refused" }, `connection refused by ${hostOf(url)}`, error);
      return lost({ kind: "lost" }, `no answer from ${hostOf(url)} (${describe(error, secrets)})`, error);
    }
    let text: string;
    try {
      text = await readText(response, maxResponseBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        const reason = `the answer is larger than maxResponseBytes (${error.limit} bytes)`;
        return { ok: false, failure: { kind: "network", outcome: { kind: "unreadable" }, reason, cause: error }, waitMs: null };
      }
      return lost({ kind: "lost" }, `the ${response.status} answer was cut short (${describe(error, secrets)})`, error);
    }
    if (response.ok) return { ok: true, response, text };
    // An error body is read once: its code, its details and its wait are all taken from here.
    const body = parseErrorBody(text);
    const seconds = retryAfterOf(response, body);
    return {
      ok: false,
      failure: { kind: "api", outcome: { kind: "status", status: response.status, retryable: body.retryable }, response, body },
      waitMs: seconds === null ? null : seconds * 1000,
    };
  } finally {
    limit.clear();
  }
}

/**
 * A 2xx answer's body, parsed, when it is what its operation documents; else what is wrong with
 * it. An empty answer (body undefined) is fine for an operation without a body, for a DELETE
 * (done, whatever it documents) and for a 204; anything else must be the JSON `{ data }`
 * envelope, a list in it for a page. A write so answered is not retried: it was answered, and may
 * have been processed.
 */
function judge(op: OperationEntry, status: number, text: string): { body: unknown } | { problem: string } {
  if (text.trim() === "") {
    if (op.answer === "none" || op.method === "DELETE" || status === 204 || status === 205) return { body: undefined };
    return { problem: `the ${status} answer is empty` };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { problem: `the ${status} answer is not valid JSON` };
  }
  if (op.answer === "none") return { body };
  if (body === null || typeof body !== "object" || !("data" in body))
    return { problem: "the answer is not the { data } envelope the spec documents" };
  if (op.answer === "page" && !Array.isArray(body.data)) return { problem: "the answer is not a page (its data is not a list)" };
  return { body };
}

/** Seconds to wait before another attempt, as the answer says: `Retry-After`, v2's `retry_after_seconds`, or a v1 quota's `reset_in`. */
function retryAfterOf(response: Response, body: ErrorBody): number | null {
  return (
    parseRetryAfter(response.headers.get("retry-after")) ??
    body.retryAfterSeconds ??
    (response.status === 429 ? parseResetIn(body.details) : null)
  );
}

/** What every error of the call carries: its method and path (never the query, no phone number), request id, attempts. */
function failureOf(request: Request, op: OperationEntry, requestId: string, attempts: number, maybeProcessed: boolean): RequestFailure {
  return { method: request.method, path: shownPath(new URL(request.url).pathname, op.path), requestId, attempts, maybeProcessed };
}

/** The error a call ends with, made once from its last failure. */
function toError(
  failure: Exclude<Failure, { kind: "aborted" }>,
  common: RequestFailure,
  exchange: Exchange,
  secrets: KeyForms,
  url: string,
  hint: string | null,
): AlloError {
  switch (failure.kind) {
    case "timeout":
      return new AlloTimeoutError({ ...common, timeout: exchange.timeout });
    case "network":
      return new AlloNetworkError(
        { ...common, reason: redact(failure.reason, secrets) },
        failure.cause === undefined ? undefined : { cause: failure.cause },
      );
    case "api":
      return apiError(failure.response, failure.body, common, secrets, url, hint);
  }
}

/** An error answer as a typed error: everything Allo sent (v1 or v2), or HTTP_<status> for an HTML page. */
function apiError(
  response: Response,
  body: ErrorBody,
  common: RequestFailure,
  secrets: KeyForms,
  url: string,
  hint: string | null,
): AlloApiError {
  // Every string taken from the answer goes through redact: a misconfigured gateway may echo the key.
  // A server that quotes the request's URL (Express's "Cannot GET /v2/...?allo_number=...") would
  // bring its query and a phone number of its path back too: those are cut as the client's own are.
  const sent = new URL(url).pathname;
  const forms = sent === common.path ? [] : [sent, decodedPath(sent)];
  const shownAs = (text: string) => withoutQuery(forms.reduce((out, form) => out.replaceAll(form, common.path), text));
  const parsed = redactDeep(body, secrets, shownAs);
  const header = answerRequestId(response.headers);
  return new AlloApiError({
    ...common,
    requestId: parsed.requestId ?? (header === null ? null : redact(header, secrets)) ?? common.requestId,
    status: response.status,
    code: (parsed.code ?? `HTTP_${response.status}`) as AlloApiError["code"],
    details: parsed.details,
    retryAfter: retryAfterOf(response, body),
    serverMessage: parsed.message,
    type: parsed.type,
    retryable: parsed.retryable,
    docUrl: parsed.docUrl,
    param: parsed.param,
    suggestion: parsed.suggestion,
    url: `${new URL(url).origin}${common.path}`,
    hint,
  });
}

/** A path with its escapes read (`%2B` as `+`), or as it is when they do not read. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Allo's request id for an answer, from the first header that carries one. */
function answerRequestId(headers: Headers): string | null {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return null;
}

function reasonOf(error: AlloError): string {
  if (error instanceof AlloApiError) return error.code;
  if (error instanceof AlloTimeoutError) return "timeout";
  return error.message.replace(/^\S+ \S+: /, "").split(". ")[0]!;
}

/** `host:port` of a URL, for messages about the connection (never its path or query). */
function hostOf(url: string): string {
  return new URL(url).host;
}

/** A platform error in a few words: its message and code, without the key or any query string. */
function describe(error: unknown, secrets: KeyForms): string {
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return withoutQuery(redact(code ? `${message}: ${code}` : message, secrets));
}
