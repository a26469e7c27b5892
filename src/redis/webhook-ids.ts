import type { DedupeStore } from "../webhooks/dedupe.js";
import type { Command } from "./command.js";

/** The webhook receiver's claimed ids in Redis: `SET id 1 NX PX ttl` claims, `DEL` releases. */
export class RedisWebhookIdStore implements DedupeStore {
  constructor(
    private readonly command: Command,
    private readonly prefix: string,
  ) {}

  async claim(id: string, ttlMs: number): Promise<boolean> {
    return (await this.command(["SET", this.#key(id), "1", "NX", "PX", String(Math.ceil(ttlMs))])) === "OK";
  }

  async release(id: string): Promise<void> {
    await this.command(["DEL", this.#key(id)]);
  }

  #key(id: string): string {
    return `${this.prefix}webhook:${id}`;
  }
}
