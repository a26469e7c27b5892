import type { Notices } from "../logger.js";
import { forApiKey } from "../stores/keyed.js";
import type { RateLimitStore } from "../stores/types.js";
import { Script, type Command } from "./command.js";
import { keysOf, type Keyspace } from "./keyspace.js";
import { PAUSE, RESERVE } from "./scripts.js";

/**
 * The rate gate's schedule in Redis: one key per bucket for its next start, one for its pause,
 * under the keys of the API key it serves (told by the client).
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #reserve: Script;
  readonly #pause: Script;

  constructor(
    private readonly command: Command,
    private readonly keyspace: Keyspace,
    private readonly base: string | null = keyspace.unbound,
  ) {
    this.#reserve = new Script(command, RESERVE);
    this.#pause = new Script(command, PAUSE);
  }

  [forApiKey](apiKey: string, notices: Notices): RedisRateLimitStore {
    return new RedisRateLimitStore(this.command, this.keyspace, this.keyspace.baseFor(apiKey, notices));
  }

  async reserve(bucket: string, intervalMs: number, maxWaitMs: number): Promise<number> {
    return Number(await this.#reserve.run([this.#key(bucket, "next"), this.#key(bucket, "pause")], [intervalMs, Math.floor(maxWaitMs)]));
  }

  async pause(bucket: string, ms: number): Promise<void> {
    await this.#pause.run([this.#key(bucket, "pause")], [ms]);
  }

  async pausedFor(bucket: string): Promise<number> {
    return Math.max(0, Number(await this.command(["PTTL", this.#key(bucket, "pause")])));
  }

  // One hash tag per bucket: both of its keys live on one node of a Redis Cluster.
  #key(bucket: string, what: string): string {
    return `${keysOf(this.base, "rateLimits")}{rate:${bucket}}:${what}`;
  }
}
