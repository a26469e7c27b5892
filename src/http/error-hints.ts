// The spec's hints for error codes (generated/error-hints.ts), imported on the first error answer
// a client gets: a client never answered with an error never loads them, and an app's bundler
// keeps them out of the code it loads up front. The answer came, so the network is up for a
// browser to fetch their chunk; one that cannot be fetched only leaves the hint out.
let loading: Promise<Readonly<Record<string, string>>> | undefined;

/** What to do about `code`, from the spec, or null. */
export async function errorHintOf(code: string): Promise<string | null> {
  loading ??= import("../../generated/error-hints.js").then(({ errorHints }) => errorHints);
  try {
    const hints = await loading;
    return Object.hasOwn(hints, code) ? hints[code]! : null;
  } catch {
    // Tried again on the next error answer.
    loading = undefined;
    return null;
  }
}
