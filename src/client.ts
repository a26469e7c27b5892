import { methodsOf, type AlloMethods } from "../generated/client.js";
import { createCaller } from "./operations/caller.js";
import { reshaping } from "./operations/reshape.js";
import type { AlloClientOptions } from "./options.js";

/**
 * The Allo API client, v1 and v2: a method per operation of the spec (generated/client.ts), each
 * validating its input before sending, resolving to the answer's `data` typed from the spec, and
 * throwing `AlloError`s.
 *
 * @example
 * import { AlloClient } from "allo-client";
 * const allo = new AlloClient({ apiKey: process.env.ALLO_API_KEY! });
 * const { results } = await allo.conversations.items.search({ search: "refund", type: "CALL" });
 */
export class AlloClient {
  constructor(options: AlloClientOptions) {
    Object.assign(this, methodsOf(reshaping(createCaller(options))));
  }
}

// The methods' types, from the spec: `allo.sms.send`, `allo.crm.people.search`, ...
export interface AlloClient extends AlloMethods {}
