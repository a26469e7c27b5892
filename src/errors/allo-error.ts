/**
 * The base of every error allo-client throws. Catch this to catch them all.
 *
 * @example
 * try { await allo.sms.send(input); } catch (e) { if (e instanceof AlloError) report(e.message); }
 */
export class AlloError extends Error {
  override name = "AlloError";
}

/** What every error of a request that was sent (or tried) carries besides its message. */
export interface RequestFailure {
  /** HTTP method. */
  method: string;
  /** Path, without query string or host (a query carries phone numbers); a phone number in it is shown as its parameter, `{contact_number}`. */
  path: string;
  /** The request id sent (`X-Request-Id`, the same on every attempt) or Allo's; quote it to Allo support. */
  requestId: string | null;
  /** Attempts made, retries included. */
  attempts: number;
  /** True when a write may have taken effect: check before sending it again. */
  maybeProcessed: boolean;
}
