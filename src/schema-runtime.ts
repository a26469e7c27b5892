// What the schemas compiled from the spec (generated/schemas.ts, generated/answer-schemas.ts) call
// besides zod: written once here rather than into each generated file.
import type * as z from "zod/mini";

/** The message for a value that is not an object; other issues of an object (unknown keys) keep theirs. */
export function notAnObject(issue: { code: string }): string | undefined {
  return issue.code === "invalid_type" ? "must be an object" : undefined;
}

/** Length in code points, as JSON Schema counts characters. */
export function codePoints(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/**
 * `format: email`, read as a mail address: a local part, `@`, and a domain of two labels or more.
 * No whitespace, and none of the characters an address can hold only quoted (Allo takes no quoted
 * local part).
 */
export function isEmail(value: string): boolean {
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(value);
}

/** `format: uri`, read as an absolute URL: one the platform's URL parser takes without a base. */
export function isUri(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** A function that builds its value on the first call and returns that value ever after. */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** What callers use of a schema (safeParse, Standard Schema's validate), the schema built on first use. */
export interface LazySchema<T extends z.ZodMiniType> {
  safeParse(value: unknown): ReturnType<T["safeParse"]>;
  readonly "~standard": T["~standard"];
}

export function lazy<T extends z.ZodMiniType>(build: () => T): LazySchema<T> {
  return {
    safeParse: (value) => build().safeParse(value) as ReturnType<T["safeParse"]>,
    get "~standard"() {
      return build()["~standard"];
    },
  };
}
