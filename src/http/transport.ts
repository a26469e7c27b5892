// The fetch that openapi-fetch calls: auth, timeouts, retries and typed errors, written once.
//
// openapi-fetch builds the request (URL, query, JSON body) and parses the answer; beneath it, this
// transport sends each attempt as a fresh request (a consumed body cannot be sent twice), reads the
// whole answer under the attempt's timeout, turns error answers into AlloApiError, and retries only
// what reliability.md allows. The API key lives only in this closure: no object the caller can
// reach or inspect holds it.
import { AlloApiError, AlloNetworkError, AlloTimeoutError, type AlloError, type AlloErrorDetail } from "../errors/index.js";
import type { ResolvedOptions } from "../options.js";
import { VERSION } from "../version.js";
import { readBody, ResponseTooLarge } from "./read-body.js";
import { parseResetIn, parseRetryAfter } from "./retry-after.js";
import { backoffDelay, isConnectionRefused, isIdempotent, MAX_TIMER_MS, retryableFailure, retryableStatus } from "./retry-policy.js";
import { onAbort } from "./on-abort.js";
import { sleep } from "./sleep.js";

/** Settings of one call, resolved against the client's. */
export interface CallSettings {
  signal: AbortSignal | undefined;
  timeout: number;
  maxRetries: number;
}

/** Makes the fetch for one call. */
export type Transport = (call: CallSettings) => (request: Request) => Promise<Response>;

const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id", "cf-ray"];

// Browsers refuse a script-set User-Agent (and it would cost a CORS preflight); elsewhere, send it.
const USER_AGENT = "document" in globalThis ? undefined : `allo-client/${VERSION}`;

type Attempt =
  | { ok: true; response: Response }
  | { ok: false; error: AlloError; retry: boolean; waitMs: number | null };

export function createTransport(options: ResolvedOptions, apiKey: string): Transport {
  const basePath = new URL(options.baseUrl).pathname.replace(/\/+$/, "");

  return (call) => async (request) => {
    const method = request.method.toUpperCase();
    const url = request.url;
    const pathname = new URL(url).pathname;
    const path = pathname.startsWith(basePath) ? pathname.slice(basePath.length) || "/" : pathname;
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;

    const headers = new Headers(request.headers);
    headers.set("authorization", apiKey);
    if (USER_AGENT) {
      const theirs = headers.get("user-agent");
      headers.set("user-agent", theirs ? `${theirs} ${USER_AGENT}` : USER_AGENT);
    }

    for (let attempt = 0; ; attempt++) {
      if (call.signal?.aborted) throw call.signal.reason;
      const result = await attemptOnce();
      if (result.ok) return result.response;
      if (!result.retry || attempt >= call.maxRetries) throw result.error;
      // The server's hint wins; when it asks for longer than maxRetryDelay, fail now with
      // retryAfter on the error rather than freeze the caller (a daily quota resets in hours).
      if (result.waitMs !== null && result.waitMs > options.maxRetryDelay) throw result.error;
      await sleep(result.waitMs ?? backoffDelay(attempt), call.signal);
    }

    async function attemptOnce(): Promise<Attempt> {
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, Math.min(call.timeout, MAX_TIMER_MS));
      const unsubscribe = call.signal ? onAbort(call.signal, () => controller.abort(call.signal?.reason)) : undefined;

      const failure = (error: unknown, what: string, nothingSent = false): Attempt => {
        if (call.signal?.aborted) throw call.signal.reason;
        if (timedOut) {
          return { ok: false, error: new AlloTimeoutError(method, path, call.timeout), retry: isIdempotent(method), waitMs: null };
        }
        const unsafe = isIdempotent(method) || nothingSent ? "" : "; the request may have been processed";
        return {
          ok: false,
          error: new AlloNetworkError(method, path, `${what}${unsafe}`, { cause: error }),
          retry: retryableFailure(method, nothingSent),
          waitMs: null,
        };
      };

      try {
        let response: Response;
        try {
          response = await options.fetch(url, {
            method,
            headers,
            ...(body ? { body } : {}),
            signal: controller.signal,
            redirect: "follow",
          });
        } catch (error) {
          const refused = isConnectionRefused(error);
          return failure(error, refused ? "connection refused" : `no answer (${describe(error)})`, refused);
        }

        let bytes: Uint8Array<ArrayBuffer>;
        try {
          bytes = await readBody(response, options.maxResponseBytes);
        } catch (error) {
          if (error instanceof ResponseTooLarge) {
            return { ok: false, error: new AlloNetworkError(method, path, error.message, { cause: error }), retry: false, waitMs: null };
          }
          return failure(error, `the ${response.status} answer was cut short (${describe(error)})`);
        }

        if (response.ok) return { ok: true, response: rebuilt(response, bytes) };
        const error = apiError(method, path, response, bytes);
        return {
          ok: false,
          error,
          retry: retryableStatus(method, response.status),
          waitMs: error.retryAfter === null ? null : error.retryAfter * 1000,
        };
      } finally {
        clearTimeout(timer);
        unsubscribe?.();
      }
    }
  };
}

/** A buffered copy of a 2xx answer, for openapi-fetch to parse. */
function rebuilt(response: Response, bytes: Uint8Array<ArrayBuffer>): Response {
  const headers = new Headers(response.headers);
  // The bytes are already decoded and counted.
  headers.delete("content-encoding");
  headers.set("content-length", String(bytes.byteLength));
  const noBody = response.status === 204 || response.status === 205 || bytes.byteLength === 0;
  return new Response(noBody ? null : bytes, { status: response.status, statusText: response.statusText, headers });
}

/** An error answer as a typed error: the API's code and details, or HTTP_<status> for an HTML page. */
function apiError(method: string, path: string, response: Response, bytes: Uint8Array): AlloApiError {
  let code: AlloApiError["code"] = `HTTP_${response.status}`;
  let details: AlloErrorDetail[] = [];
  try {
    const body: unknown = JSON.parse(new TextDecoder().decode(bytes));
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
  const cause = (error as { cause?: { code?: unknown; message?: unknown } })?.cause;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${message}: ${code}` : message;
}
