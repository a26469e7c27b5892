// The receiver behind a fetch-style handler (Next.js route handlers, Hono, Bun, Deno, Workers).
// Web APIs only: Request, Response, ReadableStream.
import { accepted, notPost, refused, type AdapterOptions, type Outcome, type ReceiverCore } from "./adapter-core.js";
import { concat, tooLarge } from "./body.js";
import { WebhookError } from "./errors.js";

/**
 * The body's bytes, counted while reading: past `max` the stream is cancelled and PAYLOAD_TOO_LARGE
 * thrown, so a huge or endless body is never buffered whole.
 */
export async function readLimited(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

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
      await core.handleRaw(await readLimited(request.body, core.maxBodyBytes), request.headers);
      return toResponse(accepted);
    } catch (error) {
      return toResponse(refused(error, options));
    }
  };
}
