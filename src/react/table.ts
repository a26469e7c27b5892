// What the hooks read from the generated operation table: which operations a query may call (the
// ones that change nothing), each operation's client method, and its arguments and answer, typed
// from that method. A hook names an operation; its key and its call both come from that one name.
import { operations, type OperationName, type ReadOperationName } from "../../generated/operations.js";
import { AlloValidationError, type AlloClient, type RequestOptions } from "../index.js";

/** The member of `T` at a dotted name: `At<AlloClient, "conversations.items.get">` is that method. */
type At<T, N extends string> = N extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : N extends keyof T
    ? T[N]
    : never;

/** The parameters of a method without its last one, the per-call options. */
type WithoutOptions<A extends readonly unknown[]> = A extends readonly [...infer Head, (RequestOptions | undefined)?] ? Head : A;

/** Every element of a tuple required: a key holds each argument, so two spellings of one call cannot make two keys. */
type Every<T extends readonly unknown[]> = { [K in keyof T]-?: T[K] };

/**
 * The operations that change nothing (GETs, searches, analytics, batch reads): the only ones a query
 * calls. The generated name list, not derived from the table's type here, so the published types
 * carry no validator types.
 */
export type AlloReadOperation = ReadOperationName;

/**
 * The arguments of an operation's client method, every one given, per-call options excepted:
 * `AlloArgs<"contacts.get">` is `[contactId: string, input: GetContactInput]`.
 */
export type AlloArgs<N extends OperationName> = At<AlloClient, N> extends (...args: infer A) => unknown ? Every<WithoutOptions<A>> : never;

/** What an operation's client method resolves to: `AlloData<"me">` is `Me`. */
export type AlloData<N extends OperationName> = At<AlloClient, N> extends (...args: never[]) => PromiseLike<infer T> ? T : never;

/**
 * Refuses a name that is not a read of the table, before anything is sent or cached: a typo would
 * cache nothing useful, and a write called as a query would be sent again on every refetch.
 */
export function checkRead(where: string, name: unknown): asserts name is AlloReadOperation {
  const entry = typeof name === "string" && Object.hasOwn(operations, name) ? operations[name as OperationName] : undefined;
  if (!entry) {
    throw new AlloValidationError(where, [
      {
        field: "name",
        message: `must be an SDK method name of the operation table, such as "contacts.search" (got ${JSON.stringify(name)})`,
      },
    ]);
  }
  if (!entry.readOnly) {
    throw new AlloValidationError(where, [
      {
        field: "name",
        message: `"${String(name)}" changes data (${entry.method} ${entry.path}): use a mutation hook or useAlloClient(), not a query`,
      },
    ]);
  }
}

/** Calls an operation's client method by its name, the arguments as given and the signal as its options. */
export function callOperation<N extends AlloReadOperation>(
  allo: AlloClient,
  name: N,
  args: AlloArgs<N>,
  signal: AbortSignal,
): Promise<AlloData<N>> {
  const path = name.split(".");
  const method = path.pop()!;
  // Walked, not copied: the call goes through the same client method a user would call.
  const owner = path.reduce<Record<string, unknown>>(
    (at, part) => at[part] as Record<string, unknown>,
    allo as unknown as Record<string, unknown>,
  );
  const call = owner[method] as (...args: unknown[]) => Promise<AlloData<N>>;
  return call.call(owner, ...(args as readonly unknown[]), { signal });
}
