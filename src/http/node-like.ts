// node:http's request and response as the proxy's and the webhook receiver's Node adapters use
// them, described by the few members read, so that IncomingMessage/ServerResponse and Express's
// `req`/`res` fit as they are and nothing here imports Node: these files load on every runtime.

/** What a Node adapter uses of a request: node:http's IncomingMessage, or Express's `req`. */
export interface NodeRequestLike {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  /** Express: the URL before a mount path (`app.use("/api/allo", ...)`) was cut from `url`. */
  readonly originalUrl?: string | undefined;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Left by a body parser that ran first (`express.json()`, `express.raw()`, `express.text()`). */
  readonly body?: unknown;
  /** True once the body stream was read to its end (by a body parser, say). */
  readonly readableEnded?: boolean | undefined;
  on(event: "data", listener: (chunk: Uint8Array | string) => void): unknown;
  on(event: "end" | "close", listener: () => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  pause?(): unknown;
  resume?(): unknown;
}

/** What a Node adapter uses of a response: node:http's ServerResponse, or Express's `res`. */
export interface NodeResponseLike {
  statusCode: number;
  readonly headersSent?: boolean | undefined;
  readonly writableFinished?: boolean | undefined;
  setHeader(name: string, value: string): unknown;
  end(body?: string | Uint8Array): unknown;
  /** `close` before the answer was written: the client went away. */
  on?(event: "close", listener: () => void): unknown;
}
