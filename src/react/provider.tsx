import { QueryClient, QueryClientContext, QueryClientProvider } from "@tanstack/react-query";
import { createContext, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { AlloClient, type AlloClientOptions } from "../index.js";
import { alloKeys } from "./keys.js";

const AlloClientContext = createContext<AlloClient | null>(null);

/** Props of {@link AlloProvider}: a client, or the options to build one. */
export type AlloProviderProps = { children?: ReactNode } & (
  | { /** The client the hooks call. */ client: AlloClient }
  | (AlloClientOptions & { client?: never })
);

/**
 * Gives the hooks below it an Allo client, and a QueryClient when none is above it (one with
 * `retry: false`: the client already retries what is safe to retry).
 *
 * In a browser, point the client at your own server's proxy (`createAlloProxy` from
 * `allo-client/proxy`), never at Allo with a real key: anything in a bundle is public.
 *
 * @example
 * const allo = new AlloClient({
 *   apiKey: "proxied", // the proxy puts the real key in
 *   baseUrl: "/api/allo", // your route, resolved against the page
 * });
 * root.render(<AlloProvider client={allo}><Dashboard /></AlloProvider>);
 */
export function AlloProvider(props: AlloProviderProps): ReactNode {
  const client = useClient(props);
  const outer = useContext(QueryClientContext);
  // Created once, and only when the app has no QueryClient of its own.
  const [own] = useState(() => (outer ? undefined : createAlloQueryClient()));
  useForgetOnNewClient(client, (outer ?? own)!);
  const tree = <AlloClientContext.Provider value={client}>{props.children}</AlloClientContext.Provider>;
  return outer || !own ? tree : <QueryClientProvider client={own}>{tree}</QueryClientProvider>;
}

/**
 * The client of the nearest {@link AlloProvider}, for calls the hooks do not cover.
 *
 * @example
 * const allo = useAlloClient();
 * const onExport = async () => { for await (const c of allo.contacts.searchAll()) rows.push(c); };
 */
export function useAlloClient(): AlloClient {
  const client = useContext(AlloClientContext);
  if (!client) throw new Error("allo-client/react: wrap this component in <AlloProvider client={...}> (or <AlloProvider apiKey baseUrl>)");
  return client;
}

/** The given client, or one built from the options, rebuilt only when an option changes. */
function useClient(props: AlloProviderProps): AlloClient {
  const { children: _children, client, ...options } = props;
  const { apiKey, ...rest } = options as Partial<AlloClientOptions>;
  // By value, not by object: an inline options object (or headers object) is new on every render.
  // The key stays a dependency of its own, never copied into a string.
  const signature = client ? "" : signatureOf(rest);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the options are compared by `signature` (by value), the key by itself.
  return useMemo(() => client ?? new AlloClient(options as AlloClientOptions), [client, apiKey, signature]);
}

// Functions and objects other than `headers` (fetch, logger) are compared by identity: each gets a
// number for as long as it lives.
const identities = new WeakMap<object, number>();
let nextIdentity = 0;

/** Every option, by value where it is data and by identity where it is code, as one string. */
function signatureOf(options: Record<string, unknown>): string {
  const entries = Object.keys(options)
    .sort()
    .map((name) => {
      const value = options[name];
      if (name === "headers" || value === null || (typeof value !== "object" && typeof value !== "function")) return [name, value];
      if (!identities.has(value)) identities.set(value, ++nextIdentity);
      return [name, `#${identities.get(value)}`];
    });
  return JSON.stringify(entries);
}

/**
 * Another client (another key, another base URL) may be another account: nothing the last one
 * fetched is shown under it. Its queries leave the cache as the provider renders the new client,
 * before any hook below renders: each then finds no data and fetches with the new client. (In the
 * render itself, and so kept idempotent: a render React throws away only emptied the cache early.)
 */
function useForgetOnNewClient(client: AlloClient, queryClient: QueryClient): void {
  const shown = useRef(client);
  if (shown.current !== client) {
    shown.current = client;
    queryClient.removeQueries({ queryKey: alloKeys.all });
  }
}

function createAlloQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}
