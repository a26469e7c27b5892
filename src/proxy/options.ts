import { AlloValidationError } from "../errors/index.js";
import { resolveOptions, type ResolvedOptions } from "../options.js";
import { OPERATIONS, type AlloOperation } from "./operations.js";

/** Options of {@link createAlloProxy}. `apiKey` and `allow` are required. */
export interface AlloProxyOptions {
  /** The raw Allo API key. It stays on the server: the proxy adds it to what it forwards. */
  apiKey: string;
  /**
   * The operations the browser may call, by SDK method name. Anything else gets a 403. Allow only
   * what the page needs; `sms.send` sends texts on your bill.
   */
  allow: readonly AlloOperation[];
  /**
   * Allo's base URL; for a local mock, the mock's root.
   * @default "https://api.withallo.com/v1/api"
   */
  baseUrl?: string | undefined;
  /**
   * The path the proxy is mounted under, stripped before routing (the browser's client has
   * `baseUrl: <origin> + basePath`).
   * @default ""
   */
  basePath?: string | undefined;
  /**
   * Your app's own check of the caller (session cookie, token...): false means 401, nothing sent
   * to Allo. Without it, anyone who can reach the route uses your key for what `allow` lists.
   */
  authorize?: ((request: Request) => boolean | Promise<boolean>) | undefined;
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
  authorize: AlloProxyOptions["authorize"];
  /** Base URL, fetch, timeout and the largest answer read, as the client resolves them. */
  upstream: ResolvedOptions;
}

export function checkOptions(options: AlloProxyOptions): ResolvedProxyOptions {
  const fail = (field: string, message: string): never => {
    throw new AlloValidationError("createAlloProxy", [{ field, message }]);
  };
  if (options === null || typeof options !== "object") fail("options", "must be an object with { apiKey, allow }");
  let resolved;
  try {
    // The client's own checks of the key, base URL, fetch and timeout.
    resolved = resolveOptions({ apiKey: options.apiKey, baseUrl: options.baseUrl, fetch: options.fetch, timeout: options.timeout });
  } catch (error) {
    if (error instanceof AlloValidationError) throw new AlloValidationError("createAlloProxy", error.issues);
    throw error;
  }
  // The client keeps a path baseUrl for a page to resolve; the proxy runs on a server and has none.
  if (!/^https?:\/\//.test(resolved.baseUrl)) fail("baseUrl", "must be an absolute URL: the proxy runs on a server");
  const { allow, basePath = "", authorize } = options;
  if (!Array.isArray(allow)) fail("allow", "must be an array of operations, such as [\"numbers.list\", \"sms.send\"]");
  allow.forEach((name, i) => {
    if (!Object.hasOwn(OPERATIONS, name)) fail(`allow.${i}`, `is not an operation: one of ${Object.keys(OPERATIONS).join(", ")}`);
  });
  if (typeof basePath !== "string" || (basePath !== "" && !/^\/.*[^/]$/.test(basePath))) {
    fail("basePath", "must be empty or a path starting with / and not ending with one, such as /api/allo");
  }
  if (authorize !== undefined && typeof authorize !== "function") fail("authorize", "must be a function");
  return { apiKey: options.apiKey, allowed: new Set<AlloOperation>(allow), basePath, authorize, upstream: resolved };
}
