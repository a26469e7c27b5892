// `validateAnswers`: each answer's body checked against its operation's answer schema, compiled
// from the spec (generated/answer-schemas.ts). This module and the schemas are imported together
// on the first answer checked (lazy-answer-check.ts), never by a client that does not check: the
// core of the package carries neither.
//
// A difference is named by where it is and the rule it breaks, never by the value found there:
// answers carry phone numbers and names, and zod's own messages may quote what they received, so
// each rule is written here from the issue's kind, expected type and the spec's own words.
import { answers } from "../../generated/answer-schemas.js";
import type { OperationEntry } from "../../generated/operations.js";
import type { AlloResponse } from "../allo-promise.js";
import { AlloAnswerError, type AlloAnswerIssue } from "../errors/index.js";
import type { Notices } from "../logger.js";
import type { ValidateAnswers } from "../options.js";

/** A difference between the live API and the spec, as `allo.drift()` lists it. */
export interface AnswerDrift {
  /** The method called, such as `calls.search`. */
  operation: string;
  /** Where in the answer's body (`data[*].length_in_minutes`: `[*]` is any item of a list). */
  location: string;
  /** The rule broken (`required`, `type: expected number`, `format: ...`). */
  rule: string;
  /** Answers that showed it so far. */
  count: number;
  /** The request id of the first of them. */
  firstRequestId: string;
}

/** The answer check of one client. */
export interface AnswerCheck {
  /** Checks one answer's body: records and reports what differs; resolves to the error to throw in "throw" mode, else null. */
  check(operation: string, op: OperationEntry, body: unknown, response: AlloResponse): Promise<AlloAnswerError | null>;
  /** Every difference seen so far, in the order first seen. */
  drift(): AnswerDrift[];
}

/** A zod issue, as far as a rule is written from it. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: unknown[];
  errors?: Issue[][];
}

interface AnswerSchema {
  safeParse(value: unknown): { success: boolean; error?: { issues: Issue[] } };
}

const schemas = answers as unknown as Readonly<Record<string, AnswerSchema | undefined>>;

export function createAnswerCheck(mode: Exclude<ValidateAnswers, false>, notices: Notices): AnswerCheck {
  const seen = new Map<string, AnswerDrift>();
  return {
    async check(operation, op, body, response) {
      const schema = schemas[operation];
      if (!schema || body === undefined) return null;
      const result = schema.safeParse(body);
      if (result.success || !result.error) return null;
      const issues = issuesOf(result.error.issues, body);
      for (const { location, rule } of issues) {
        const key = `${operation}\u0000${location}\u0000${rule}`;
        const known = seen.get(key);
        if (known) {
          known.count++;
          continue;
        }
        seen.set(key, { operation, location, rule, count: 1, firstRequestId: response.requestId });
        if (mode === "warn") {
          notices.warn(
            `allo-client: ${operation} answered otherwise than the spec at ${location} (${rule}); request ${response.requestId}. Said once per place and rule: allo.drift() lists them all.`,
          );
        }
      }
      if (mode === "warn") return null;
      return new AlloAnswerError({ operation, requestId: response.requestId, status: response.status, write: !op.readOnly, issues });
    },
    drift: () => [...seen.values()].map((d) => ({ ...d })),
  };
}

/** The differences of one answer, each place and rule once. */
function issuesOf(raw: readonly Issue[], body: unknown): AlloAnswerIssue[] {
  const found = new Map<string, AlloAnswerIssue>();
  for (const issue of raw) {
    const one = { location: locationOf(issue.path), rule: ruleOf(issue, body) };
    found.set(`${one.location}\u0000${one.rule}`, one);
  }
  return [...found.values()];
}

/** `["data", 3, "length_in_minutes"]` → `data[*].length_in_minutes`: a place in the schema, whichever item showed it. */
function locationOf(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += "[*]";
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || "(body)";
}

/** Whether the issue's place is a key its object lacks. */
function isMissing(path: readonly PropertyKey[], body: unknown): boolean {
  if (path.length === 0) return false;
  let parent: unknown = body;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== "object") return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  return parent !== null && typeof parent === "object" && !Array.isArray(parent) && !Object.hasOwn(parent, path.at(-1)!);
}

const typeName = (expected: string) => (expected === "int" ? "integer" : expected);

/**
 * The rule an issue breaks, in words that never hold the value: a missing key is `required`; a
 * wrong type names the type expected; the other rules take the message the spec compiled in
 * (`x-pattern-message`, "must be at most 100 characters"), which quotes no value either.
 */
function ruleOf(issue: Issue, body: unknown): string {
  if ((issue.code === "invalid_type" || issue.code === "invalid_union") && isMissing(issue.path, body)) return "required";
  switch (issue.code) {
    case "invalid_type":
      return `type: expected ${typeName(issue.expected ?? "another type")}`;
    case "invalid_union": {
      const expected = (issue.errors ?? []).map((branch) =>
        branch.length === 1 && branch[0]!.code === "invalid_type" && branch[0]!.path.length === 0 ? branch[0]!.expected : undefined,
      );
      return expected.length && expected.every((e) => e !== undefined)
        ? `type: expected ${[...new Set(expected.map(typeName))].join(" or ")}`
        : "type: matches none of the shapes the spec allows";
    }
    case "invalid_value":
      return `enum: expected ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(" or ")}`;
    case "invalid_format":
      return `format: ${issue.message}`;
    case "too_small":
    case "too_big":
    case "custom":
      return `${issue.code === "custom" ? "rule" : "size"}: ${issue.message}`;
    default:
      return issue.code;
  }
}
