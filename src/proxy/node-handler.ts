// The proxy behind a node:http / Express handler. It imports nothing from Node: the request and
// response are described by the few members used, so node:http's IncomingMessage/ServerResponse
// and Express's `req`/`res` fit as they are, and this file loads on every runtime.
import type { NodeRequestLike, NodeResponseLike } from "../http/node-like.js";
import { AlloProxyError } from "./errors.js";
import type { AuthorizeContext } from "./options.js";

/** What the adapter drives: the proxy's own handler, and its way to answer an error itself. */
export interface ProxyCore {
  handle(request: Request, context: AuthorizeContext): Promise<Response>;
  fail(error: AlloProxyError): Response;
}

/** The methods of the operation table; the Fetch API refuses some others (CONNECT, TRACE) outright. */
const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);
const encoder = new TextEncoder();

export function createNodeHandler(core: ProxyCore): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    const method = (req.method ?? "GET").toUpperCase();
    const path = req.originalUrl ?? req.url ?? "/";
    const stopped = new AbortController();
    res.on?.("close", () => {
      if (res.writableFinished !== true) stopped.abort(new Error("the browser closed the connection"));
    });
    let response: Response;
    try {
      if (!METHODS.has(method)) {
        response = core.fail(new AlloProxyError({ status: 404, code: "NOT_FOUND", operation: null, method, path: path.split("?")[0]! }));
      } else {
        const body = bodyOf(req, method);
        const init = { method, headers: headersOf(req), signal: stopped.signal, ...(body === undefined ? {} : { body, duplex: "half" }) };
        response = await core.handle(new Request(urlOf(req, path), init as RequestInit), { nodeRequest: req });
      }
    } catch (error) {
      response = core.fail(
        new AlloProxyError({ status: 500, code: "PROXY_ERROR", operation: null, method, path: path.split("?")[0]!, cause: error }),
      );
    }
    // What the proxy left unread of a body, node:http reads and drops once the answer is sent.
    await send(res, response);
  };
}

/** The request's URL on this server. Only its path and query route; the host is for `authorize`. */
function urlOf(req: NodeRequestLike, path: string): string {
  const host =
    typeof req.headers.host === "string" && /^[\w.-]+(:\d+)?$|^\[[\da-f:.]+\](:\d+)?$/i.test(req.headers.host)
      ? req.headers.host
      : "localhost";
  // Concatenated rather than resolved: a path starting `//` must stay a path, not become a host.
  return path.startsWith("/") ? `http://${host}${path}` : `http://${host}/${path}`;
}

function headersOf(req: NodeRequestLike): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.append(name, value);
    else if (Array.isArray(value)) for (const v of value as readonly string[]) headers.append(name, v);
  }
  return headers;
}

/**
 * The body as a stream the proxy reads as far as it needs (it stops past its size limit), or what
 * `express.json()` already parsed, written back as JSON.
 */
function bodyOf(req: NodeRequestLike, method: string): ReadableStream<Uint8Array> | Uint8Array | string | undefined {
  if (method === "GET") return undefined;
  if (req.readableEnded === true) {
    const { body } = req;
    if (typeof body === "string" || body instanceof Uint8Array) return body;
    if (body !== undefined) return JSON.stringify(body);
    const hadBody = Number(req.headers["content-length"]) > 0 || req.headers["transfer-encoding"] !== undefined;
    if (!hadBody) return undefined;
    throw new Error(
      "the request body was read before the proxy ran, and nothing left it in req.body: mount the proxy before body parsers, or after express.json()",
    );
  }
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk) => {
        if (!open) return;
        controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
        // Read no further than the proxy asks: a large body waits in the socket.
        if ((controller.desiredSize ?? 1) <= 0) req.pause?.();
      });
      req.on("end", () => {
        if (open) controller.close();
        open = false;
      });
      const cut = (error?: Error) => {
        if (open) controller.error(error ?? new Error("the request ended before its body was complete"));
        open = false;
      };
      req.on("error", cut);
      req.on("close", () => cut());
    },
    pull() {
      req.resume?.();
    },
    cancel() {
      open = false;
    },
  });
}

async function send(res: NodeResponseLike, response: Response): Promise<void> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (res.headersSent === true) {
    res.end();
    return;
  }
  res.statusCode = response.status;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  // Close rather than read the rest of a refused oversized body.
  if (response.status === 413) res.setHeader("connection", "close");
  res.end(bytes);
}
