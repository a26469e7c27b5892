import { closest } from "./closest.js";
import { bareKey } from "./http/key-forms.js";
import { envVar } from "./env.js";
import { AlloValidationError } from "./errors/index.js";
import { consoleLogger, createNotices, envLogLevel, isLogLevel, type AlloLogger, type AlloLogLevel, type Notices } from "./logger.js";
import { createMemoryStores } from "./stores/index.js";
import { storesForApiKey } from "./stores/keyed.js";
import type { ClientStores } from "./stores/types.js";
import { checkHeaders, isHeaderValue } from "./validate.js";

/** What `validateAnswers` may be: off, a warning per new difference, or an error per answer that differs. */
export type ValidateAnswers = "warn" | "throw" | false;

/** Options of {@link AlloClient}. Only `apiKey` is required. */
export interface AlloClientOptions {
  /** The API key from Allo's Settings > API, sent as is in `Authorization` (no `Bearer ` prefix). Required. */
  apiKey: string;
  /**
   * Where the API is: its origin, since paths carry their version (`/v1/api/...`, `/v2/api/...`).
   * A URL ending in `/v1/api` (or `/v2/api`), as older docs write it, means the same origin. For a
   * local mock, the mock's root (`http://127.0.0.1:4010`); in a browser, a path such as
   * `/api/allo` (your proxy route) is resolved against the page. `http://` is refused unless the
   * host is this machine (`localhost`, `127.0.0.0/8`, `::1`) or `allowInsecureHttp` is set: the key
   * would cross the network readable by anyone on the way. A URL with a user name or password is refused.
   * @default "https://api.withallo.com"
   */
  baseUrl?: string | undefined;
  /**
   * Lets `baseUrl` be `http://` on a host other than this machine (a test rig on a private
   * network, a gateway that only speaks HTTP behind a TLS tunnel). The key then travels unencrypted.
   * @default false
   */
  allowInsecureHttp?: boolean | undefined;
  /**
   * Time allowed for one attempt, reading the whole answer included, in ms.
   * @default 30000
   */
  timeout?: number | undefined;
  /** Headers added to every request. `Authorization` cannot be overridden here. */
  headers?: Record<string, string> | undefined;
  /**
   * The fetch implementation.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch | undefined;
  /**
   * Retries after the first attempt, for the failures that are safe to retry (a POST only on a 429
   * or a refused connection, never where the request may have been processed).
   * @default 2
   */
  maxRetries?: number | undefined;
  /**
   * The longest wait before a retry, in ms. When the server asks for longer (`Retry-After`, a daily
   * quota's `reset_in`), the error is thrown at once with `retryAfter` instead of sleeping.
   * @default 30000
   */
  maxRetryDelay?: number | undefined;
  /**
   * The largest answer read, in bytes; a larger one fails instead of filling memory.
   * @default 16777216 (16 MiB)
   */
  maxResponseBytes?: number | undefined;
  /**
   * The largest request body sent, in bytes of JSON; a larger one is refused before anything is
   * sent (Allo publishes no limit: its requests are small, and a body this large is a mistake).
   * @default 1048576 (1 MiB)
   */
  maxRequestBytes?: number | undefined;
  /**
   * Where log lines go: any object with `debug`/`info`/`warn`/`error` methods (console, pino,
   * winston...), each called with the line and the event as an object. Shared stores also warn
   * here, once, about an unsafe setup (a Redis that does not persist, a namespace set by hand):
   * that line comes alone, without an event, unless `logLevel` is `error` or `off`.
   * @default console, the line only
   */
  logger?: AlloLogger | undefined;
  /**
   * How much to log: `debug` (every attempt), `info` (every call), `warn` (retries), `error`
   * (failed calls), `off`. Lines name method, path (never the query), status, time and request id;
   * never the key nor a body.
   * @default the ALLO_LOG environment variable, else "off"
   */
  logLevel?: AlloLogLevel | undefined;
  /**
   * Paces calls to Allo's published limits per key, so that they wait for their turn instead of
   * collecting 429s: GETs are reads, every other method a write (the searches, which are POSTs,
   * included). The gate also follows Allo's `X-RateLimit-*` headers, and a 429 pauses every call of
   * the client for its `Retry-After`. A call waits at most its `timeout` for its turn. `false`
   * turns the gate off; limits given turn it on for any baseUrl.
   * @default { readsPerSecond: 20, writesPerSecond: 5 }, paced from the first call on Allo's API (a
   *   baseUrl on withallo.com). On any other baseUrl (a gateway or proxy in front of Allo, a mock, a
   *   test server) the gate follows the answers' `X-RateLimit-*` headers once they carry any (a
   *   bucket out of calls waits for its reset), and paces every call from the first 429 on.
   */
  rateLimit?: RateLimitOptions | false | undefined;
  /**
   * Where the rate gate's schedule and the SMS idempotency keys are kept. Each client keeps its own
   * in memory by default; `createRedisStores(redis)` (allo-client/redis) shares them between
   * processes and machines using one key: the client names its keys in Redis after a hash of
   * `apiKey`, so every process on the key shares them.
   * @default createMemoryStores(), for this client alone
   */
  stores?: ClientStores | undefined;
  /**
   * Checks each answer against the operation's answer schema from the spec, to learn where the live
   * API differs from it (in staging, say). As tolerant as the spec: unknown fields and enum values
   * pass; a wrong type, a missing required field or a broken format is a difference. `"warn"`: each
   * difference is logged once per method, place and rule, through `logger.warn`, with the request
   * id and never the value; that warning comes at the default `logLevel` too (it was asked for),
   * unless `logLevel` (or ALLO_LOG) is `error` or `off`. `"throw"`: a call whose answer differs
   * throws `AlloAnswerError` instead of answering (the call itself was done, a write included).
   * `allo.drift()` lists every difference seen. The schemas are loaded with the first answer
   * checked, never by a client that does not check.
   * @default the ALLO_VALIDATE_ANSWERS environment variable (`warn` or `throw`), else false
   */
  validateAnswers?: ValidateAnswers | undefined;
}

/** The rate gate's limits (`rateLimit`). */
export interface RateLimitOptions {
  /**
   * GET calls started per second, at most.
   * @default 20
   */
  readsPerSecond?: number | undefined;
  /**
   * POST, PUT, PATCH and DELETE calls started per second, at most.
   * @default 5
   */
  writesPerSecond?: number | undefined;
}

/** Options of one call, the last argument of every method. */
export interface RequestOptions {
  /** Cancels the call, including a wait between retries. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `timeout` for this call, in ms. */
  timeout?: number | undefined;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number | undefined;
  /** Headers added to this call; an `X-Request-Id` here is the call's request id. */
  headers?: Record<string, string> | undefined;
  /**
   * The `Idempotency-Key` of this call, for the operations Allo deduplicates by it (the client
   * makes one per call otherwise, the same on every retry). Pass your own to make a retry of your
   * own safe too. For `sms.send` and `sms.sendFrance`, which Allo does not deduplicate, it is the
   * client's own at-most-once key (kept in `stores`, never sent): a key already sent answers what
   * it answered then, without sending.
   */
  idempotencyKey?: string | undefined;
}

/** Options of one `…All` call: those of every call, and how many pages to fetch ahead. */
export interface PagingOptions extends RequestOptions {
  /**
   * Pages fetched at once, ahead of the one you are reading, in order: never more than this many
   * pages in memory. 1 reads one page at a time. Reads go through the rate gate like any call.
   * @default 4
   */
  concurrency?: number | undefined;
}

/** Every default, in one place. */
export const DEFAULTS = {
  baseUrl: "https://api.withallo.com",
  allowInsecureHttp: false,
  timeout: 30_000,
  maxRetries: 2,
  maxRetryDelay: 30_000,
  maxResponseBytes: 16 * 1024 * 1024,
  maxRequestBytes: 1024 * 1024,
  logLevel: "off",
  // Allo's published limits: from the first call on Allo's own API, from the first 429 elsewhere (see AlloClientOptions.rateLimit).
  rateLimit: { readsPerSecond: 20, writesPerSecond: 5 },
  validateAnswers: false,
} as const;

/** Pages a `…All` call fetches at once by default (PagingOptions.concurrency). */
export const DEFAULT_CONCURRENCY = 4;
/** The most pages a `…All` call may fetch at once. */
export const MAX_CONCURRENCY = 32;

/** Client options with defaults applied, the key excepted (it never leaves the transport's closure). */
export interface ResolvedOptions {
  baseUrl: string;
  timeout: number;
  headers: Record<string, string>;
  fetch: typeof globalThis.fetch;
  maxRetries: number;
  maxRetryDelay: number;
  maxResponseBytes: number;
  maxRequestBytes: number;
  logger: AlloLogger;
  logLevel: AlloLogLevel;
  /**
   * Calls per second by bucket, and whether calls are paced from the first (true: Allo's API, or
   * limits given) or only once a 429 says the server enforces them; or false: no gate.
   */
  rateLimit: { read: number; write: number; paced: boolean } | false;
  stores: ClientStores;
  validateAnswers: ValidateAnswers;
  /** What the client says once, unasked for (a store's unsafe setup, an answer that differs from the spec). */
  notices: Notices;
}

/** A version suffix (`/v1/api`, `/v2/api`) older docs put in the base URL: the paths carry it now. */
const VERSION_SUFFIX = /\/v[12]\/api\/*$/;

/** The options `new AlloClient` reads; any other key is a typo or a leftover, and refused. */
const OPTION_KEYS = [
  "apiKey",
  "baseUrl",
  "allowInsecureHttp",
  "timeout",
  "headers",
  "fetch",
  "maxRetries",
  "maxRetryDelay",
  "maxResponseBytes",
  "maxRequestBytes",
  "logger",
  "logLevel",
  "rateLimit",
  "stores",
  "validateAnswers",
] as const satisfies ReadonlyArray<keyof AlloClientOptions>;

export function resolveOptions(options: AlloClientOptions): ResolvedOptions {
  const refuse = (field: string, message: string): never => {
    throw new AlloValidationError("new AlloClient", [{ field, message }]);
  };
  if (options === null || typeof options !== "object") refuse("options", "must be an object with at least { apiKey }");
  for (const key of Object.keys(options)) {
    if ((OPTION_KEYS as readonly string[]).includes(key)) continue;
    const guess = closest(key, OPTION_KEYS);
    refuse(key, `is not an option of AlloClient${guess ? `: did you mean ${guess}?` : ""} (it reads ${OPTION_KEYS.join(", ")})`);
  }
  const { apiKey } = options;
  if (typeof apiKey !== "string" || apiKey.trim() === "") {
    refuse("apiKey", "is required: the raw API key from web.withallo.com/settings/api");
  }
  if (/^bearer\s/i.test(apiKey)) refuse("apiKey", "must be the raw key, without a 'Bearer ' prefix");
  if (!isHeaderValue(apiKey)) {
    // Never quote the key: say where it went wrong, by kind of character only.
    refuse(
      "apiKey",
      "contains a line break or a control character, which a header cannot carry (often a badly pasted environment variable): copy the key again",
    );
  }

  // A path such as "/api/allo" (the app's proxy route) is resolved against the page in a browser.
  // Without a page (server rendering of a client component) it is kept as a path: constructing the
  // client works, and a request, which needs a page, is refused then (see transport.ts).
  const given = options.baseUrl ?? DEFAULTS.baseUrl;
  const raw = typeof given === "string" ? given.replace(VERSION_SUFFIX, "") : given;
  const page = pageUrl();
  let baseUrl = "";
  if (typeof raw === "string" && raw.startsWith("/") && !raw.startsWith("//") && !page) {
    baseUrl = raw.replace(/\/+$/, "");
  } else {
    const url = urlOf(raw, page);
    if (!url) refuse("baseUrl", "must be an absolute URL, such as https://api.withallo.com, or a path in a browser");
    else {
      if (url.protocol !== "https:" && url.protocol !== "http:") refuse("baseUrl", "must be an http(s) URL");
      // Never repeated in the message: they are secrets too.
      if (url.username || url.password)
        refuse("baseUrl", "must not carry a user name or password: the client authenticates with apiKey alone");
      // A path resolved against the page goes to the page's own origin, by the channel the page came by.
      const samePage = typeof raw === "string" && raw.startsWith("/") && !raw.startsWith("//");
      if (
        url.protocol === "http:" &&
        !samePage &&
        !isLoopback(url.hostname) &&
        !(options.allowInsecureHttp ?? DEFAULTS.allowInsecureHttp)
      ) {
        refuse(
          "baseUrl",
          "is http:// on a host other than this machine: the API key would travel unencrypted, readable by anything on the way. Use https://, or set allowInsecureHttp: true (--allow-insecure-http) if that is really meant",
        );
      }
      baseUrl = url.href.replace(/\/+$/, "");
    }
  }
  if (options.allowInsecureHttp !== undefined && typeof options.allowInsecureHttp !== "boolean")
    refuse("allowInsecureHttp", "must be true or false");

  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") refuse("fetch", "is required on runtimes without a global fetch");

  const logger = options.logger ?? consoleLogger;
  const levelGiven = options.logLevel ?? envLogLevel();
  const logLevel = levelGiven ?? DEFAULTS.logLevel;
  if (!isLogLevel(logLevel)) refuse("logLevel", "must be one of debug, info, warn, error, off");
  if (logger === null || typeof logger !== "object")
    refuse("logger", "must be an object with debug/info/warn/error methods, such as console");
  const notices = createNotices(logger, logLevel, levelGiven !== undefined);
  const validateAnswers = options.validateAnswers ?? envValidateAnswers() ?? DEFAULTS.validateAnswers;
  if (validateAnswers !== false && validateAnswers !== "warn" && validateAnswers !== "throw")
    refuse("validateAnswers", 'must be "warn", "throw" or false');
  const resolved: ResolvedOptions = {
    baseUrl,
    timeout: positive("timeout", options.timeout ?? DEFAULTS.timeout, refuse),
    headers: { ...options.headers },
    fetch: fetchImpl,
    maxRetries: count("maxRetries", options.maxRetries ?? DEFAULTS.maxRetries, refuse),
    maxRetryDelay: nonNegative("maxRetryDelay", options.maxRetryDelay ?? DEFAULTS.maxRetryDelay, refuse),
    maxResponseBytes: positive("maxResponseBytes", options.maxResponseBytes ?? DEFAULTS.maxResponseBytes, refuse, "bytes"),
    maxRequestBytes: positive("maxRequestBytes", options.maxRequestBytes ?? DEFAULTS.maxRequestBytes, refuse, "bytes"),
    logger,
    logLevel,
    rateLimit: rateLimitOf(options.rateLimit, baseUrl, refuse),
    // Shared stores are told the key here, and keep only a hash of it.
    stores:
      options.stores === undefined ? createMemoryStores() : storesForApiKey(storesOf(options.stores, refuse), bareKey(apiKey), notices),
    validateAnswers,
    notices,
  };
  checkHeaders("headers", resolved.headers, "new AlloClient");
  return resolved;
}

type Refuse = (field: string, message: string) => never;

/** ALLO_VALIDATE_ANSWERS from the environment: `warn` or `throw`; anything else leaves the option to its default. */
function envValidateAnswers(): ValidateAnswers | undefined {
  const value = envVar("ALLO_VALIDATE_ANSWERS");
  return value === "warn" || value === "throw" ? value : undefined;
}

/** Whether a baseUrl is Allo's own API, where the published limits apply. */
function isAllo(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname;
    return host === "withallo.com" || host.endsWith(".withallo.com");
  } catch {
    // A path kept for a page to come (a browser's proxy route): not Allo itself.
    return false;
  }
}

function rateLimitOf(given: AlloClientOptions["rateLimit"], baseUrl: string, refuse: Refuse): ResolvedOptions["rateLimit"] {
  if (given === false) return false;
  if (given === undefined) {
    return { read: DEFAULTS.rateLimit.readsPerSecond, write: DEFAULTS.rateLimit.writesPerSecond, paced: isAllo(baseUrl) };
  }
  if (given === null || typeof given !== "object") refuse("rateLimit", "must be false or { readsPerSecond, writesPerSecond }");
  for (const key of Object.keys(given)) {
    if (key !== "readsPerSecond" && key !== "writesPerSecond")
      refuse(`rateLimit.${key}`, "is not known: rateLimit takes readsPerSecond and writesPerSecond");
  }
  const rate = (key: keyof RateLimitOptions): number => {
    const value = given[key] ?? DEFAULTS.rateLimit[key];
    if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value))
      refuse(`rateLimit.${key}`, "must be a positive number of calls per second");
    return value;
  };
  return { read: rate("readsPerSecond"), write: rate("writesPerSecond"), paced: true };
}

const STORE_METHODS = {
  rateLimits: ["reserve", "pause", "pausedFor"],
  smsKeys: ["peek", "claim", "settle", "release", "forget"],
} as const;

function storesOf(given: ClientStores, refuse: Refuse): ClientStores {
  if (given === null || typeof given !== "object")
    refuse("stores", "must be the object createMemoryStores() or createRedisStores(redis) returns");
  for (const [name, methods] of Object.entries(STORE_METHODS)) {
    const store = (given as unknown as Record<string, Record<string, unknown> | undefined>)[name];
    const missing = methods.filter((m) => typeof store?.[m] !== "function");
    if (missing.length > 0) refuse(`stores.${name}`, `must have the methods ${methods.join(", ")} (missing ${missing.join(", ")})`);
  }
  return given;
}

function urlOf(raw: unknown, page: string | undefined): URL | null {
  try {
    return new URL(raw as string, page);
  } catch {
    return null;
  }
}

/** Whether a URL's hostname is this machine: `localhost`, `127.0.0.0/8` or `::1`. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "localhost" || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The page's URL in a browser (or a runtime with `location`), else undefined. */
export function pageUrl(): string | undefined {
  const href = (globalThis as { location?: { href?: unknown } }).location?.href;
  return typeof href === "string" && /^https?:/.test(href) ? href : undefined;
}

export function positive(field: string, value: number, refuse: Refuse, unit = "ms"): number {
  if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) refuse(field, `must be a positive number of ${unit}`);
  return value;
}

export function nonNegative(field: string, value: number, refuse: Refuse): number {
  if (typeof value !== "number" || !(value >= 0) || !Number.isFinite(value)) refuse(field, "must be zero or a positive number of ms");
  return value;
}

export function count(field: string, value: number, refuse: Refuse): number {
  if (!Number.isInteger(value) || value < 0) refuse(field, "must be a whole number >= 0");
  return value;
}
