import { useQuery, type UseQueryOptions, type UseQueryResult } from "@tanstack/react-query";
import { AlloValidationError, type AlloError } from "../index.js";
import { queryKey } from "./keys.js";
import { useAlloClient } from "./provider.js";
import { callOperation, checkRead, type AlloArgs, type AlloData, type AlloReadOperation } from "./table.js";

/**
 * What a query hook takes besides its input: react-query's options (`enabled`, `staleTime`,
 * `refetchInterval`, ...), the key and the function excepted. `retry` defaults to `false`: the
 * client already retries what is safe to retry, and react-query's 3 retries would multiply them.
 */
export type AlloQueryOptions<T> = Omit<UseQueryOptions<T, AlloError, T>, "queryKey" | "queryFn">;

/** What a query hook returns: `{ data, isLoading, error, refetch, ... }`, `error` an `AlloError`. */
export type AlloQueryResult<T> = UseQueryResult<T, AlloError>;

/**
 * A query of any read operation of the table (a GET, a search, analytics), by its SDK method name
 * and the arguments of that method, every one given (per-call options excepted). Cached under
 * `alloKeys.of(name, ...args)`. The named hooks (`useContacts`, `useConversationItems`, ...) are
 * this with their operation filled in. A name that is not a read of the table, a write such as
 * `sms.send` included, throws `AlloValidationError` and nothing is sent.
 *
 * @example
 * const { data: admins } = useAlloQuery("users.list", [{ role: "ADMIN" }]);
 * const { data: metrics } = useAlloQuery("analytics.overview", [{ date: { from: "2026-04-01", to: "2026-04-30" } }], { staleTime: 60_000 });
 */
export function useAlloQuery<N extends AlloReadOperation>(
  name: N,
  args: NoInfer<AlloArgs<N>>,
  options?: AlloQueryOptions<AlloData<N>>,
): AlloQueryResult<AlloData<N>> {
  checkRead("useAlloQuery", name);
  if (!Array.isArray(args)) {
    throw new AlloValidationError("useAlloQuery", [
      { field: "args", message: `must be an array of the arguments of allo.${name}(...), such as [{ page: 1 }] or []` },
    ]);
  }
  const allo = useAlloClient();
  return useQuery({
    retry: false,
    ...options,
    queryKey: queryKey(name, args),
    queryFn: ({ signal }) => callOperation(allo, name, args, signal),
  });
}
