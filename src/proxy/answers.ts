// What the proxy sends back to the browser: its own errors, and Allo's answers with only the
// headers a browser needs and never the key.
import type { AlloProxyError } from "./errors.js";
import { ANSWER_HEADERS } from "./headers.js";
import type { KeyForms } from "../http/redact.js";
import { redactAnswer } from "./redact-answer.js";

/** Answers to a browser are per user: no shared cache may keep them. */
const PRIVATE = { "cache-control": "no-store" };

export function answerError(error: AlloProxyError): Response {
  return new Response(JSON.stringify(error.toBody()), {
    status: error.status,
    headers: { ...PRIVATE, "content-type": "application/json" },
  });
}

/** Allo's answer as the browser gets it: same status and body, the key cut out in every form it may take. */
export function relay(upstream: Response, body: string, key: KeyForms): Response {
  const headers = new Headers(PRIVATE);
  for (const name of ANSWER_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null && !key.carries(value)) headers.set(name, value);
  }
  const empty = body.length === 0 || [204, 205, 304].includes(upstream.status);
  return new Response(empty ? null : redactAnswer(body, key), { status: upstream.status, headers });
}
