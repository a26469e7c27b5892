// What a tool call answers. A success is the API's JSON as one text block, and only there: the
// MCP spec asks for structuredContent from tools that declare an outputSchema (these declare none,
// which keeps tools/list small) and calls a text block of the same JSON the fallback for every
// client; sending both would send a large answer twice. A result larger than the server's limit is
// not sent: a tool error says how to ask for less, as one answer over a client's read buffer ends
// its whole session. A failure, bad input included, is a tool result with isError, written for a
// model to act on: the error's code, the client's message (what happened and what to do, Allo's
// suggestion included), and for a rate limit how long to wait and not to retry at once; its fields
// come again in structuredContent, for a program. The key is cut out of every answer, and a read's
// answer shows no secret the spec marks.
import { AlloApiError, AlloNetworkError, AlloTimeoutError, AlloValidationError } from "../errors/index.js";
import { AlloIdempotencyError, type IdempotencyRefusal } from "../errors/idempotency-error.js";
import { type KeyForms, redact, redactDeep } from "../http/redact.js";
import { utf8Length } from "../utf8.js";
import { IDEMPOTENCY_ARGUMENT } from "./arguments.js";
import type { Envelope } from "../operations/flat-input.js";
import type { AnswerShape } from "../../generated/tools.js";

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

/** What a read tool shows in place of a value the spec marks `x-secret`. */
export const WITHHELD_SECRET = "[withheld: a secret, which read tools do not show to an assistant; read it with the SDK or the allo CLI]";

/**
 * The answer with each value its shape marks secret (an endpoint's `signing_secret`) replaced by
 * WITHHELD_SECRET. A read tool is called without asking, by an assistant whose context may also
 * hold text written by anyone (a transcript, an SMS): a secret read into it could be repeated
 * anywhere. A write's answer keeps it: a create returns its secret once, to the user who allowed it.
 */
export function withoutSecrets(answer: Envelope, shape: AnswerShape | undefined): Envelope {
  if (!answer || !shape || !holdsSecret(shape)) return answer;
  return { ...answer, data: withheld(answer.data, shape) };
}

function withheld(value: unknown, shape: AnswerShape): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return shape.items ? value.map((item) => withheld(item, shape.items!)) : value;
  if (!shape.fields) return value;
  const out: Record<string, unknown> = { ...value };
  for (const [name, member] of Object.entries(shape.fields)) {
    if (!Object.hasOwn(out, name)) continue;
    const v = out[name];
    out[name] = member.secret && v !== null && v !== undefined ? WITHHELD_SECRET : withheld(v, member);
  }
  return out;
}

function holdsSecret(shape: AnswerShape): boolean {
  return Boolean(shape.secret || (shape.items && holdsSecret(shape.items)) || Object.values(shape.fields ?? {}).some(holdsSecret));
}

export function success(answer: Envelope, secrets: KeyForms): AlloToolResult {
  if (answer === null) return { content: [{ type: "text", text: "Done: the API answered with no content." }] };
  return { content: [{ type: "text", text: JSON.stringify(redactDeep(answer, secrets)) }] };
}

/**
 * The result, or when it is more than `limit` bytes as the transport writes it (its JSON, the
 * text's escapes included), a RESULT_TOO_LARGE tool error, followed by `advice()`: how to ask for less.
 */
export function capped(result: AlloToolResult, limit: number, tool: string, advice: () => string): AlloToolResult {
  // A UTF-16 unit takes 1 to 3 bytes in UTF-8: most results are decided without counting.
  const json = JSON.stringify(result);
  if (json.length * 3 <= limit) return result;
  const bytes = utf8Length(json);
  if (bytes <= limit) return result;
  const message = `the answer of ${tool} is ${sizeOf(bytes)}, more than this server sends in one result (${sizeOf(limit)}, its maxResultBytes)`;
  const text = `RESULT_TOO_LARGE: ${message}. ${advice()}`;
  const info: AlloToolError = { code: "RESULT_TOO_LARGE", message };
  return { isError: true, content: [{ type: "text", text }], structuredContent: { error: info } };
}

/** `6.2 MB`, `1 MiB`... as a person reads it. */
function sizeOf(bytes: number): string {
  if (bytes % 1048576 === 0) return `${bytes / 1048576} MiB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

export function failure(tool: string, error: unknown, secrets: KeyForms): AlloToolResult {
  const { info, text } = explain(tool, error);
  return {
    isError: true,
    content: [{ type: "text", text: redact(text, secrets) }],
    structuredContent: { error: redactDeep(info, secrets) },
  };
}

/** What a refused idempotency key means to a model, which can only call tools: no `sms.forget`. */
const KEY_REFUSALS: Record<IdempotencyRefusal, string> = {
  reused:
    "this idempotency_key was already used with a different input: nothing was sent. Each message needs its own key: if this is another message, call again with a new idempotency_key",
  "in-flight": "a call with this idempotency_key is sending now: nothing was sent again. Do not call again; wait for that call's answer",
  unknown:
    "an earlier call with this idempotency_key ended without knowing whether the message went out (a timeout or a lost connection): nothing was sent now. Look for it in the conversation (allo_conversations_items_search) before sending it again, with a new idempotency_key",
};

/** The client names the key by its option; a tool's caller knows it as this argument. */
const toolField = (text: string) => text.replaceAll("options.idempotencyKey", IDEMPOTENCY_ARGUMENT);

function explain(tool: string, error: unknown): { info: AlloToolError; text: string } {
  if (error instanceof AlloIdempotencyError) {
    const code = `IDEMPOTENCY_KEY_${error.state.replace("-", "_").toUpperCase()}`;
    const message = KEY_REFUSALS[error.state];
    return { info: { code, message, field: IDEMPOTENCY_ARGUMENT }, text: `${code}: ${tool}: ${message}.` };
  }
  if (error instanceof AlloValidationError) {
    const issues = error.issues.map(({ field, message }) => ({ field: toolField(field), message }));
    const lines = [`INVALID_INPUT: ${toolField(error.message)}. Nothing was sent. Fix these arguments and call ${tool} again:`];
    for (const issue of issues) lines.push(`- ${issue.field}: ${issue.message}`);
    return {
      info: { code: "INVALID_INPUT", message: toolField(error.message), field: toolField(error.field), issues },
      text: lines.join("\n"),
    };
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
  return {
    info: { code: "INTERNAL_ERROR", message: `${tool} failed unexpectedly (${kind})` },
    text: `INTERNAL_ERROR: ${tool} failed unexpectedly (${kind}).`,
  };
}
