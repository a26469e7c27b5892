const encoder = new TextEncoder();

/**
 * Compares a token from the request (a URL segment, a query parameter) with the expected one in
 * constant time: every byte of `expected` is compared whatever the input, with no early exit on
 * the first difference nor on a length mismatch, so response times do not reveal how much of a
 * guess was right (as far as a JIT-compiled language allows: no engine promises constant time).
 * For v1's unguessable-URL pattern: put 128 random bits in the webhook URL.
 *
 * Returns false when `received` is missing, and always when `expected` is empty or missing, so an
 * unset environment variable fails closed.
 *
 * @example
 * if (!verifyToken(params.token, process.env.ALLO_WEBHOOK_TOKEN ?? "")) return new Response(null, { status: 404 });
 */
export function verifyToken(received: string | null | undefined, expected: string): boolean {
  if (typeof expected !== "string" || expected.length === 0) return false;
  const want = encoder.encode(expected);
  const got = encoder.encode(typeof received === "string" ? received : "");
  // `got` copied into a buffer as long as `want`: the loop length depends on the secret only.
  const padded = new Uint8Array(want.length);
  padded.set(got.subarray(0, want.length));
  let diff = got.length ^ want.length;
  for (let i = 0; i < want.length; i++) diff |= padded[i]! ^ want[i]!;
  return diff === 0 && typeof received === "string";
}
