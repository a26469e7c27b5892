import { closest } from "../closest.js";
import { operationNames } from "../../generated/operations.js";
import { AlloValidationError } from "../errors/index.js";
import { resolveOptions, type ResolvedOptions } from "../options.js";
import type { AlloProxyError } from "./errors.js";
import type { NodeRequestLike } from "../http/node-like.js";
import { isOperation, type AlloOperation } from "./operations.js";

/** What `authorize` is told besides the Fetch API request. */
export interface AuthorizeContext {
  /**
   * The node:http / Express request, under `nodeHandler()`: where a session middleware left its
   * state (`(nodeRequest as express.Request).session`). Undefined when the proxy was called with a
   * Fetch API request.
   */
  nodeRequest: NodeRequestLike | undefined;
}

/** Your app's own check of the caller: true lets the request through, anything else is a 401. */
export type Authorize = (request: Request, context: AuthorizeContext) => boolean | Promise<boolean>;

/** Options of {@link createAlloProxy}. `apiKey`, `allow` and `authorize` are required. */
export interface AlloProxyOptions {
  /** The raw Allo API key. It stays on the server: the proxy adds it to what it forwards. */
  apiKey: string;
  /**
   * The operations the browser may call, by SDK method name (`"numbers.list"`,
   * `"conversations.items.search"`): any operation of the spec, v1 or v2. Anything else gets a
   * 403. Allow only what the page needs; `sms.send` sends texts on your bill.
   */
  allow: readonly AlloOperation[];
  /**
   * Who may use the route: your app's check of the session (cookie, token...), run before anything
   * else is read; false is a 401 and nothing reaches Allo. `"public"` serves anyone who can reach
   * the route, with your key: say so only for a route your own middleware already guards, or for
   * operations you would publish.
   */
  authorize: Authorize | "public";
  /**
   * Where Allo is: its origin (a URL ending in `/v1/api`, as older docs write it, means the same);
   * for a local mock, the mock's URL.
   * @default "https://api.withallo.com"
   */
  baseUrl?: string | undefined;
  /**
   * Lets `baseUrl` be `http://` on a host other than this machine: the key then travels unencrypted.
   * @default false
   */
  allowInsecureHttp?: boolean | undefined;
  /**
   * The path the proxy is mounted under, stripped before routing (the browser's client has
   * `baseUrl: <origin> + basePath`).
   * @default ""
   */
  basePath?: string | undefined;
  /**
   * Told of every request the proxy answers itself, refused or failed, with an AlloProxyError
   * (status, code, operation, details; the cause of a 5xx, the key cut out). A throwing onError
   * changes nothing of the answer.
   * @default logs 5xx errors with console.error; 4xx refusals stay quiet
   */
  onError?: ((error: AlloProxyError) => void) | undefined;
  /**
   * The fetch used to call Allo.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch | undefined;
  /**
   * Time allowed for Allo's whole answer, in ms; past it the browser gets a 504.
   * @default 30000
   */
  timeout?: number | undefined;
}

/** The options, checked, with defaults applied. */
export interface ResolvedProxyOptions {
  apiKey: string;
  allowed: ReadonlySet<AlloOperation>;
  basePath: string;
  /** null: `"public"`. */
  authorize: Authorize | null;
  onError: ((error: AlloProxyError) => void) | undefined;
  /** Base URL, fetch, timeout and the largest answer read, as the client resolves them. */
  upstream: ResolvedOptions;
}

export function checkOptions(options: AlloProxyOptions): ResolvedProxyOptions {
  const fail = (field: string, message: string): never => {
    throw new AlloValidationError("createAlloProxy", [{ field, message }]);
  };
  if (options === null || typeof options !== "object") fail("options", "must be an object with { apiKey, allow, authorize }");
  let resolved: ResolvedOptions;
  try {
    // The client's own checks of the key, base URL, fetch and timeout.
    resolved = resolveOptions({
      apiKey: options.apiKey,
      baseUrl: options.baseUrl,
      allowInsecureHttp: options.allowInsecureHttp,
      fetch: options.fetch,
      timeout: options.timeout,
    });
  } catch (error) {
    if (error instanceof AlloValidationError) throw new AlloValidationError("createAlloProxy", error.issues);
    throw error;
  }
  // The client keeps a path baseUrl for a page to resolve; the proxy runs on a server and has none.
  if (!/^https?:\/\//.test(resolved.baseUrl)) fail("baseUrl", "must be an absolute URL: the proxy runs on a server");
  const { allow, basePath = "", authorize, onError } = options;
  if (!Array.isArray(allow)) fail("allow", 'must be an array of SDK method names, such as ["numbers.list", "sms.send"]');
  allow.forEach((name, i) => {
    if (!isOperation(name)) {
      const guess = typeof name === "string" ? closest(name, operationNames) : undefined;
      fail(
        `allow.${i}`,
        guess
          ? `is not an operation: did you mean "${guess}"?`
          : `is not an operation: SDK method names such as "${operationNames[0]}" or "conversations.items.search" (docs/react.md lists them all)`,
      );
    }
  });
  if (typeof basePath !== "string" || (basePath !== "" && !/^\/.*[^/]$/.test(basePath))) {
    fail("basePath", "must be empty or a path starting with / and not ending with one, such as /api/allo");
  }
  if (authorize === undefined) {
    fail(
      "authorize",
      'is required: a function that says whether the request comes from a signed-in user of your app, or "public" to let anyone who reaches the route use your key',
    );
  }
  if (authorize !== "public" && typeof authorize !== "function") fail("authorize", 'must be a function or "public"');
  if (onError !== undefined && typeof onError !== "function") fail("onError", "must be a function");
  return {
    apiKey: options.apiKey,
    allowed: new Set<AlloOperation>(allow),
    basePath,
    authorize: authorize === "public" ? null : authorize,
    onError,
    upstream: resolved,
  };
}
