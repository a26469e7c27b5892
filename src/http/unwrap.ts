import { AlloNetworkError } from "../errors/index.js";

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns the `data` of its `{ data }` envelope. The transport has
 * already turned error statuses into AlloApiError; what is left to catch is a 2xx answer that is not
 * the JSON envelope the spec promises (a proxy's page, an empty body).
 *
 * `T` comes from the calling method's declared return type, a type of the spec's components:
 * openapi-fetch's own response mapping turns open enums (`'A' | (string & {})`) into objects.
 * test/types/client.test-d.ts pins each method's type to its operation's documented answer.
 */
export async function unwrap<T>(method: string, path: string, pending: Promise<Answer<unknown>>): Promise<T> {
  let answer: Answer<unknown>;
  try {
    answer = await pending;
  } catch (error) {
    if (error instanceof SyntaxError) throw notTheEnvelope(method, path, "is not valid JSON", error);
    throw error;
  }
  const body = answer.data;
  if (body === null || typeof body !== "object" || !("data" in body)) {
    throw notTheEnvelope(method, path, body === undefined ? `is empty (${answer.response.status})` : "is not a { data } envelope");
  }
  return body.data as T;
}

function notTheEnvelope(method: string, path: string, what: string, cause?: unknown): AlloNetworkError {
  const unsafe = method === "POST" ? "; the request may have been processed" : "";
  return new AlloNetworkError(method, path, `the answer ${what}${unsafe}`, cause ? { cause } : undefined);
}
