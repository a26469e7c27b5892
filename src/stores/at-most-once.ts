// At-most-once sends under a caller's idempotency key, for the writes Allo does not deduplicate
// (SMS). The key is claimed in the store before anything is sent; then the send's outcome settles
// it: `sent` with the answer (a later call under the key gets that answer, and sends nothing),
// `unknown` when the send may have gone out without an answer to say so (a timeout, a reset, a
// 5xx, an abort on the wire: a later call is refused until the caller forgets the key), or free
// again when the send was refused before anything left (invalid input, a 429, a refused
// connection). A sender that dies mid-send leaves a claim whose lease runs out: `unknown` too.
import type { AlloResponse } from "../allo-promise.js";
import { AlloError } from "../errors/index.js";
import { AlloIdempotencyError } from "../errors/idempotency-error.js";
import type { SmsKeyStore } from "./types.js";

/** What a call resolves to, besides its data. */
export interface Sent<T> {
  data: T;
  response: AlloResponse;
}

/** What is kept of a sent answer: enough to answer again as the first call did. */
interface Kept {
  data: unknown;
  status: number;
  requestId: string;
}

export interface AtMostOnce {
  store: SmsKeyStore;
  /** The method, for errors (`sms.send`). */
  operation: string;
  key: string;
  /** What was sent under the key: a reuse with another input is refused. */
  fingerprint: string;
  /** How long the send may take, retries included: past it, an unsettled claim counts as unknown. */
  leaseMs: number;
  /** Whether the failed send may have gone out (the transport's verdict, aborts on the wire included). */
  maybeProcessed: (error: unknown) => boolean;
}

export async function atMostOnce<T>(guard: AtMostOnce, send: () => Promise<Sent<T>>): Promise<Sent<T>> {
  const { store, key, operation } = guard;
  const claim = await store.claim(key, guard.fingerprint, guard.leaseMs);
  if (claim.state !== "claimed") {
    if (claim.fingerprint !== guard.fingerprint) throw new AlloIdempotencyError(operation, key, "reused");
    if (claim.state === "sent") return replay<T>(claim.answer);
    throw new AlloIdempotencyError(operation, key, claim.state);
  }
  let sent: Sent<T>;
  try {
    sent = await send();
  } catch (error) {
    // A store that fails now leaves the claim to run out as unknown: safe, never a second send.
    await Promise.resolve(guard.maybeProcessed(error) ? store.settle(key, claim.token, { state: "unknown" }) : store.release(key, claim.token)).catch(() => {});
    throw error;
  }
  const kept: Kept = { data: sent.data, status: sent.response.status, requestId: sent.response.requestId };
  await Promise.resolve(store.settle(key, claim.token, { state: "sent", answer: JSON.stringify(kept) })).catch(() => {});
  return sent;
}

/** The answer of the send that went out under the key; `attempts: 0`, as nothing was sent now. */
function replay<T>(answer: string): Sent<T> {
  const kept = JSON.parse(answer) as Kept;
  return { data: kept.data as T, response: { status: kept.status, headers: new Headers(), requestId: kept.requestId, attempts: 0 } };
}

/** Whether an error says a write may have been done: the field every request error carries. */
export function errorSaysMaybeProcessed(error: unknown): boolean | undefined {
  if (!(error instanceof AlloError)) return undefined;
  const said = (error as { maybeProcessed?: unknown }).maybeProcessed;
  return typeof said === "boolean" ? said : undefined;
}

/**
 * A short fingerprint of an input (two 32-bit FNV-1a hashes of its JSON, keys sorted): enough to
 * tell a key reused for another SMS, without keeping the message and the number in the store.
 */
export function fingerprintOf(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v,
  ) ?? "";
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
