// Each operation's input and answer, by SDK method name, derived from the spec's types
// (generated/operation-types.ts): the caller, the generated methods and the React hooks are typed
// from these, so no method can claim an answer the spec does not give it.
import type { OperationName } from "../../generated/operation-names.js";
import type { OperationTypes } from "../../generated/operation-types.js";
import type { Reshaped } from "./reshape.js";

type Of<N extends OperationName> = OperationTypes[N];

/** What an operation sends: `{ path, query, body }`, each there when the operation takes it. */
export type Input<N extends OperationName> = Of<N>["input"];

/** The 2xx body the spec documents: `{ data }`, a page's `{ data, pagination, ... }`, or undefined. */
export type Envelope<N extends OperationName> = Of<N>["envelope"];

/** A v2 page as the SDK gives it: the items as `results`, beside everything else the body holds. */
type Page<E> = E extends { data: Array<infer I> } ? Flat<{ results: I[] } & Omit<E, "data">> : never;

/** One object type, for readers (an editor shows its members, not an intersection). */
type Flat<T> = { [K in keyof T]: T[K] };

/** The answer as the spec documents it, unwrapped: `data`, a page, or nothing. */
export type SpecAnswer<N extends OperationName> = Of<N>["answer"] extends "none"
  ? void
  : Of<N>["answer"] extends "page"
    ? Page<Envelope<N>>
    : Envelope<N> extends { data: infer D }
      ? D
      : never;

/** What the SDK method resolves to: the spec's answer, or its declared reshaping (reshape.ts). */
export type Answer<N extends OperationName> = N extends keyof Reshaped ? Reshaped[N] : SpecAnswer<N>;

/** The operations that list their answer page by page (v1 `page`, v2 `pagination`): each has a `…All`. */
export type PagedName = { [N in OperationName]: Of<N>["paged"] extends true ? N : never }[OperationName];

/** One item of a paged operation's pages. */
export type Item<N extends OperationName> = Answer<N> extends { results: Array<infer I> } ? I : never;
