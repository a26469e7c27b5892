// The receiver behind a fetch-style handler (Next.js route handlers, Hono, Bun, Deno, Workers).
// Web APIs only: Request, Response, ReadableStream.
import { accepted, notPost, refused, type AdapterOptions, type Outcome, type ReceiverCore } from "./adapter-core.js";
import { BodyTooLarge, readLimited } from "../http/read-body.js";
import { tooLarge } from "./body.js";
import { WebhookError } from "./errors.js";

const toResponse = ({ status, body, headers }: Outcome) => new Response(body, { status, headers });

export function createFetchHandler(core: ReceiverCore, options: AdapterOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== "POST") return toResponse(notPost);
    try {
      if (request.bodyUsed) {
        throw new WebhookError("RAW_BODY_REQUIRED", "the request body was read before the receiver ran: pass the request untouched");
      }
      // A declared length over the limit is refused before reading a byte.
      if (Number(request.headers.get("content-length")) > core.maxBodyBytes) {
        await request.body?.cancel().catch(() => {});
        throw tooLarge(core.maxBodyBytes);
      }
      // Counted while reading: past the limit the stream is cancelled, never buffered whole.
      const body = await readLimited(request.body, core.maxBodyBytes).catch((error: unknown) => {
        throw error instanceof BodyTooLarge ? tooLarge(core.maxBodyBytes) : error;
      });
      await core.handleRaw(body, request.headers);
      return toResponse(accepted);
    } catch (error) {
      return toResponse(refused(error, options));
    }
  };
}
