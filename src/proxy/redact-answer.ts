// The key cut out of what Allo (or a gateway in front of it) answers, in every form keyForms
// defines (as is, base64, hex, percent-encoded, a run of it), and JSON-escaped
// (`\u0073\u006b...`), which is found on the parsed answer.
import type { KeyForms } from "../http/redact.js";

/** What an answer body becomes when the key was found in a form that cannot be cut out alone. */
export const WITHHELD = "[the answer carried the API key and was withheld by the proxy]";

/**
 * An answer body with the key cut out. Escapes are the one way a body can hide the key from a
 * plain search: a body whose escapes, once read, spell the key is parsed and searched as JSON
 * writes its strings back; one that is not JSON is withheld whole. Most answers have no escape, or
 * none that hides the key, and are searched as they are, at the cost of a string search.
 */
export function redactAnswer(text: string, key: KeyForms): string {
  const plain = key.cut(text);
  // A key with a quote, a backslash or a control character is escaped in any JSON that holds it.
  const hidden = key.escapedInJson ? plain.includes("\\") : /\\[ux/]/i.test(plain) && key.carries(unescapeScript(plain));
  if (!hidden) return plain;
  let parsed: unknown;
  try {
    parsed = JSON.parse(plain);
  } catch {
    return key.carries(unescapeScript(plain)) ? WITHHELD : plain;
  }
  let canonical: string;
  try {
    canonical = JSON.stringify(parsed);
  } catch {
    // Nesting deeper than JSON.stringify can write back: it cannot be searched, so it is not sent.
    return WITHHELD;
  }
  // In JSON.stringify's output each string is written one way: the forms as it writes them.
  const written = key.inJson();
  // Untouched, the body keeps Allo's formatting (and numbers beyond 2^53, which a parse rounds).
  return written.carries(canonical) ? written.cut(canonical) : plain;
}

/** `\uXXXX`, `\xXX` and `\/` read as the characters they stand for, as a script on an HTML page would. */
function unescapeScript(text: string): string {
  return text
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\x([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replaceAll("\\/", "/");
}
