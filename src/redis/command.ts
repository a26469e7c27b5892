// One way to send a command to Redis, whichever client the user passes: ioredis (`call`) or
// node-redis (`sendCommand`), both raw, so that replies are Redis's own (strings, integers, nil)
// and no client's command wrappers matter. Scripts go by EVALSHA, loaded once per store set and
// again if Redis lost them (a restart, SCRIPT FLUSH).
import { AlloValidationError } from "../errors/index.js";

/** An ioredis client (`new Redis()`), or anything with its raw `call`. */
export interface IoRedisLike {
  call(command: string, args: string[]): Promise<unknown>;
}

/** A node-redis client (`createClient()`, connected), or anything with its raw `sendCommand`. */
export interface NodeRedisLike {
  sendCommand(args: string[]): Promise<unknown>;
}

/** The Redis clients `createRedisStores` takes. */
export type RedisClientLike = IoRedisLike | NodeRedisLike;

/** Sends one command, its name first. */
export type Command = (args: string[]) => Promise<unknown>;

export function commandOf(client: RedisClientLike): Command {
  const c = client as Partial<IoRedisLike & NodeRedisLike> | null;
  if (typeof c?.call === "function") return (args) => c.call!(args[0]!, args.slice(1));
  if (typeof c?.sendCommand === "function") return (args) => c.sendCommand!(args);
  throw new AlloValidationError("createRedisStores", [
    { field: "redis", message: "must be an ioredis client (new Redis(url)) or a node-redis client (createClient({ url }), connected)" },
  ]);
}

/** A Lua script, run by its SHA once Redis has it. */
export class Script {
  #sha: Promise<string> | undefined;

  constructor(
    private readonly command: Command,
    private readonly source: string,
  ) {}

  async run(keys: readonly string[], args: ReadonlyArray<string | number>): Promise<unknown> {
    for (let loaded = false; ; loaded = true) {
      this.#sha ??= this.command(["SCRIPT", "LOAD", this.source]).then(String);
      const sha = this.#sha;
      try {
        return await this.command(["EVALSHA", await sha, String(keys.length), ...keys, ...args.map(String)]);
      } catch (error) {
        if (this.#sha === sha) this.#sha = undefined;
        if (loaded || !/NOSCRIPT/.test(String((error as { message?: unknown })?.message))) throw error;
      }
    }
  }
}
