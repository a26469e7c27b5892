// The raw body: its size, its text, its JSON. Each step refuses with its own WebhookError code.
import { utf8Length } from "../utf8.js";
import { WebhookError } from "./errors.js";

/** The 413 every path gives, whether the size is known from Content-Length, counted while reading, or measured here. */
export function tooLarge(maxBodyBytes: number): WebhookError {
  return new WebhookError("PAYLOAD_TOO_LARGE", `the body is larger than ${maxBodyBytes} bytes`);
}

/**
 * A Uint8Array (a Node Buffer included), also from another realm (a vm context, a test
 * environment), where `instanceof Uint8Array` is false.
 */
export function isBytes(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === "[object Uint8Array]";
}

/** Throws PAYLOAD_TOO_LARGE when the body is over the limit, in UTF-8 bytes. */
export function checkSize(body: string | Uint8Array, maxBodyBytes: number): void {
  if (typeof body !== "string") {
    if (body.byteLength > maxBodyBytes) throw tooLarge(maxBodyBytes);
    return;
  }
  // A UTF-16 unit is 1 to 3 bytes: most bodies are decided without counting.
  if (body.length * 3 <= maxBodyBytes) return;
  if (body.length > maxBodyBytes || utf8Length(body) > maxBodyBytes) throw tooLarge(maxBodyBytes);
}

// fatal: bytes that are not UTF-8 cannot be JSON. ignoreBOM: keep the bytes as signed; parseJson drops a BOM.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/** The body as text, and whether it was UTF-8 (when not, the text has U+FFFD where the bad bytes were). */
export function decodeBody(body: string | Uint8Array): { text: string; utf8: boolean } {
  if (typeof body === "string") return { text: body, utf8: true };
  try {
    return { text: decoder.decode(body), utf8: true };
  } catch {
    // Decoded all the same, so that a signature check answers an unsigned body before this 400 does.
    return { text: lenient.decode(body), utf8: false };
  }
}

/** INVALID_JSON, for a body whose bytes are not UTF-8. */
export function notUtf8(): WebhookError {
  return new WebhookError("INVALID_JSON", "the body is not UTF-8 text");
}

/**
 * JSON.parse, with its SyntaxError replaced: V8 quotes the input in that message, and the raw body
 * must not reach logs. JSON.parse itself is iterative in V8, so deep nesting cannot overflow here;
 * the depth is bounded later, while normalising.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new WebhookError("INVALID_JSON", "the body is not valid JSON");
  }
}
