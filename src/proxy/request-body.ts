// A browser's JSON body, read no further than a limit: refused when it is too large, not declared
// JSON (what a cross-site HTML form posts), cut short, or not JSON.
import type { AlloValidationIssue } from "../errors/index.js";
import { BodyTooLarge, readText } from "../http/read-body.js";
import type { ProxyErrorCode } from "./errors.js";
import { isJson } from "./headers.js";

/** The largest body a browser may send; the largest valid input (a contact's arrays) is far below. */
export const MAX_REQUEST_BYTES = 64 * 1024;

export type Refusal = { status: number; code: ProxyErrorCode; details?: AlloValidationIssue[] };

/** The parsed body (undefined when there is none), or why it is refused. */
export async function readBody(request: Request): Promise<{ value: unknown } | { refused: Refusal }> {
  const tooLarge: Refusal = {
    status: 413,
    code: "REQUEST_TOO_LARGE",
    details: [{ field: "(body)", message: `must be at most ${MAX_REQUEST_BYTES} bytes` }],
  };
  if (Number(request.headers.get("content-length")) > MAX_REQUEST_BYTES) return { refused: tooLarge };
  if (request.bodyUsed) throw new Error("the request body was read before the proxy (by authorize?): read it from request.clone()");
  let text: string;
  try {
    text = await readText(new Response(request.body), MAX_REQUEST_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return { refused: tooLarge };
    // The browser went away mid-body, or sent less than it announced.
    return {
      refused: { status: 400, code: "INVALID_REQUEST_BODY", details: [{ field: "(body)", message: "ended before it was complete" }] },
    };
  }
  // No body at all: the operation's validator says whether it needs one.
  if (text === "") return { value: undefined };
  if (!isJson(request))
    return {
      refused: { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", details: [{ field: "content-type", message: "must be application/json" }] },
    };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { refused: { status: 400, code: "INVALID_REQUEST_BODY", details: [{ field: "(body)", message: "must be JSON" }] } };
  }
}
