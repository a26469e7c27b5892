import { useMutation, useQueryClient, type QueryKey, type UseMutationOptions, type UseMutationResult } from "@tanstack/react-query";
import type { AlloClient, AlloError } from "../index.js";
import { useAlloClient } from "./provider.js";

/** What a mutation hook takes: react-query's mutation options, the function excepted. */
export type AlloMutationOptions<T, V> = Omit<UseMutationOptions<T, AlloError, V>, "mutationFn">;

/** What a mutation hook returns: `{ mutate, mutateAsync, isPending, error, data, ... }`, `error` an `AlloError`. */
export type AlloMutationResult<T, V> = UseMutationResult<T, AlloError, V>;

/**
 * A mutation that calls Allo, then invalidates the queries its change makes stale. The mutation
 * stays pending until the active ones among them have refetched, so a list never shows the old
 * state after `mutateAsync` resolves. Mutations are never retried here: a write is retried by the
 * client only when that cannot do it twice.
 */
export function useAlloMutation<T, V>(
  call: (allo: AlloClient, variables: V) => Promise<T>,
  stale: (data: T, variables: V) => QueryKey[],
  options: AlloMutationOptions<T, V> | undefined,
): AlloMutationResult<T, V> {
  const allo = useAlloClient();
  const queryClient = useQueryClient();
  return useMutation({
    retry: false,
    ...options,
    mutationFn: async (variables) => {
      const data = await call(allo, variables);
      await Promise.all(stale(data, variables).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      return data;
    },
  });
}
