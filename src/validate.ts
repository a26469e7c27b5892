import { AlloValidationError, type AlloValidationIssue } from "./errors/index.js";

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
 * names each field. Validation only: the caller's object is sent as it is.
 */
export function check(operation: string, schema: Validator, value: unknown): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const issues: AlloValidationIssue[] = [];
  for (const issue of result.error?.issues ?? []) {
    const at = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys" && issue.keys) {
      // A closed input with an unknown key is most often a typo (`messsage`).
      for (const key of issue.keys) issues.push({ field: at ? `${at}.${key}` : key, message: "is not a known field" });
    } else {
      issues.push({ field: at || "(input)", message: issue.message });
    }
  }
  throw new AlloValidationError(operation, issues);
}

/** Refuses a key that a method does not take, such as `page` on a `searchAll`. */
export function refuseKey(operation: string, input: unknown, key: string, message: string): void {
  if (input && typeof input === "object" && key in input) throw new AlloValidationError(operation, [{ field: key, message }]);
}
