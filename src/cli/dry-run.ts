// --dry-run: the call goes through the client as usual (its input checked, its headers added:
// request id, idempotency key, user agent) down to the fetch, which records the request and sends
// nothing. What is printed is what would have gone on the wire, the key masked.
import { REDACTED } from "../http/redact.js";

/** A request as fetch was given it. */
export interface DryRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string | undefined;
}

/** What the recording fetch throws after recording: it ends the call at once, as a failed attempt that is not retried. */
export class DryRunStop extends Error {
  override name = "DryRunStop";
  constructor() {
    super("--dry-run: not sent");
  }
}

/** A fetch that records each request in `into` and sends nothing. */
export function recordingFetch(into: DryRequest[]): typeof globalThis.fetch {
  return async (input, init) => {
    const body = init?.body;
    into.push({
      method: init?.method ?? "GET",
      url: String(input),
      headers: new Headers(init?.headers),
      body: typeof body === "string" ? body : undefined,
    });
    throw new DryRunStop();
  };
}

/** `METHOD URL`, a header a line (the key masked), a blank line, the body as it would be sent. */
export function describeRequest(request: DryRequest): string {
  const lines = [`${request.method} ${request.url}`];
  for (const [name, value] of request.headers) lines.push(`${name}: ${name === "authorization" ? REDACTED : value}`);
  return `${lines.join("\n")}\n\n${request.body === undefined ? "" : `${request.body}\n`}`;
}
