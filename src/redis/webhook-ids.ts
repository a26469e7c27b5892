import type { DedupeClaim, DedupeStore } from "../webhooks/dedupe.js";
import { Script, type Command } from "./command.js";
import { CLAIM_WEBHOOK_ID } from "./scripts.js";

/**
 * The webhook receiver's claimed ids in Redis: a script claims a free id as `in-flight` (or tells
 * what holds it), `SET id handled PX ttl` completes it, `DEL` releases it.
 */
export class RedisWebhookIdStore implements DedupeStore {
  readonly #claim: Script;

  constructor(
    private readonly command: Command,
    private readonly prefix: string,
  ) {
    this.#claim = new Script(command, CLAIM_WEBHOOK_ID);
  }

  async claim(id: string, ttlMs: number): Promise<DedupeClaim> {
    return String(await this.#claim.run([this.#key(id)], [Math.ceil(ttlMs)])) as DedupeClaim;
  }

  async complete(id: string, ttlMs: number): Promise<void> {
    await this.command(["SET", this.#key(id), "handled", "PX", String(Math.ceil(ttlMs))]);
  }

  async release(id: string): Promise<void> {
    await this.command(["DEL", this.#key(id)]);
  }

  #key(id: string): string {
    return `${this.prefix}webhook:${id}`;
  }
}
