/** What came with a successful answer besides its data, from {@link AlloPromise.withResponse}. */
export interface AlloResponse {
  /** The HTTP status. */
  status: number;
  /** The answer's headers (`X-RateLimit-Remaining`, ...). */
  headers: Headers;
  /** Allo's request id, or the one the client sent: quote it to Allo support. */
  requestId: string;
  /** Attempts made, retries included; 0 for an SMS answered from the at-most-once store. */
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

  readonly #both: Promise<{ data: T; response: AlloResponse }>;
  #data: Promise<T> | undefined;

  constructor(both: Promise<{ data: T; response: AlloResponse }>) {
    // The base promise settles at once and is never read: the call is `both`.
    super(settleAtOnce);
    this.#both = both;
  }

  /** The data and what came with it. */
  withResponse(): Promise<{ data: T; response: AlloResponse }> {
    return this.#both;
  }

  // A failure is an unhandled rejection only if nobody awaits the call in either form.
  #value(): Promise<T> {
    this.#data ??= this.#both.then((both) => both.data);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: an AlloPromise is a promise: awaiting it awaits the call.
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
