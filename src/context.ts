import type { Client } from "openapi-fetch";
import type { paths } from "../generated/allo.js";
import { AlloValidationError } from "./errors/index.js";
import type { CallSettings, Transport } from "./http/transport.js";
import { count, positive, type RequestOptions, type ResolvedOptions } from "./options.js";

/** What the fetch of one call needs from openapi-fetch's options. */
export type CallInit = {
  /** openapi-fetch calls it with the PreparedRequest it built and reads the ReadAnswer it gets. */
  fetch: (request: Request) => Promise<Response>;
  headers?: Record<string, string>;
};

/** What every resource shares: the typed openapi-fetch client and the per-call settings. */
export interface Context {
  api: Client<paths>;
  /** Resolves one call's options against the client's, refusing bad ones before anything is sent. */
  init(operation: string, options: RequestOptions | undefined): CallInit;
}

export function createContext(api: Client<paths>, resolved: ResolvedOptions, transport: Transport): Context {
  return {
    api,
    init(operation, options = {}) {
      const refuse = (field: string, message: string): never => {
        throw new AlloValidationError(operation, [{ field: `options.${field}`, message }]);
      };
      if (options === null || typeof options !== "object") refuse("(options)", "must be an object");
      const { signal, headers } = options;
      if (signal !== undefined && (typeof signal !== "object" || typeof signal.addEventListener !== "function")) {
        refuse("signal", "must be an AbortSignal");
      }
      for (const name of Object.keys(headers ?? {})) {
        if (name.toLowerCase() === "authorization") refuse(`headers.${name}`, "cannot be set: the client sends apiKey");
      }
      const settings: CallSettings = {
        signal,
        timeout: options.timeout === undefined ? resolved.timeout : positive("timeout", options.timeout, refuse),
        maxRetries: options.maxRetries === undefined ? resolved.maxRetries : count("maxRetries", options.maxRetries, refuse),
      };
      // openapi-fetch is typed for Request and Response; it gets the plain objects of prepared.ts.
      const fetch = transport(settings) as unknown as CallInit["fetch"];
      return { fetch, ...(headers ? { headers } : {}) };
    },
  };
}
