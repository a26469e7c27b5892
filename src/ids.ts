// Random ids: a request id for each call (X-Request-Id, the same on every attempt), an
// Idempotency-Key for each write that takes one, and the tokens of store claims. Web Crypto where
// the runtime has it (every supported one but Node 18 without a flag), else Math.random: these ids
// need to be unique, not secret.

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (typeof crypto?.getRandomValues === "function") crypto.getRandomValues(bytes);
  else for (let i = 0; i < n; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

/** `req_` and 20 letters or digits, as Allo's own request ids look (`req_` and 12). */
export function newRequestId(): string {
  let id = "req_";
  for (const byte of randomBytes(20)) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

/** A random (version 4) UUID. */
export function newIdempotencyKey(): string {
  const b = randomBytes(16);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
