/** The answer is larger than the client agreed to read. */
export class ResponseTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the answer is larger than maxResponseBytes (${limit} bytes)`);
  }
}

/**
 * Reads a whole body as text, refusing more than `limit` bytes: at once when Content-Length says
 * so, else counting as the bytes arrive. Runs under the attempt's signal, so a server that sends
 * headers and then stalls ends in the attempt's timeout.
 */
export async function readText(response: Response, limit: number): Promise<string> {
  if (!response.body) return "";
  const declared = response.headers.get("content-length");
  if (declared !== null && response.headers.get("content-encoding") === null) {
    if (Number(declared) > limit) {
      await response.body.cancel().catch(() => {});
      throw new ResponseTooLarge(limit);
    }
    return response.text();
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new ResponseTooLarge(limit);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
