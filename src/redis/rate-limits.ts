import type { RateLimitStore } from "../stores/types.js";
import { Script, type Command } from "./command.js";
import { PAUSE, RESERVE } from "./scripts.js";

/** The rate gate's schedule in Redis: one key per bucket for its next start, one for its pause. */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #reserve: Script;
  readonly #pause: Script;

  constructor(
    private readonly command: Command,
    private readonly prefix: string,
  ) {
    this.#reserve = new Script(command, RESERVE);
    this.#pause = new Script(command, PAUSE);
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
    return `${this.prefix}{rate:${bucket}}:${what}`;
  }
}
