import { newRequestId } from "../ids.js";
import { SMS_KEY_TTL_MS, type KeyClaim, type KeyHeld, type SmsKeyStore } from "./types.js";

type Entry =
  | { state: "in-flight"; fingerprint: string; token: string; leaseEnds: number; expires: number }
  | { state: "sent"; fingerprint: string; answer: string; expires: number }
  | { state: "unknown"; fingerprint: string; expires: number };

/**
 * The default {@link SmsKeyStore}: one client's keys, in its memory, each kept `ttlMs` after it
 * was last written. Every method is one synchronous step, so two concurrent sends under one key
 * cannot both claim it. It does not outlive the process: a worker that restarts with the same
 * keys needs a shared store (allo-client/redis) to know what it sent.
 */
export class MemorySmsKeyStore implements SmsKeyStore {
  // Written roughly in order of expiry (a rewrite moves the key to the end; a claim outlives a
  // settled key by its lease): the sweep stops at the first key still kept, and peek checks its own.
  readonly #keys = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #now: () => number;

  /**
   * @param ttlMs How long a key is kept after its send settled, in ms (24 hours by default).
   * @param now The clock, in ms (`Date.now` unless a test brings its own).
   */
  constructor(ttlMs: number = SMS_KEY_TTL_MS, now: () => number = () => Date.now()) {
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  peek(key: string): KeyHeld | null {
    const now = this.#now();
    this.#sweep(now);
    const entry = this.#keys.get(key);
    if (!entry || entry.expires <= now) {
      this.#keys.delete(key);
      return null;
    }
    if (entry.state === "sent") return { state: "sent", fingerprint: entry.fingerprint, answer: entry.answer };
    // A lease that ran out unsettled: its sender may have died after the SMS went out.
    if (entry.state === "unknown" || entry.leaseEnds <= now) return { state: "unknown", fingerprint: entry.fingerprint };
    return { state: "in-flight", fingerprint: entry.fingerprint };
  }

  claim(key: string, fingerprint: string, leaseMs: number): KeyClaim {
    const held = this.peek(key);
    if (held) return held;
    const now = this.#now();
    const token = newRequestId();
    // Kept past its lease for the ttl: a sender that died unsettled leaves the key unknown that long,
    // however short the ttl is beside the lease.
    this.#write(key, { state: "in-flight", fingerprint, token, leaseEnds: now + leaseMs, expires: now + leaseMs + this.#ttlMs });
    return { state: "claimed", token };
  }

  settle(key: string, token: string, outcome: { state: "sent"; answer: string } | { state: "unknown" }): void {
    const entry = this.#keys.get(key);
    if (entry?.state !== "in-flight" || entry.token !== token) return;
    const expires = this.#now() + this.#ttlMs;
    this.#write(
      key,
      outcome.state === "sent"
        ? { state: "sent", fingerprint: entry.fingerprint, answer: outcome.answer, expires }
        : { state: "unknown", fingerprint: entry.fingerprint, expires },
    );
  }

  release(key: string, token: string): void {
    const entry = this.#keys.get(key);
    if (entry?.state === "in-flight" && entry.token === token) this.#keys.delete(key);
  }

  forget(key: string): void {
    this.#keys.delete(key);
  }

  #write(key: string, entry: Entry): void {
    this.#keys.delete(key);
    this.#keys.set(key, entry);
  }

  #sweep(now: number): void {
    for (const [key, entry] of this.#keys) {
      if (entry.expires > now) return;
      this.#keys.delete(key);
    }
  }
}
