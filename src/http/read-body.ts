// Reading a body whole, but never more than a limit: the client's answers, the proxy's requests
// and answers, and the webhook receiver's deliveries all go through readLimited.

/** A body is larger than the limit its reader was given. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the body is larger than ${limit} bytes`);
  }
}

/**
 * The bytes of a stream, counted as they arrive: past `limit` the stream is cancelled and
 * BodyTooLarge thrown, so a huge or endless body is never buffered whole.
 */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

/** The chunks of a body, joined into one buffer of `total` bytes. */
export function concat(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * A whole answer as text, refusing more than `limit` bytes: at once when Content-Length says so,
 * else counting as the bytes arrive. Runs under the attempt's signal, so a server that sends
 * headers and then stalls ends in the attempt's timeout. Not an async function: an answer of a
 * declared length is the platform's own text() promise, with no promise of ours around it.
 */
export function readText(response: Response, limit: number): Promise<string> {
  try {
    if (!response.body) return Promise.resolve("");
    const { headers } = response;
    const declared = headers.get("content-length");
    // A compressed body's Content-Length says nothing of its decoded size: count those.
    if (declared !== null && headers.get("content-encoding") === null) {
      if (Number(declared) > limit) return refuse(response.body, limit);
      return response.text();
    }
    return readCounted(response.body, limit);
  } catch (error) {
    return Promise.reject(error);
  }
}

async function refuse(body: ReadableStream<Uint8Array>, limit: number): Promise<never> {
  await body.cancel().catch(() => {});
  throw new BodyTooLarge(limit);
}

async function readCounted(body: ReadableStream<Uint8Array>, limit: number): Promise<string> {
  return new TextDecoder().decode(await readLimited(body, limit));
}
