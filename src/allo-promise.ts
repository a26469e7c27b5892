import type { AnswerInfo } from "./http/transport.js";

/** What came with a successful answer besides its data, from {@link AlloPromise.withResponse}. */
export interface AlloResponse {
  /** The HTTP status. */
  status: number;
  /** The answer's headers (`X-RateLimit-Remaining`, ...). */
  headers: Headers;
  /** Allo's request id, or the one the client sent: quote it to Allo support. */
  requestId: string;
  /** Attempts made, retries included. */
  attempts: number;
}

/**
 * The promise every method returns: await it for the data, or call `withResponse()` for the data
 * and the answer's status, headers and request id.
 *
 * @example
 * const { data: numbers, response } = await allo.phoneNumbers.list().withResponse();
 * console.log(response.requestId, response.headers.get("x-ratelimit-remaining"));
 */
export class AlloPromise<T> extends Promise<T> {
  // then/catch/finally hand back plain promises.
  static override get [Symbol.species]() {
    return Promise;
  }

  // The work is one of two promises, read lazily: the data and what came with it (`#both`), or the
  // data alone with its response read once it is there (`#data` and `#response`, the form of most
  // calls: no { data, response } object and no promise in between when only the data is awaited).
  // A failure is an unhandled rejection only if nobody awaited the call in either form.
  #both: Promise<{ data: T; response: AlloResponse }> | undefined;
  #data: Promise<T> | undefined;
  #response: (() => AlloResponse) | undefined;

  constructor(both: Promise<{ data: T; response: AlloResponse }>) {
    // The base promise settles at once and is never used.
    super(settleAtOnce);
    this.#both = both;
  }

  /** A call's promise made of its data and, read once the data is there, what came with it. */
  static ofData<T>(data: Promise<T>, response: () => AlloResponse): AlloPromise<T> {
    const promise = new AlloPromise<T>(undefined as never);
    promise.#data = data;
    promise.#response = response;
    return promise;
  }

  /** The data and what came with it. */
  withResponse(): Promise<{ data: T; response: AlloResponse }> {
    this.#both ??= this.#data!.then((data) => ({ data, response: this.#response!() }));
    return this.#both;
  }

  #value(): Promise<T> {
    this.#data ??= this.#both!.then((b) => b.data);
    return this.#data;
  }
  override then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#value().then(onfulfilled, onrejected);
  }

  override catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#value().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#value().finally(onfinally);
  }
}

function settleAtOnce(resolve: (value: never) => void): void {
  resolve(undefined as never);
}

/** The response part of a call that succeeded. */
export function responseOf(info: AnswerInfo | undefined, fallbackRequestId: string): AlloResponse {
  return info ?? { status: 200, headers: new Headers(), requestId: fallbackRequestId, attempts: 1 };
}
