// The checks of what a caller gives, before anything is sent: inputs against the spec's schemas,
// headers, idempotency keys. Each refusal is an AlloValidationError naming the field.
import { headerLengths } from "../generated/operations.js";
import { AlloValidationError, type AlloValidationIssue } from "./errors/index.js";
import { isMissing } from "./missing-field.js";

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}

/** A zod/mini schema from generated/schemas.ts, as far as validation needs it. */
export interface Validator {
  safeParse(value: unknown): { success: boolean; error?: { issues: Issue[] } };
}

/**
 * Refuses input that the spec forbids, before anything is sent, with an AlloValidationError that
 * names each field. Validation only: the caller's object is sent as it is. `hint`, said of a
 * per-call option found in the input, is made only for a refusal.
 */
export function check(operation: string, schema: Validator, value: unknown, hint?: () => string): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const found = result.error?.issues ?? [];
  const fields = new Set(found.map((issue) => issue.path.map(String).join(".")));
  const unknown: AlloValidationIssue[] = [];
  const others: AlloValidationIssue[] = [];
  for (const issue of found) {
    const at = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys" && issue.keys) {
      // A closed input with an unknown key is most often a typo (`messsage`), a name in camelCase
      // (`alloNumber`), or per-call options given where the input goes.
      for (const key of issue.keys) {
        const field = at ? `${at}.${key}` : key;
        const misplaced = !at && hint && OPTION_NAMES.has(key);
        unknown.push({ field, message: misplaced ? `is not a known field: ${hint()}` : `is not a known field${snakeHint(field, fields)}` });
      }
    } else {
      others.push({ field: at || "(input)", message: messageOf(issue, value) });
    }
  }
  // An unknown field first: a required one reported missing beside it is most often the same
  // field, misspelt, and the message names the first issue.
  throw new AlloValidationError(operation, [...unknown, ...others]);
}

function messageOf(issue: Issue, value: unknown): string {
  if (issue.code !== "invalid_type") return issue.message;
  // zod says `must be a string` of a field left out: the fix is to give it, so say that.
  if (isMissing(value, issue.path)) return "is required";
  // A number or a string where the input's object goes: arguments given one by one.
  if (issue.path.length === 0 && (typeof value === "number" || typeof value === "string" || typeof value === "boolean"))
    return `must be one object of named fields, not a ${typeof value}: give them together, as { field: value, ... }`;
  return issue.message;
}

/**
 * For a field in camelCase, its name in the API's snake_case: certain when the check also reports
 * that name (a required field left out), else a question.
 */
function snakeHint(field: string, reported: ReadonlySet<string>): string {
  const snake = field.replace(/(?<=[a-z0-9])([A-Z])/g, (c) => `_${c.toLowerCase()}`);
  if (snake === field) return "";
  return reported.has(snake) ? `: did you mean ${snake}?` : `: the API's fields are snake_case (${snake}?)`;
}

/** The members of RequestOptions: found in an input, they were given in the wrong argument. */
const OPTION_NAMES: ReadonlySet<string> = new Set(["signal", "timeout", "maxRetries", "headers", "idempotencyKey", "concurrency"]);

const ORDINALS = ["first", "second", "third", "fourth", "fifth"];

/** Where a method's per-call options go, said as a fix (`options are the third argument`). */
export function optionsHint(position: number): string {
  return `per-call options (signal, timeout, maxRetries, headers, ...) are the ${ORDINALS[position - 1] ?? `${position}th`} argument`;
}

/**
 * What a header value cannot carry: a line break, a NUL, or a character beyond Latin-1. Headers.set
 * would throw a TypeError that quotes the whole value (the key, for Authorization).
 */
const NOT_A_HEADER_VALUE = /[\u0000\u000a\u000d\u0100-\uffff]/;

/** Whether a string can be sent as a header value. */
export function isHeaderValue(value: string): boolean {
  return !NOT_A_HEADER_VALUE.test(value);
}

/** Refuses a header value that Headers.set would throw on, without quoting it. */
export function checkHeaderValue(field: string, value: unknown, operation: string): void {
  if (typeof value !== "string") throw new AlloValidationError(operation, [{ field, message: "must be a string" }]);
  if (!isHeaderValue(value)) {
    throw new AlloValidationError(operation, [
      { field, message: "contains a line break, a NUL or a character beyond Latin-1, which a header cannot carry" },
    ]);
  }
}

/**
 * Refuses headers the client cannot send: `Authorization` (the client sends `apiKey`), and values a
 * header cannot carry. `field` names where they were given (`headers`, `options.headers`).
 */
export function checkHeaders(field: string, headers: Record<string, unknown>, operation: string): void {
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === "authorization") {
      throw new AlloValidationError(operation, [{ field: `${field}.${name}`, message: "cannot be set: the client sends apiKey" }]);
    }
    checkHeaderValue(`${field}.${name}`, value, operation);
  }
}

/** Refuses an idempotency key that the spec's `Idempotency-Key` header does not take. */
export function checkIdempotencyKey(field: string, value: unknown, operation: string): asserts value is string {
  const { min, max } = headerLengths["Idempotency-Key"];
  if (typeof value !== "string" || value.length < min || value.length > max) {
    throw new AlloValidationError(operation, [{ field, message: `must be a string of ${min} to ${max} characters` }]);
  }
  checkHeaderValue(field, value, operation);
}

/** Refuses a key that a method does not take, such as `page` on a `searchAll`. */
export function refuseKey(operation: string, input: unknown, key: string, message: string): void {
  if (input && typeof input === "object" && key in input) throw new AlloValidationError(operation, [{ field: key, message }]);
}
