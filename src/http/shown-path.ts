// Phone numbers are personal data, and a few paths carry one (a conversation's contact in
// `/v2/api/conversations/{contact_number}/action`). What the client shows of a request (its
// errors, the CLI's lines about a call, the proxy's refusals) never holds one: a value that reads
// as a phone number is shown as the name of its parameter instead. Queries are never shown at all.

/** A value that reads as a phone number: digits, maybe a leading `+`, maybe spaced or punctuated. */
const PHONE_LIKE = /^\+?\d[\d\s().-]{4,}\d$/;

/** Whether a path parameter's value may be shown: not when it reads as a phone number. */
export function isShowable(value: string): boolean {
  return !PHONE_LIKE.test(value);
}

/**
 * A request's path (without its query) as it may be shown: each segment that is a phone number
 * (its `+` percent-encoded or not) becomes the template's name for that place (`{contact_number}`),
 * or `{number}` where no template is known (a path no route matched). The template is matched
 * against the end of the path, which a base URL may prefix (`/allo/v2/api/...`).
 */
export function shownPath(path: string, template = ""): string {
  const segments = path.split("/");
  const named = template.split("/");
  return segments
    .map((segment, i) => {
      if (isShowable(segment.replace(/^%2B/i, "+"))) return segment;
      const name = named[i + named.length - segments.length];
      return name?.[0] === "{" ? name : "{number}";
    })
    .join("/");
}
