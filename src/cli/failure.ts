// What the CLI says when a command fails, and its exit code by kind of failure: a script tells a
// typo (2, nothing was sent) from a delete declined at its question (3, nothing was sent), from
// Allo's refusal (4) and from Allo or the network failing (5).
import { CommanderError } from "commander";
import type { OperationName } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import { AlloApiError, AlloNetworkError, AlloTimeoutError, AlloValidationError } from "../errors/index.js";
import { flagOf } from "./names.js";
import type { Io } from "./output.js";

export const EXIT = {
  ok: 0,
  /** Anything unforeseen. */
  other: 1,
  /** Bad input or usage, refused before anything was sent. */
  invalid: 2,
  /** A delete declined at its question: nothing was sent. */
  cancelled: 3,
  /** The API answered 4xx. */
  refused: 4,
  /** The API answered 5xx, or no usable answer came (network, timeout). */
  failed: 5,
} as const;

/** Bad input found by the CLI itself (a file that cannot be read, a header without a colon). */
export class CliInputError extends Error {
  override name = "CliInputError";
}

/** A delete not confirmed at its question. */
export class CliCancelled extends Error {
  override name = "CliCancelled";
  constructor() {
    super("cancelled: nothing was sent.");
  }
}

export function exitCodeOf(error: unknown): number {
  if (error instanceof CliCancelled) return EXIT.cancelled;
  if (error instanceof AlloValidationError || error instanceof CliInputError) return EXIT.invalid;
  if (error instanceof AlloApiError) return error.status >= 500 ? EXIT.failed : EXIT.refused;
  if (error instanceof AlloNetworkError || error instanceof AlloTimeoutError) return EXIT.failed;
  return EXIT.other;
}

/**
 * The error for stderr: its code first, then the client's message (what happened and what to do,
 * Allo's suggestion included), then Allo's per-field details. `flags` says which flag sets a field
 * the validators name, so the fix reads in the CLI's own words.
 */
export function describeFailure(error: unknown, flags: ReadonlyMap<string, string> = new Map()): string {
  if (error instanceof AlloValidationError) {
    const where = (field: string) => (flags.has(field) ? `${field} (${flags.get(field)})` : field);
    const lines = [`allo: INVALID_INPUT: ${error.operation}: nothing was sent.`];
    for (const issue of error.issues) lines.push(`  ${where(issue.field)} ${issue.message}`);
    return `${lines.join("\n")}\n`;
  }
  if (error instanceof AlloApiError) {
    const lines = [`allo: ${error.code} (HTTP ${error.status}): ${error.message}`];
    for (const detail of error.details) {
      if (detail.field || detail.message) lines.push(`  ${[detail.field, detail.message].filter(Boolean).join(": ")}`);
    }
    return `${lines.join("\n")}\n`;
  }
  if (error instanceof AlloTimeoutError) return `allo: TIMEOUT: ${error.message}\n`;
  if (error instanceof AlloNetworkError) return `allo: NETWORK_ERROR: ${error.message}\n`;
  if (error instanceof CliInputError) return `allo: INVALID_INPUT: ${error.message}\n`;
  if (error instanceof CliCancelled) return `allo: ${error.message}\n`;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `allo: unexpected failure: ${text}\n`;
}

/**
 * What a failed run prints and its exit code: commander has already said what went wrong with the
 * command line (help and --version end here too, with exit code 0); anything else is described
 * here, in the flags of `operation` when the run got as far as one.
 */
export async function reportFailure(error: unknown, io: Io, operation: OperationName | null): Promise<number> {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
  await io.err(describeFailure(error, operation ? flagsByField(tools[operation].fields) : undefined));
  return exitCodeOf(error);
}

/** The flag of each field an operation's flags set, for `describeFailure`. */
export function flagsByField(fields: readonly { name: string; in: string }[]): Map<string, string> {
  return new Map(fields.filter((f) => f.in !== "path").map((f) => [f.name, flagOf(f.name)]));
}
