// What openapi-fetch builds and reads around the transport, as plain objects.
//
// openapi-fetch constructs a Request for each call and parses the Response the transport returns.
// The transport sends each attempt itself (fetch(url, init)) and reads the whole answer under the
// attempt's timeout, so a real Request and a second Response would only be built to be taken apart:
// measured in bench/run.ts, they cost more than the rest of the client. These two classes carry the
// same data in the shape openapi-fetch reads (method, url, headers, body; status, ok, headers, json).
// test/client/openapi-fetch-contract.test.ts fails if openapi-fetch starts reading another member.

/** Built by openapi-fetch in place of a Request (createClient's `Request` option). */
export class PreparedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** openapi-fetch serializes JSON bodies to a string: it can be sent again on a retry as is. */
  readonly body: string | undefined;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = String(input);
    this.method = (init.method ?? "GET").toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = typeof init.body === "string" ? init.body : undefined;
  }
}

/** A 2xx answer, already read whole and parsed, in the shape openapi-fetch reads a Response. */
export class BufferedResponse {
  readonly ok = true;
  /**
   * All openapi-fetch asks of the headers: Content-Length, to tell an empty body ("0") from one to
   * parse with json(). The body is already read, so that is the only header that matters here.
   */
  readonly headers: { get(name: string): string | null };

  constructor(
    readonly status: number,
    private readonly value: unknown,
    private readonly raw: string,
  ) {
    this.headers = new LengthOnly(raw === "" ? "0" : String(raw.length));
  }

  async json(): Promise<unknown> {
    return this.value;
  }

  async text(): Promise<string> {
    return this.raw;
  }
}

/** The headers of a BufferedResponse: its Content-Length alone (a class, not a closure for each answer). */
class LengthOnly {
  constructor(private readonly length: string) {}

  get(name: string): string | null {
    // openapi-fetch asks for "Content-Length": that spelling needs no lower-casing.
    return name === "Content-Length" || name.toLowerCase() === "content-length" ? this.length : null;
  }
}
