// Stores that serve one API key. A shared store set (allo-client/redis) is made before the client,
// which alone knows the key: `new AlloClient` hands its key to each store that asks for it, and
// uses the store that comes back, whose keys are named after a hash of the API key. The key is
// only passed along, never kept, logged or put on an object.
import type { Notices } from "../logger.js";
import type { ClientStores } from "./types.js";

/** The method a store implements to be told the API key it serves (a registered symbol: one for the ESM and the CommonJS build). */
export const forApiKey: unique symbol = Symbol.for("allo-client.stores.forApiKey");

/** A store that serves one API key once told it: `store[forApiKey](apiKey, notices)` returns that store. */
export interface KeyedStore<T> {
  [forApiKey](apiKey: string, notices: Notices): T;
}

/** The stores as a client with this key uses them: each keyed one told the key, the others as given. */
export function storesForApiKey(stores: ClientStores, apiKey: string, notices: Notices): ClientStores {
  const bind = <T>(store: T): T => {
    const keyed = (store as Partial<KeyedStore<T>>)[forApiKey];
    return typeof keyed === "function" ? keyed.call(store, apiKey, notices) : store;
  };
  const rateLimits = bind(stores.rateLimits);
  const smsKeys = bind(stores.smsKeys);
  return rateLimits === stores.rateLimits && smsKeys === stores.smsKeys ? stores : { rateLimits, smsKeys };
}
