import { newRequestId } from "../http/ids.js";
import type { KeyClaim, KeyHeld, SmsKeyStore } from "../stores/types.js";
import { Script, type Command } from "./command.js";
import { CLAIM, PEEK, RELEASE, SETTLE } from "./scripts.js";

/** A key's state as the scripts answer it. */
interface Found {
  s: string;
  f?: string;
  a?: string;
}

/** The SMS idempotency keys in Redis: one key each, its state as JSON, claimed and settled by script. */
export class RedisSmsKeyStore implements SmsKeyStore {
  readonly #peek: Script;
  readonly #claim: Script;
  readonly #settle: Script;
  readonly #release: Script;

  constructor(
    private readonly command: Command,
    private readonly prefix: string,
    private readonly ttlMs: number,
  ) {
    this.#peek = new Script(command, PEEK);
    this.#claim = new Script(command, CLAIM);
    this.#settle = new Script(command, SETTLE);
    this.#release = new Script(command, RELEASE);
  }

  async peek(key: string): Promise<KeyHeld | null> {
    const found = JSON.parse(String(await this.#peek.run([this.#key(key)], []))) as Found;
    return found.s === "free" ? null : held(found);
  }

  async claim(key: string, fingerprint: string, leaseMs: number): Promise<KeyClaim> {
    const token = newRequestId();
    const found = JSON.parse(String(await this.#claim.run([this.#key(key)], [fingerprint, token, Math.ceil(leaseMs), this.ttlMs]))) as Found;
    return found.s === "claimed" ? { state: "claimed", token } : held(found);
  }

  async settle(key: string, token: string, outcome: { state: "sent"; answer: string } | { state: "unknown" }): Promise<void> {
    const args = outcome.state === "sent" ? [token, "sent", this.ttlMs, outcome.answer] : [token, "unknown", this.ttlMs];
    await this.#settle.run([this.#key(key)], args);
  }

  async release(key: string, token: string): Promise<void> {
    await this.#release.run([this.#key(key)], [token]);
  }

  async forget(key: string): Promise<void> {
    await this.command(["DEL", this.#key(key)]);
  }

  #key(key: string): string {
    return `${this.prefix}sms:${key}`;
  }
}

function held(found: Found): KeyHeld {
  const fingerprint = found.f ?? "";
  if (found.s === "sent") return { state: "sent", fingerprint, answer: found.a ?? "null" };
  if (found.s === "in-flight") return { state: "in-flight", fingerprint };
  return { state: "unknown", fingerprint };
}
