// The fetch that openapi-fetch calls: auth, timeouts, retries and typed errors, written once.
//
// openapi-fetch builds the call (URL, query, JSON body) as a PreparedRequest and reads the answer;
// beneath it, this transport sends each attempt as a fresh fetch, reads the whole answer under the
// attempt's timeout, turns error answers into AlloApiError and unreadable ones into
// AlloNetworkError, and retries only what reliability.md allows. The API key lives only in this
// closure: no object the caller can reach or inspect holds it.
import { AlloApiError, AlloNetworkError, AlloTimeoutError, type AlloError, type AlloErrorDetail } from "../errors/index.js";
import { AlloValidationError } from "../errors/index.js";
import { pageUrl, type ResolvedOptions } from "../options.js";
import { VERSION } from "../version.js";
import { deadline, type Deadline } from "./deadline.js";
import { ReadAnswer, type PreparedRequest } from "./prepared.js";
import { BodyTooLarge, readText } from "./read-body.js";
import { parseResetIn, parseRetryAfter } from "./retry-after.js";
import { backoffDelay, isConnectionRefused, isIdempotent, retryableFailure, retryableStatus } from "./retry-policy.js";
import { sleep } from "./sleep.js";

/** Settings of one call, resolved against the client's. */
export interface CallSettings {
  signal: AbortSignal | undefined;
  timeout: number;
  maxRetries: number;
}

/** Makes the fetch for one call. */
export type Transport = (call: CallSettings) => (request: PreparedRequest) => Promise<ReadAnswer>;

const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id", "cf-ray"];

// Browsers refuse a script-set User-Agent (and it would cost a CORS preflight); elsewhere, send it.
const USER_AGENT = "document" in globalThis ? undefined : `allo-client/${VERSION}`;

type Attempt = { ok: true; answer: ReadAnswer } | { ok: false; error: AlloError; retry: boolean; waitMs: number | null };

export function createTransport(options: ResolvedOptions, apiKey: string): Transport {
  // Called as a plain function: a browser's fetch throws "Illegal invocation" when `this` is
  // anything but the window (options.fetch(...) would pass the options object).
  const send = options.fetch;
  return (settings) => async (request) => {
    const { method, headers, body } = request;
    // openapi-fetch builds url as baseUrl + path + query: messages name the path, never the query.
    const path = pathOf(request.url, options.baseUrl.length);
    headers.set("authorization", apiKey);
    if (USER_AGENT) {
      const theirs = headers.get("user-agent");
      headers.set("user-agent", theirs ? `${theirs} ${USER_AGENT}` : USER_AGENT);
    }
    const call: Call = {
      send,
      url: absolute(request.url, method, path),
      method,
      path,
      headers,
      body,
      settings,
      maxResponseBytes: options.maxResponseBytes,
    };

    for (let attempt = 0; ; attempt++) {
      if (settings.signal?.aborted) throw settings.signal.reason;
      const result = await attemptOnce(call);
      if (result.ok) return result.answer;
      if (!result.retry || attempt >= settings.maxRetries) throw result.error;
      // The server's hint wins; when it asks for longer than maxRetryDelay, fail now with
      // retryAfter on the error rather than freeze the caller (a daily quota resets in hours).
      if (result.waitMs !== null && result.waitMs > options.maxRetryDelay) throw result.error;
      await sleep(result.waitMs ?? backoffDelay(attempt), settings.signal);
    }
  };
}

/** One call, as each of its attempts needs it. */
interface Call {
  send: typeof fetch;
  url: string;
  method: string;
  path: string;
  headers: Headers;
  /** A string (openapi-fetch's JSON): the same body can be sent again on a retry. */
  body: string | undefined;
  settings: CallSettings;
  maxResponseBytes: number;
}

/**
 * One attempt: sent and read whole under its own timeout, and judged. A function of its own over
 * one plain Call, not closures made afresh for every attempt: measured with bench/run.ts, the
 * closures and the spread init cost about 2.5% of the loopback throughput.
 */
async function attemptOnce(call: Call): Promise<Attempt> {
  // send is called as a plain function, never as call.send(...): see createTransport.
  const { send, method, path, settings } = call;
  const limit = deadline(settings.timeout, settings.signal);
  try {
    let response: Response;
    try {
      const { headers, body } = call;
      const signal = limit.signal;
      response = await send(call.url, body === undefined ? { method, headers, signal } : { method, headers, body, signal });
    } catch (error) {
      const refused = isConnectionRefused(error);
      return failure(call, limit, error, refused ? "connection refused" : `no answer (${describe(error)})`, refused);
    }

    let text: string;
    try {
      text = await readText(response, call.maxResponseBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        const what = `the answer is larger than maxResponseBytes (${error.limit} bytes)`;
        return { ok: false, error: new AlloNetworkError(method, path, what, { cause: error }), retry: false, waitMs: null };
      }
      return failure(call, limit, error, `the ${response.status} answer was cut short (${describe(error)})`);
    }

    if (response.ok) return answer(method, path, response, text);
    const error = apiError(method, path, response, text);
    return {
      ok: false,
      error,
      retry: retryableStatus(method, response.status),
      waitMs: error.retryAfter === null ? null : error.retryAfter * 1000,
    };
  } finally {
    limit.clear();
  }
}

/** An attempt that got no whole answer: the caller's abort, the attempt's timeout, or the network. */
function failure(call: Call, limit: Deadline, error: unknown, what: string, nothingSent = false): Attempt {
  const { method, path, settings } = call;
  if (settings.signal?.aborted) throw settings.signal.reason;
  if (limit.timedOut()) {
    return { ok: false, error: new AlloTimeoutError(method, path, settings.timeout), retry: isIdempotent(method), waitMs: null };
  }
  return {
    ok: false,
    error: new AlloNetworkError(method, path, `${what}${mayHaveBeenProcessed(method, nothingSent)}`, { cause: error }),
    retry: retryableFailure(method, nothingSent),
    waitMs: null,
  };
}

/** The path of a URL openapi-fetch built as baseUrl + path + query. */
function pathOf(url: string, baseLength: number): string {
  const query = url.indexOf("?", baseLength);
  return url.slice(baseLength, query === -1 ? undefined : query) || "/";
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

/**
 * A 2xx answer, parsed. An empty one is fine for a DELETE (or a 204); otherwise a 2xx that is not
 * JSON (a proxy's page, an empty body) is an error, not `undefined`. Not retried: the request was
 * answered, and for a POST it may have been processed.
 */
function answer(method: string, path: string, response: Response, text: string): Attempt {
  if (text.trim() === "") {
    if (method === "DELETE" || response.status === 204 || response.status === 205) {
      return { ok: true, answer: new ReadAnswer(response.status, undefined, "") };
    }
    return notJson(method, path, `the ${response.status} answer is empty`);
  }
  try {
    return { ok: true, answer: new ReadAnswer(response.status, JSON.parse(text), text) };
  } catch (error) {
    return notJson(method, path, `the ${response.status} answer is not valid JSON`, error);
  }
}

function notJson(method: string, path: string, what: string, cause?: unknown): Attempt {
  const error = new AlloNetworkError(method, path, `${what}${mayHaveBeenProcessed(method, false)}`, cause ? { cause } : undefined);
  return { ok: false, error, retry: false, waitMs: null };
}

function mayHaveBeenProcessed(method: string, nothingSent: boolean): string {
  return isIdempotent(method) || nothingSent ? "" : "; the request may have been processed";
}

/** An error answer as a typed error: the API's code and details, or HTTP_<status> for an HTML page. */
function apiError(method: string, path: string, response: Response, text: string): AlloApiError {
  let code: AlloApiError["code"] = `HTTP_${response.status}`;
  let details: AlloErrorDetail[] = [];
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === "object") {
      const { code: c, details: d } = body as { code?: unknown; details?: unknown };
      if (typeof c === "string" && c !== "") code = c;
      if (Array.isArray(d)) details = d.filter((x): x is AlloErrorDetail => Boolean(x) && typeof x === "object");
    }
  } catch {
    // Not JSON (an HTML page from a proxy, an empty body): the status says enough.
  }
  const retryAfter =
    parseRetryAfter(response.headers.get("retry-after")) ?? (response.status === 429 ? parseResetIn(details) : null);
  const requestId = REQUEST_ID_HEADERS.map((h) => response.headers.get(h)).find((v): v is string => Boolean(v)) ?? null;
  return new AlloApiError({ method, path, status: response.status, code, details, retryAfter, requestId });
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${message}: ${code}` : message;
}
