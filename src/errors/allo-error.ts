/**
 * The base of every error allo-client throws. Catch this to catch them all.
 *
 * @example
 * try { await allo.sms.send(input); } catch (e) { if (e instanceof AlloError) report(e.message); }
 */
export class AlloError extends Error {
  override name = "AlloError";
}
