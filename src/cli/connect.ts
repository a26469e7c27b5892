// The one call of the client (src/context.ts) without the resource classes around it: the CLI and
// the MCP server call operations by their table name with a flat input, so they need the call
// function itself. Wired as AlloClient's constructor wires it, so validation, retries, errors,
// logs and the key's secrecy are the client's own.
import createClient from "openapi-fetch";
import type { paths } from "../../generated/allo.js";
import { createContext, type Context } from "../context.js";
import { PreparedRequest } from "../http/prepared.js";
import { createTransport } from "../http/transport.js";
import { createLog } from "../logger.js";
import { resolveOptions, type AlloClientOptions } from "../options.js";

/** The client's table-driven call, for the options a client would take. */
export function connect(options: AlloClientOptions): Context {
  const resolved = resolveOptions(options);
  // The key goes to the transport's closure only, as in AlloClient.
  const transport = createTransport(resolved, options.apiKey, createLog(resolved.logger, resolved.logLevel));
  const api = createClient<paths>({
    baseUrl: resolved.baseUrl,
    headers: resolved.headers,
    querySerializer: { array: { style: "form", explode: false } },
    Request: PreparedRequest as unknown as typeof Request,
  });
  return createContext(api, resolved, transport);
}
