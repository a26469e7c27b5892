import { newRequestId } from "../http/ids.js";
import type { KeyClaim, SmsKeyStore } from "../stores/types.js";
import { Script, type Command } from "./command.js";
import { CLAIM, RELEASE, SETTLE } from "./scripts.js";

/** The SMS idempotency keys in Redis: one key each, its state as JSON, claimed and settled by script. */
export class RedisSmsKeyStore implements SmsKeyStore {
  readonly #claim: Script;
  readonly #settle: Script;
  readonly #release: Script;

  constructor(
    private readonly command: Command,
    private readonly prefix: string,
    private readonly ttlMs: number,
  ) {
    this.#claim = new Script(command, CLAIM);
    this.#settle = new Script(command, SETTLE);
    this.#release = new Script(command, RELEASE);
  }

  async claim(key: string, fingerprint: string, leaseMs: number): Promise<KeyClaim> {
    const token = newRequestId();
    const found = JSON.parse(String(await this.#claim.run([this.#key(key)], [fingerprint, token, Math.ceil(leaseMs), this.ttlMs]))) as {
      s: string;
      f?: string;
      a?: string;
    };
    const f = found.f ?? "";
    switch (found.s) {
      case "claimed":
        return { state: "claimed", token };
      case "sent":
        return { state: "sent", fingerprint: f, answer: found.a ?? "null" };
      case "in-flight":
        return { state: "in-flight", fingerprint: f };
      default:
        return { state: "unknown", fingerprint: f };
    }
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
