import { AlloNetworkError } from "../errors/index.js";

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns the `data` of its `{ data }` envelope. The transport has
 * already turned error statuses into AlloApiError and answers that are not JSON into
 * AlloNetworkError; what is left to catch is JSON that is not the envelope the spec promises.
 *
 * `T` comes from the calling method's declared return type, a type of the spec's components:
 * openapi-fetch's own response mapping turns open enums (`'A' | (string & {})`) into objects.
 * test/types/client.test-d.ts pins each method's type to its operation's documented answer.
 */
export async function unwrap<T>(method: string, path: string, pending: Promise<Answer<unknown>>): Promise<T> {
  const answer = await pending;
  const body = answer.data;
  if (body === null || typeof body !== "object" || !("data" in body)) {
    throw notTheEnvelope(method, path, body === undefined ? `is empty (${answer.response.status})` : "is not a { data } envelope");
  }
  return body.data as T;
}

function notTheEnvelope(method: string, path: string, what: string): AlloNetworkError {
  const unsafe = method === "POST" ? "; the request may have been processed" : "";
  return new AlloNetworkError(method, path, `the answer ${what}${unsafe}`);
}
