// At-most-once sends under a caller's idempotency key, for the writes Allo does not deduplicate
// (SMS). A look at the key first answers at once for a key already used (its stored answer, or a
// refusal), without waiting for a turn at the rate gate. A free key is claimed once the call has
// its turn, right before the first attempt goes out: a process that dies while its calls wait
// leaves their keys free. The send's outcome then settles the claim: `sent` with the answer (a
// later call under the key gets that answer, and sends nothing), `unknown` when the send may have
// gone out without an answer to say so (a timeout, a reset, a 5xx, an abort on the wire: a later
// call is refused until the caller forgets the key), or free again when nothing left (a 429, a
// refused connection). A sender that dies mid-send leaves a claim whose lease runs out: `unknown`.
import { inTime } from "./in-time.js";
import type { AlloResponse } from "../allo-promise.js";
import { AlloError } from "../errors/index.js";
import { AlloIdempotencyError } from "../errors/idempotency-error.js";
import type { KeyHeld, SmsKeyStore } from "./types.js";

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
  /** How long the store may take to answer, the call's timeout: a store that takes longer refuses the send. */
  storeWaitMs: number;
  /** Whether the failed send may have gone out (the transport's verdict, aborts on the wire included). */
  maybeProcessed: (error: unknown) => boolean;
}

/** Thrown by the claim when the key was taken meanwhile: the call ends as a look would have. */
class Taken extends Error {
  constructor(readonly held: KeyHeld) {
    super("the idempotency key was taken while the call waited for its turn");
  }
}

/**
 * Sends under the key at most once. `send` gets `claim`, to call right before its first attempt
 * goes out (after its turn at the gate): it claims the key, or throws if the key was taken.
 */
export async function atMostOnce<T>(guard: AtMostOnce, send: (claim: () => Promise<void>) => Promise<Sent<T>>): Promise<Sent<T>> {
  const { store, key } = guard;
  // A store that does not answer in time fails the call before anything is sent (a StoreTimeout),
  // as one that throws does: what cannot be checked is not sent.
  const within = <V>(answer: V | Promise<V>) => inTime(answer, guard.storeWaitMs, "the SMS key store");
  const held = await within(store.peek(key));
  if (held) return answerFor<T>(guard, held);
  let token: string | undefined;
  const claim = async () => {
    const claimed = await within(store.claim(key, guard.fingerprint, guard.leaseMs));
    if (claimed.state !== "claimed") throw new Taken(claimed);
    token = claimed.token;
  };
  let sent: Sent<T>;
  try {
    sent = await send(claim);
  } catch (error) {
    if (error instanceof Taken) return answerFor<T>(guard, error.held);
    // A store that fails now leaves the claim to run out as unknown: safe, never a second send.
    if (token !== undefined) {
      const settled = guard.maybeProcessed(error) ? store.settle(key, token, { state: "unknown" }) : store.release(key, token);
      await within(settled).catch(() => {});
    }
    throw error;
  }
  const kept: Kept = { data: sent.data, status: sent.response.status, requestId: sent.response.requestId };
  if (token !== undefined) await within(store.settle(key, token, { state: "sent", answer: JSON.stringify(kept) })).catch(() => {});
  return sent;
}

/** A key already used: the answer it gave, or the refusal that says why not. */
function answerFor<T>(guard: AtMostOnce, held: KeyHeld): Sent<T> {
  if (held.fingerprint !== guard.fingerprint) throw new AlloIdempotencyError(guard.operation, guard.key, "reused");
  if (held.state === "sent") return replay<T>(held.answer);
  throw new AlloIdempotencyError(guard.operation, guard.key, held.state);
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
  const text =
    JSON.stringify(value, (_key, v: unknown) =>
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
