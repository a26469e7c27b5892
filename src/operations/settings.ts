// One call's settings: the client's, overridden by the call's own options (its last argument),
// each option checked before anything is claimed or sent.
import type { OperationEntry, OperationName } from "../../generated/operations.js";
import { AlloValidationError } from "../errors/index.js";
import { count, positive, type RequestOptions, type ResolvedOptions } from "../options.js";
import { checkHeaders, checkIdempotencyKey } from "../validate.js";

/** How one call is made. */
export interface CallSettings {
  signal: AbortSignal | undefined;
  timeout: number;
  maxRetries: number;
  /** The call's own headers (`options.headers`), added to the client's. */
  headers: Record<string, string> | undefined;
  /**
   * The caller's idempotency key: sent as `Idempotency-Key` where Allo deduplicates by it, kept by
   * the client for an at-most-once operation (SMS), which Allo does not deduplicate.
   */
  idempotencyKey: string | undefined;
}

/** The settings of a call of `name`, or the AlloValidationError that refuses its options. */
export function settingsOf(
  name: OperationName,
  op: OperationEntry,
  options: RequestOptions | undefined,
  client: ResolvedOptions,
): CallSettings {
  const settings: CallSettings = {
    signal: undefined,
    timeout: client.timeout,
    maxRetries: client.maxRetries,
    headers: undefined,
    idempotencyKey: undefined,
  };
  if (options === undefined) return settings;
  const refuse = (field: string, message: string): never => {
    throw new AlloValidationError(name, [{ field: field ? `options.${field}` : "options", message }]);
  };
  if (options === null || typeof options !== "object") {
    refuse("", "must be an object such as { signal, timeout, maxRetries, headers }, given as the last argument");
  }
  const { signal, headers, idempotencyKey } = options;
  if (signal !== undefined && (typeof signal !== "object" || typeof signal.addEventListener !== "function"))
    refuse("signal", "must be an AbortSignal");
  if (headers !== undefined) {
    checkHeaders("options.headers", headers, name);
    settings.headers = headers;
  }
  if (idempotencyKey !== undefined) {
    if (!op.idempotencyKey && !op.atMostOnce) {
      refuse("idempotencyKey", `is not taken by ${name}: Allo deduplicates only the operations that accept an Idempotency-Key`);
    }
    checkIdempotencyKey("options.idempotencyKey", idempotencyKey, name);
    settings.idempotencyKey = idempotencyKey;
  }
  settings.signal = signal;
  if (options.timeout !== undefined) settings.timeout = positive("timeout", options.timeout, refuse);
  if (options.maxRetries !== undefined) settings.maxRetries = count("maxRetries", options.maxRetries, refuse);
  return settings;
}
