// What a tool call answers. A success is the API's JSON, as text and as structuredContent. A
// failure, bad input included, is a tool result with isError, written for a model to act on: the
// error's code, the client's message (what happened and what to do, Allo's suggestion included),
// and for a rate limit how long to wait and not to retry at once. The key is cut out of every answer.
import { AlloApiError, AlloNetworkError, AlloTimeoutError, AlloValidationError } from "../errors/index.js";
import { redact, redactDeep } from "../http/redact.js";
import type { Envelope } from "../operations/flat-input.js";

/** A CallToolResult, as far as these tools fill it. */
export interface AlloToolResult {
  [member: string]: unknown;
  content: Array<{ type: "text"; text: string }>;
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

/** An error's fields, for a model or a program to read. */
export interface AlloToolError {
  code: string;
  message: string;
  status?: number;
  suggestion?: string;
  retryAfter?: number;
  field?: string;
  issues?: Array<{ field: string; message: string }>;
  requestId?: string;
  maybeProcessed?: boolean;
}

export function success(answer: Envelope, secrets: readonly string[]): AlloToolResult {
  if (answer === null) return { content: [{ type: "text", text: "Done: the API answered with no content." }] };
  const clean = redactDeep(answer, secrets);
  return { content: [{ type: "text", text: JSON.stringify(clean) }], structuredContent: clean };
}

export function failure(tool: string, error: unknown, secrets: readonly string[]): AlloToolResult {
  const { info, text } = explain(tool, error);
  return {
    isError: true,
    content: [{ type: "text", text: redact(text, secrets) }],
    structuredContent: { error: redactDeep(info, secrets) },
  };
}

function explain(tool: string, error: unknown): { info: AlloToolError; text: string } {
  if (error instanceof AlloValidationError) {
    const issues = error.issues.map(({ field, message }) => ({ field, message }));
    const lines = [`INVALID_INPUT: ${error.message}. Nothing was sent. Fix these arguments and call ${tool} again:`];
    for (const issue of issues) lines.push(`- ${issue.field}: ${issue.message}`);
    return { info: { code: "INVALID_INPUT", message: error.message, field: error.field, issues }, text: lines.join("\n") };
  }
  if (error instanceof AlloApiError) {
    const info: AlloToolError = { code: error.code, message: error.message, status: error.status, maybeProcessed: error.maybeProcessed };
    if (error.suggestion) info.suggestion = error.suggestion;
    if (error.retryAfter !== null) info.retryAfter = error.retryAfter;
    if (error.requestId) info.requestId = error.requestId;
    if (error.details.length) info.issues = error.details.map((d) => ({ field: String(d.field ?? ""), message: String(d.message ?? "") }));
    const lines = [`${error.code} (HTTP ${error.status}): ${error.message}`];
    for (const issue of info.issues ?? []) lines.push(`- ${[issue.field, issue.message].filter(Boolean).join(": ")}`);
    if (error.status === 429) {
      const wait = error.retryAfter === null ? "a few seconds" : `${error.retryAfter} s`;
      lines.push(`Rate limited: do not retry now. Wait ${wait} before calling ${tool} or any other Allo tool again.`);
    }
    return { info, text: lines.join("\n") };
  }
  if (error instanceof AlloTimeoutError || error instanceof AlloNetworkError) {
    const code = error instanceof AlloTimeoutError ? "TIMEOUT" : "NETWORK_ERROR";
    const info: AlloToolError = { code, message: error.message, maybeProcessed: error.maybeProcessed };
    if (error.requestId) info.requestId = error.requestId;
    // A write that may have been done says so in the message already.
    const advice = error.maybeProcessed ? "" : " Nothing was changed; it may be called again.";
    return { info, text: `${code}: ${error.message}${advice}` };
  }
  // Not one of the client's errors: only its kind is told, its message may say anything.
  const kind = error instanceof Error ? error.name : typeof error;
  return { info: { code: "INTERNAL_ERROR", message: `${tool} failed unexpectedly (${kind})` }, text: `INTERNAL_ERROR: ${tool} failed unexpectedly (${kind}).` };
}
