import * as z from "zod/mini";
import type { OperationEntry } from "../../generated/operations.js";
import { queryParams } from "../../generated/query-params.js";
import type { AlloValidationIssue } from "../errors/index.js";
import { deadline } from "../http/deadline.js";
import { BodyTooLarge, readText } from "../http/read-body.js";
import { keyForms, safeCause } from "../http/redact.js";
import { answerError, relay } from "./answers.js";
import { AlloProxyError, logServerErrors, type ProxyErrorCode } from "./errors.js";
import { upstreamHeaders } from "./headers.js";
import type { NodeRequestLike, NodeResponseLike } from "../http/node-like.js";
import { createNodeHandler } from "./node-handler.js";
import { issuesOf, OPERATIONS, writtenFor } from "./operations.js";
import { checkOptions, type AlloProxyOptions, type AuthorizeContext } from "./options.js";
import { readQuery, writeQuery } from "./query.js";
import { readBody } from "./request-body.js";
import { createRouter, fill } from "./routes.js";

/** A Fetch API handler (Next.js route handlers, Hono, Workers, Deno, Bun), with a node:http / Express adapter. */
export interface AlloProxy {
  (request: Request): Promise<Response>;
  /**
   * The proxy as a `(req, res)` handler for node:http and Express: it reads the body itself, or
   * takes what `express.json()` parsed. Express strips a mount path from `req.url`; the proxy
   * routes on `req.originalUrl`, so `basePath` stays the full path.
   *
   * @example
   * app.use("/api/allo", requireLogin, proxy.nodeHandler());
   */
  nodeHandler(): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void>;
}

/** Operations without query parameters take none. */
const NO_QUERY = z.strictObject({});

/**
 * A server-side route that forwards the listed operations to Allo with your key, so a browser's
 * `AlloClient` never holds it. Any operation of the spec, v1 or v2, can be allowed by its SDK
 * method name. A request is checked before anything is forwarded (a browser is untrusted): its
 * route, `allow`, `authorize`, then its path, query, headers and body against the validators
 * generated from the spec; what reaches Allo is written again from the validated values, with
 * your key and only the headers the client sends on purpose (`X-Request-Id`, `Idempotency-Key`
 * where Allo takes one, `Prefer`). Allo's answer comes back with its status and body, the key cut
 * out in any form. The proxy's own refusals are `{ code, message, details }`: see ProxyErrorCode.
 *
 * A proxy that allows `sms.send` must sit behind your app's own authentication (`authorize`), or
 * anyone who finds the route sends SMS on your bill.
 *
 * @example
 * // app/api/allo/[...path]/route.ts (Next.js App Router)
 * import { createAlloProxy } from "allo-client/proxy";
 * const proxy = createAlloProxy({
 *   apiKey: process.env.ALLO_API_KEY!,
 *   allow: ["phoneNumbers.list", "conversations.items.search", "sms.send"],
 *   basePath: "/api/allo",
 *   authorize: async (req) => (await getSession(req)) !== null,
 * });
 * export { proxy as GET, proxy as POST, proxy as PUT, proxy as PATCH, proxy as DELETE };
 */
export function createAlloProxy(options: AlloProxyOptions): AlloProxy {
  const { apiKey, allowed, basePath, authorize, onError = logServerErrors, upstream } = checkOptions(options);
  // Called as a plain function: a browser's or a Worker's fetch refuses any other `this`.
  const send = upstream.fetch;
  const key = keyForms(apiKey);
  const route = createRouter(OPERATIONS);

  /** Answers an error of the proxy's own, after telling onError. */
  function fail(error: AlloProxyError): Response {
    try {
      onError(error);
    } catch {
      // A failing logger changes nothing of the answer.
    }
    return answerError(error);
  }

  async function handle(request: Request, context: AuthorizeContext): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const path = url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : null;
    const found = path === null ? null : route(method, path);
    if (!found) return fail(new AlloProxyError({ status: 404, code: "NOT_FOUND", operation: null, method, path: url.pathname }));

    let operation: string = found.candidates[0]!;
    const refuse = (status: number, code: ProxyErrorCode, details: AlloValidationIssue[] | null = null, cause?: unknown) =>
      fail(
        new AlloProxyError({ status, code, operation, method, path: found.template, details, ...(cause === undefined ? {} : { cause }) }),
      );

    // Who asks, before what they ask: a caller who is not let in learns nothing of the allow-list.
    if (authorize) {
      let verdict: unknown;
      try {
        verdict = await authorize(request, context);
      } catch (error) {
        return refuse(500, "PROXY_ERROR", null, safeCause(error, key));
      }
      if (verdict !== true) return refuse(401, "UNAUTHORIZED");
    }
    if (!found.candidates.some((name) => allowed.has(name))) return refuse(403, "OPERATION_NOT_ALLOWED");
    if (found.unsafe !== null) {
      return refuse(400, "INVALID_PATH_PARAMETER", [
        { field: found.unsafe, message: "must not be . or .., nor contain /, \\, % or a control character" },
      ]);
    }

    let body: unknown;
    if (found.candidates.some((name) => OPERATIONS[name].validate.body)) {
      const read = await readBody(request);
      if ("refused" in read) return refuse(read.refused.status, read.refused.code, read.refused.details ?? null);
      body = read.value;
    }
    const name = writtenFor(found.candidates, body);
    operation = name;
    if (!allowed.has(name)) return refuse(403, "OPERATION_NOT_ALLOWED");

    const op: OperationEntry = OPERATIONS[name];
    if (op.validate.path) {
      const issues = issuesOf(name, op.validate.path, found.params);
      if (issues) return refuse(400, "INVALID_PATH_PARAMETER", issues);
    }
    const query = readQuery(url.searchParams, queryParams[name]);
    const queryIssues = issuesOf(name, op.validate.query ?? NO_QUERY, query);
    if (queryIssues) return refuse(400, "INVALID_QUERY_PARAMETER", queryIssues);
    const sent = upstreamHeaders(request, name, op, apiKey);
    if (sent.issues) return refuse(400, "INVALID_HEADER", sent.issues);
    if (op.validate.body) {
      const issues = issuesOf(name, op.validate.body, body);
      if (issues) return refuse(400, "INVALID_REQUEST_BODY", issues);
    }

    const headers = sent.headers;
    if (body !== undefined) headers.set("content-type", "application/json");
    const target = `${upstream.baseUrl}${fill(op.path, found.params)}${writeQuery(query, queryParams[name])}`;
    const init: RequestInit = { method: op.method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) };

    // One attempt, no retry: the browser's client retries what is safe to retry. The browser going
    // away (request.signal) stops the wait for Allo on its behalf.
    const limit = deadline(upstream.timeout, request.signal);
    try {
      // Allo does not redirect; if something in between does, the browser sees that status.
      const answer = await send(target, { ...init, signal: limit.signal, redirect: "manual" });
      return relay(answer, await readText(answer, upstream.maxResponseBytes), key);
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(502, "UPSTREAM_RESPONSE_TOO_LARGE");
      if (limit.timedOut()) return refuse(504, "UPSTREAM_TIMEOUT", null, safeCause(error, key));
      // Nobody is left to read an answer, and a browser leaving is nothing to log.
      if (request.signal.aborted)
        return answerError(new AlloProxyError({ status: 502, code: "UPSTREAM_UNREACHABLE", operation, method, path: found.template }));
      return refuse(502, "UPSTREAM_UNREACHABLE", null, safeCause(error, key));
    } finally {
      limit.clear();
    }
  }

  async function run(request: Request, context: AuthorizeContext): Promise<Response> {
    try {
      return await handle(request, context);
    } catch (error) {
      // Something unforeseen (a body `authorize` already read, say): nothing of it goes back.
      const where = { method: request.method, path: new URL(request.url).pathname };
      return fail(new AlloProxyError({ status: 500, code: "PROXY_ERROR", operation: null, ...where, cause: safeCause(error, key) }));
    }
  }

  const proxy = (request: Request) => run(request, { nodeRequest: undefined });
  return Object.assign(proxy, { nodeHandler: () => createNodeHandler({ handle: run, fail }) });
}
