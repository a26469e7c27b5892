import * as z from "zod/mini";
import { AlloValidationError } from "../errors/index.js";
import { deadline } from "../http/deadline.js";
import { BodyTooLarge, readText } from "../http/read-body.js";
import { check } from "../validate.js";
import { VERSION } from "../version.js";
import { refuse, relay } from "./answers.js";
import { fill, OPERATIONS, route } from "./operations.js";
import { checkOptions, type AlloProxyOptions } from "./options.js";
import { readQuery } from "./query.js";

/** A Fetch-API handler: Next.js route handlers, Hono, Workers, Deno, Bun, or node:http through an adapter. */
export type AlloProxy = (request: Request) => Promise<Response>;

/** The largest body a browser may send; the largest valid input (a contact's arrays) is far below. */
const MAX_REQUEST_BYTES = 64 * 1024;

/**
 * A server-side route that forwards the listed operations to Allo with your key, so a browser's
 * `AlloClient` never holds it. Requests are validated against the spec before anything is
 * forwarded (a browser is untrusted); only `accept` and `prefer` pass from its headers (no cookies,
 * no Authorization of its own); Allo's answer comes back with its status and body, the key
 * redacted. Refusals use Allo's error envelope: 404 `NOT_FOUND` (unknown route), 403
 * `OPERATION_NOT_ALLOWED`, 401 `UNAUTHORIZED` (`authorize` said no), 400 `INVALID_REQUEST_BODY`
 * (with the refused fields in `details`), 413 `REQUEST_TOO_LARGE`, 502/504 `UPSTREAM_*`.
 *
 * A proxy that allows `sms.send` must sit behind your app's own authentication (`authorize`), or
 * anyone who finds the route sends SMS on your bill.
 *
 * @example
 * // app/api/allo/[...path]/route.ts (Next.js App Router)
 * import { createAlloProxy } from "allo-client/proxy";
 * const proxy = createAlloProxy({
 *   apiKey: process.env.ALLO_API_KEY!,
 *   allow: ["numbers.list", "contacts.search", "sms.send"],
 *   basePath: "/api/allo",
 *   authorize: async (req) => (await getSession(req)) !== null,
 * });
 * export { proxy as GET, proxy as POST, proxy as PUT, proxy as DELETE };
 */
export function createAlloProxy(options: AlloProxyOptions): AlloProxy {
  const { apiKey, allowed, basePath, authorize, upstream } = checkOptions(options);
  // Called as a plain function: a browser's or a Worker's fetch refuses any other `this`.
  const send = upstream.fetch;

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : null;
    const found = path === null ? null : route(request.method.toUpperCase(), path);
    if (!found) return refuse(404, "NOT_FOUND");
    if (!found.candidates.some((name) => allowed.has(name))) return refuse(403, "OPERATION_NOT_ALLOWED");
    if (authorize && (await authorize(request)) !== true) return refuse(401, "UNAUTHORIZED");

    const first = OPERATIONS[found.candidates[0]!];
    let body: unknown;
    if ("body" in first) {
      const read = await readJson(request);
      if (read instanceof Response) return read;
      body = read.value;
    }
    // POST /sms is sms.sendFrance when the body names a sender ID, sms.send otherwise.
    const name = found.candidates.length === 1 ? found.candidates[0]! : isFrance(body) ? "sms.sendFrance" : "sms.send";
    if (!allowed.has(name)) return refuse(403, "OPERATION_NOT_ALLOWED");

    const op = OPERATIONS[name];
    const query = readQuery(url.searchParams);
    try {
      if ("params" in op) check(name, op.params, found.params);
      check(name, "query" in op ? op.query : NO_QUERY, query);
      if ("body" in op) check(name, op.body, body);
    } catch (error) {
      if (error instanceof AlloValidationError) return refuse(400, "INVALID_REQUEST_BODY", error.issues);
      throw error;
    }

    const headers = new Headers({ authorization: apiKey, accept: "application/json", "user-agent": `allo-client/${VERSION} (proxy)` });
    const prefer = request.headers.get("prefer");
    if (prefer !== null) headers.set("prefer", prefer);
    if ("body" in op) headers.set("content-type", "application/json");
    const target = `${upstream.baseUrl}${fill(op.path, found.params)}${url.search}`;
    return forward(target, { method: op.method, headers, ...("body" in op ? { body: JSON.stringify(body) } : {}) }, request.signal);
  }

  /** One attempt, no retry: the browser's client retries what is safe to retry. */
  async function forward(target: string, init: RequestInit, callerSignal: AbortSignal | null): Promise<Response> {
    // The browser going away (callerSignal) stops the wait for Allo on its behalf.
    const limit = deadline(upstream.timeout, callerSignal);
    try {
      // Allo does not redirect; if something in between does, the browser sees that status.
      const answer = await send(target, { ...init, signal: limit.signal, redirect: "manual" });
      return relay(answer, await readText(answer, upstream.maxResponseBytes), apiKey);
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(502, "UPSTREAM_RESPONSE_TOO_LARGE");
      return refuse(limit.timedOut() ? 504 : 502, limit.timedOut() ? "UPSTREAM_TIMEOUT" : "UPSTREAM_UNREACHABLE");
    } finally {
      limit.clear();
    }
  }

  return async (request) => {
    try {
      return await handle(request);
    } catch {
      // A throwing `authorize` or a malformed request: nothing about it (or the key) goes back.
      return refuse(500, "PROXY_ERROR");
    }
  };
}

/** Operations without query parameters take none. */
const NO_QUERY = z.strictObject({});

async function readJson(request: Request): Promise<{ value: unknown } | Response> {
  let text: string;
  try {
    text = await readText(new Response(request.body), MAX_REQUEST_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return refuse(413, "REQUEST_TOO_LARGE");
    throw error;
  }
  try {
    return { value: JSON.parse(text) };
  } catch {
    return refuse(400, "INVALID_REQUEST_BODY", [{ field: "(body)", message: "must be JSON" }]);
  }
}

function isFrance(body: unknown): boolean {
  return typeof body === "object" && body !== null && Object.hasOwn(body, "sender_id");
}
