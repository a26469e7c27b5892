// Where the stores of one `createRedisStores` call write, and what they check once about the Redis
// they write to.
//
// The rate limits and the SMS keys are per API key (Allo counts its limits per key, and an SMS sent
// under an idempotency key was sent for that key's account), so their keys are named after the key
// alone: `allo:` and a short hash of it, whatever prefix a process gives. Every process on one key
// lands on the same keys (two prefixes, `allo:prod:` and `allo:prod`, once sent every SMS twice),
// and the key itself is never written. Only a namespace set by hand puts them elsewhere (under the
// prefix), which warns. Webhook ids are not per key: they go under the prefix.
//
// The hash is SHA-256 from node:crypto: synchronous, so a client knows its keys when it is made
// (Web Crypto's digest is async, and Node 18 has no global `crypto` without a flag), and present on
// every runtime that opens a Redis connection (Node, Bun, Deno); this entry never runs in a browser.
import { createHash } from "node:crypto";
import { AlloValidationError } from "../errors/index.js";
import type { Notices } from "../logger.js";
import type { Command } from "./command.js";

/** Where every API key's rate schedule and SMS keys go unless a namespace is set by hand. */
export const KEYED_ROOT = "allo:";

/** Separators a prefix or a namespace may start or end with without meaning another one. */
const EDGES = /^[\s:._/-]+|[\s:._/-]+$/g;

/** `allo:prod:`, `allo:prod`, ` allo::prod ` → `allo:prod:`; "" stays "". */
export function normalisePrefix(prefix: string): string {
  const core = prefix.replace(/:{2,}/g, ":").replace(EDGES, "");
  return core === "" ? "" : `${core}:`;
}

/** A short hash of the API key (64 bits of SHA-256, hex), never the key. */
export function apiKeyNamespace(apiKey: string): string {
  return createHash("sha256").update("allo-client/redis namespace\n").update(apiKey).digest("hex").slice(0, 16);
}

export const NOT_PERSISTENT =
  "allo-client/redis: this Redis does not persist its writes (CONFIG GET appendonly: no). After a restart it forgets which SMS were sent under an idempotencyKey, and a send retried then goes out twice. Turn on append-only persistence: `appendonly yes` in redis.conf (or CONFIG SET appendonly yes, then CONFIG REWRITE).";

export const NAMESPACE_BY_HAND =
  "allo-client/redis: the stores' namespace is set by hand (the namespace option) instead of derived from the API key: only processes that set the same prefix and namespace share this key's rate schedule and SMS keys, and one that does not may send an SMS twice. Leave namespace unset unless that split is what you want (or your Redis ACL allows only your prefix).";

/** What the stores of one `createRedisStores` call share. */
export class Keyspace {
  /** The user's prefix, normalised: what every key starts with. */
  readonly prefix: string;
  readonly #namespace: string | undefined;
  #warnedByHand = false;
  #persistence: Promise<void> | undefined;

  constructor(
    private readonly command: Command,
    prefix: string,
    namespace: string | undefined,
  ) {
    this.prefix = normalisePrefix(prefix);
    if (namespace !== undefined) {
      const core = typeof namespace === "string" ? normalisePrefix(namespace) : "";
      if (core === "")
        throw new AlloValidationError("createRedisStores", [
          { field: "namespace", message: "must be a non-empty string, or left unset to derive it from the API key" },
        ]);
      this.#namespace = core;
    }
  }

  /** Where the keys of stores used without a client go: the namespace set by hand, or nowhere yet (null). */
  get unbound(): string | null {
    return this.#namespace === undefined ? null : this.prefix + this.#namespace;
  }

  /** Where the keys of the client with this API key go; warns once when the namespace was set by hand. */
  baseFor(apiKey: string, notices: Notices): string {
    if (this.#namespace === undefined) return `${KEYED_ROOT}${apiKeyNamespace(apiKey)}:`;
    if (!this.#warnedByHand) {
      this.#warnedByHand = true;
      notices.warn(NAMESPACE_BY_HAND);
    }
    return this.prefix + this.#namespace;
  }

  /**
   * Asks Redis, once, whether it persists (`CONFIG GET appendonly`), and warns if it does not. A
   * Redis that refuses CONFIG (most managed ones) is said at debug level only; a connection that
   * fails is asked again at the next use. Never rejects.
   */
  checkPersistence(notices: Notices): Promise<void> {
    this.#persistence ??= this.command(["CONFIG", "GET", "appendonly"]).then(
      (reply) => {
        const value = configValue(reply, "appendonly");
        if (value === "no") notices.warn(NOT_PERSISTENT);
        else if (value !== "yes")
          notices.debug("allo-client/redis: CONFIG GET appendonly gave no answer: make sure this Redis persists (appendonly yes)");
      },
      (error: unknown) => {
        const message = String((error as { message?: unknown })?.message ?? "");
        // A reply from Redis starts with its error code (ERR, NOPERM); anything else is the connection.
        const code = /^([A-Z][A-Z_]+) /.exec(message)?.[1];
        if (code === undefined) {
          this.#persistence = undefined;
          return;
        }
        notices.debug(
          `allo-client/redis: CONFIG GET appendonly was refused (${code}): cannot tell whether this Redis persists; SMS keys need one that does (appendonly yes)`,
        );
      },
    );
    return this.#persistence;
  }
}

/**
 * The base of a store's keys; a store whose namespace comes from an API key it was not told (used
 * without a client) refuses, rather than write where no client on the key would look.
 */
export function keysOf(base: string | null, store: string): string {
  if (base !== null) return base;
  throw new AlloValidationError("createRedisStores", [
    {
      field: "namespace",
      message: `is derived from the API key of the AlloClient the stores are given to: use ${store} through new AlloClient({ apiKey, stores }) (allo.sms.forget(key) to free an SMS key), or set namespace to use it directly`,
    },
  ]);
}

/** A CONFIG GET reply's value: a flat [name, value] list (RESP2), or a map (RESP3). */
function configValue(reply: unknown, name: string): string | undefined {
  if (Array.isArray(reply)) {
    const at = reply.findIndex((item) => String(item) === name);
    return at >= 0 && at + 1 < reply.length ? String(reply[at + 1]) : undefined;
  }
  if (reply instanceof Map) return reply.has(name) ? String(reply.get(name)) : undefined;
  if (reply && typeof reply === "object" && name in reply) return String((reply as Record<string, unknown>)[name]);
  return undefined;
}
