// Random ids: a request id for each call (X-Request-Id, the same on every attempt), an
// Idempotency-Key for each write that takes one, and the tokens of store claims. Web Crypto where
// the runtime has it (every supported one but Node 18 without a flag), else Math.random: these ids
// need to be unique, not secret.

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

// Asking the platform for random bytes has a fixed cost per call, whatever the count: ids draw
// theirs from a pool refilled a few kilobytes at a time.
const POOL_SIZE = 4096;
let pool = new Uint8Array(0);
let used = 0;

function randomBytes(n: number): Uint8Array {
  if (used + n > pool.length) {
    pool = new Uint8Array(POOL_SIZE);
    const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
    if (typeof crypto?.getRandomValues === "function") crypto.getRandomValues(pool);
    else for (let i = 0; i < POOL_SIZE; i++) pool[i] = Math.floor(Math.random() * 256);
    used = 0;
  }
  used += n;
  // A copy: no two ids share bytes, and a caller that writes into its own cannot change another's.
  return pool.slice(used - n, used);
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
