// The receiver behind a node:http / Express handler. It imports nothing from Node: the request and
// response are described by the few members used, so this file loads anywhere and Express's
// `req`/`res` and node:http's IncomingMessage/ServerResponse fit as they are.
import type { NodeRequestLike, NodeResponseLike } from "../http/node-like.js";
import { accepted, notPost, refused, type AdapterOptions, type Outcome, type ReceiverCore } from "./adapter-core.js";
import { concat } from "../http/read-body.js";
import { isBytes, tooLarge } from "./body.js";
import { WebhookError } from "./errors.js";

const encoder = new TextEncoder();

/**
 * The body, counted on each `data` event: past `max`, it rejects at once with PAYLOAD_TOO_LARGE and
 * what arrives after is dropped, never buffered, until the 413 (sent with `connection: close`)
 * closes the connection. Pausing instead would leave unread bytes in the socket, which the kernel
 * answers with a reset that can overtake the 413 on its way to the client.
 */
function readLimited(req: NodeRequestLike, max: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      done();
    };
    req.on("data", (chunk) => {
      if (settled) return;
      const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
      total += bytes.byteLength;
      if (total > max) {
        chunks.length = 0;
        settle(() => reject(tooLarge(max)));
      } else chunks.push(bytes);
    });
    req.on("end", () => settle(() => resolve(concat(chunks, total))));
    const cut = () => settle(() => reject(new WebhookError("INVALID_JSON", "the request ended before its body was complete")));
    req.on("error", cut);
    req.on("close", cut);
  });
}

async function deliver(core: ReceiverCore, req: NodeRequestLike): Promise<void> {
  const max = core.maxBodyBytes;
  // The stream is still unread: read the raw bytes ourselves (Express 4 leaves `req.body = {}` on a
  // content type its parser skipped, so `body` alone does not tell).
  if (req.readableEnded !== true) {
    if (Number(req.headers["content-length"]) > max) throw tooLarge(max);
    await core.handleRaw(await readLimited(req, max), req.headers);
    return;
  }
  const { body } = req;
  if (typeof body === "string" || isBytes(body)) {
    await core.handleRaw(body, req.headers);
  } else if (body !== undefined) {
    // express.json() ran first: its size limit applied, and the raw bytes are gone.
    await core.handleParsed(body);
  } else {
    throw new WebhookError("RAW_BODY_REQUIRED", "the body was read before the receiver ran, and nothing left it in req.body");
  }
}

function send(res: NodeResponseLike, { status, body, headers }: Outcome): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  // Close rather than drain the rest of a refused oversized body.
  if (status === 413) res.setHeader("connection", "close");
  res.end(body);
}

export function createNodeHandler(
  core: ReceiverCore,
  options: AdapterOptions,
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    if (req.method !== "POST") return send(res, notPost);
    try {
      await deliver(core, req);
      send(res, accepted);
    } catch (error) {
      send(res, refused(error, options));
    }
  };
}
