import { newRequestId } from "../ids.js";
import type { Notices } from "../logger.js";
import { forApiKey } from "../stores/keyed.js";
import type { KeyClaim, KeyHeld, SmsKeyStore } from "../stores/types.js";
import { Script, type Command } from "./command.js";
import { keysOf, type Keyspace } from "./keyspace.js";
import { CLAIM, PEEK, RELEASE, SETTLE } from "./scripts.js";

/** A key's state as the scripts answer it. */
interface Found {
  s: string;
  f?: string;
  a?: string;
}

/**
 * The SMS idempotency keys in Redis: one key each, its state as JSON, claimed and settled by script,
 * under the keys of the API key it serves (told by the client). Its first use asks Redis whether
 * it persists: one that forgets what was sent after a restart sends those SMS again.
 */
export class RedisSmsKeyStore implements SmsKeyStore {
  readonly #peek: Script;
  readonly #claim: Script;
  readonly #settle: Script;
  readonly #release: Script;
  readonly #notices: Notices | null;

  constructor(
    private readonly command: Command,
    private readonly keyspace: Keyspace,
    private readonly ttlMs: number,
    private readonly base: string | null = keyspace.unbound,
    notices: Notices | null = null,
  ) {
    this.#peek = new Script(command, PEEK);
    this.#claim = new Script(command, CLAIM);
    this.#settle = new Script(command, SETTLE);
    this.#release = new Script(command, RELEASE);
    this.#notices = notices;
  }

  [forApiKey](apiKey: string, notices: Notices): RedisSmsKeyStore {
    return new RedisSmsKeyStore(this.command, this.keyspace, this.ttlMs, this.keyspace.baseFor(apiKey, notices), notices);
  }

  async peek(key: string): Promise<KeyHeld | null> {
    const found = JSON.parse(String(await this.#peek.run([await this.#key(key)], []))) as Found;
    return found.s === "free" ? null : held(found);
  }

  async claim(key: string, fingerprint: string, leaseMs: number): Promise<KeyClaim> {
    const token = newRequestId();
    const found = JSON.parse(
      String(await this.#claim.run([await this.#key(key)], [fingerprint, token, Math.ceil(leaseMs), this.ttlMs])),
    ) as Found;
    return found.s === "claimed" ? { state: "claimed", token } : held(found);
  }

  async settle(key: string, token: string, outcome: { state: "sent"; answer: string } | { state: "unknown" }): Promise<void> {
    const args = outcome.state === "sent" ? [token, "sent", this.ttlMs, outcome.answer] : [token, "unknown", this.ttlMs];
    await this.#settle.run([await this.#key(key)], args);
  }

  async release(key: string, token: string): Promise<void> {
    await this.#release.run([await this.#key(key)], [token]);
  }

  async forget(key: string): Promise<void> {
    await this.command(["DEL", await this.#key(key)]);
  }

  /** The Redis key of an SMS key, once Redis was asked whether it persists (by a client's store). */
  async #key(key: string): Promise<string> {
    const base = keysOf(this.base, "smsKeys");
    if (this.#notices) await this.keyspace.checkPersistence(this.#notices);
    return `${base}sms:${key}`;
  }
}

function held(found: Found): KeyHeld {
  const fingerprint = found.f ?? "";
  if (found.s === "sent") return { state: "sent", fingerprint, answer: found.a ?? "null" };
  if (found.s === "in-flight") return { state: "in-flight", fingerprint };
  return { state: "unknown", fingerprint };
}
