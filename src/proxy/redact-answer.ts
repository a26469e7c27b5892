// The key cut out of what Allo (or a gateway in front of it) answers, in every form a misconfigured
// upstream has been seen to echo it: as is, JSON-escaped (`\u0073\u006b...`, found on the parsed
// answer), base64 (standard or URL-safe, at any position in a longer encoded text) and
// percent-encoded.
import { REDACTED, secretsOf } from "../http/redact.js";

/** What an answer body becomes when the key was found in a form that cannot be cut out alone. */
export const WITHHELD = "[the answer carried the API key and was withheld by the proxy]";

/**
 * Every text that spells the key: the key (with and without an `Api-Key ` prefix), its
 * percent-encoding, and its base64 at each of the three byte alignments it can have inside a
 * longer encoded text (only the characters that depend on the key alone), standard and URL-safe.
 */
export function secretForms(apiKey: string): string[] {
  const forms = new Set<string>();
  for (const secret of secretsOf(apiKey)) {
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    const bytes = new TextEncoder().encode(secret);
    for (const offset of [0, 1, 2]) {
      const shifted = new Uint8Array(offset + bytes.length);
      shifted.set(bytes, offset);
      const encoded = btoa(String.fromCharCode(...shifted));
      // Characters before `start` mix in bits of the bytes before the key, and those from `end` on
      // bits of the bytes after it.
      const start = [0, 2, 3][offset]!;
      const end = Math.floor(((offset + bytes.length) * 8) / 6);
      const core = encoded.slice(start, end);
      forms.add(core);
      forms.add(core.replaceAll("+", "-").replaceAll("/", "_"));
    }
  }
  // Too short to be the key's alone, such a form would redact ordinary words.
  return [...forms].filter((form) => form.length >= 8);
}

/** Whether `text` spells the key in one of `forms`. */
export function carries(text: string, forms: readonly string[]): boolean {
  return forms.some((form) => text.includes(form));
}

/** `text` with every form of the key replaced. */
export function cut(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
  return out;
}

/**
 * An answer body with the key cut out. Escapes are the one way a body can hide the key from a
 * plain search: a body whose escapes, once read, spell the key is parsed and searched as JSON
 * writes its strings back; one that is not JSON is withheld whole. Most answers have no escape, or
 * none that hides the key, and are searched as they are, at the cost of a string search.
 */
export function redactAnswer(text: string, forms: readonly string[]): string {
  const plain = cut(text, forms);
  // A key with a quote, a backslash or a control character is escaped in any JSON that holds it.
  const escapedAlways = forms.some((form) => /["\\\u0000-\u001f]/.test(form));
  const hidden = escapedAlways ? plain.includes("\\") : /\\[ux/]/i.test(plain) && carries(unescapeScript(plain), forms);
  if (!hidden) return plain;
  let parsed: unknown;
  try {
    parsed = JSON.parse(plain);
  } catch {
    return carries(unescapeScript(plain), forms) ? WITHHELD : plain;
  }
  let canonical: string;
  try {
    canonical = JSON.stringify(parsed);
  } catch {
    // Nesting deeper than JSON.stringify can write back: it cannot be searched, so it is not sent.
    return WITHHELD;
  }
  // In JSON.stringify's output each string is written one way: the form as it writes it.
  const written = forms.map((form) => JSON.stringify(form).slice(1, -1));
  // Untouched, the body keeps Allo's formatting (and numbers beyond 2^53, which a parse rounds).
  return carries(canonical, written) ? cut(canonical, written) : plain;
}

/** `\uXXXX`, `\xXX` and `\/` read as the characters they stand for, as a script on an HTML page would. */
function unescapeScript(text: string): string {
  return text
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\x([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replaceAll("\\/", "/");
}
