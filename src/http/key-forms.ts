// The one definition of what spells the API key in a text, for everything that must not show it:
// the client's errors, the proxy's answers, the MCP server's results, the CLI's output. A
// misconfigured gateway has been seen to echo the key as given, without its `Api-Key ` prefix, in
// base64 (standard or URL-safe, inside a longer encoded text), in hex, percent-encoded (every byte
// or some, either case), or cut short.
//
// A part of the key counts as the key's when it holds a run of at least SECRET_RUN bytes of its
// secret (what follows the public `ak_live_`), in any of those forms, anywhere in the key. Not
// fewer, because a cut can be watched: whoever gets Allo to echo text of their own (an id in a
// 404's message, a header, a contact's name, through the proxy) sees whether it came back cut. A
// run short enough to guess would be confirmed that way, then widened a character at a time until
// the whole key is known. Sixteen characters of the secret are 64 bits even of hex, too many to
// guess; fewer of them, shown, leave too many unknown to try. A key whose secret is shorter than
// that counts only whole.

import { findRuns, indexRuns, replaceSpans, type Wanted } from "./run-search.js";

export const REDACTED = "[redacted]";

/** A run of this many bytes of the key's secret, in any form, is the key's own. */
export const SECRET_RUN = 16;

/** The start Allo's keys share (`ak_live_`, `ak_test_`): public, so no part of what must stay secret. */
const PUBLIC_PREFIX = /^[a-z]+_(?:live|test)_/i;

/** Shorter than this, a form would cut ordinary words: it is not looked for. */
const SHORTEST = 8;

/** The key in every form worth looking for. Its text lives only in closures: inspecting it shows none. */
export interface KeyForms {
  /** Whether `text` spells the key, or a run of it, in one of its forms. */
  carries(text: string): boolean;
  /** `text` with each spelling of the key, or a run of it, replaced by `[redacted]`. */
  cut(text: string): string;
  /** The same forms as JSON.stringify writes them inside a string, for a JSON text written back. */
  inJson(): KeyForms;
  /** Whether JSON escapes a character of the key wherever it writes it (a quote, a backslash...). */
  readonly escapedInJson: boolean;
}

/**
 * The forms of `apiKey` (with or without its `Api-Key ` prefix).
 *
 * @example
 * keyForms("ak_live_4f9c2a7e1b5d").cut("bad key ak_live_4f9c...") // "bad key [redacted]..."
 */
/**
 * The key as Allo reads it: without the `Api-Key ` prefix Allo also takes, nor the spaces around it
 * that a header loses. Two spellings of one key are one account's, and share its stores.
 */
export function bareKey(apiKey: string): string {
  return apiKey.trim().replace(/^api-key\s+/i, "");
}

export function keyForms(apiKey: string): KeyForms {
  const bare = bareKey(apiKey);
  const publicStart = PUBLIC_PREFIX.exec(bare)?.[0] ?? "";
  const secret = bare.slice(publicStart.length);
  const list: Array<[string, number]> = [
    // Given with its prefix, it is cut whole, prefix included.
    ...(bare === apiKey ? [] : [[apiKey, apiKey.length] as [string, number]]),
    ...(utf8(secret).length < SECRET_RUN
      ? // Too short for a run: the key is looked for whole, its public start included.
        [[bare, bare.length] as [string, number], ...encodings(utf8(bare), utf8(bare).length)]
      : // A run may start in the public prefix: it must then go on for SECRET_RUN bytes of the secret.
        [
          [bare, publicStart.length + SECRET_RUN] as [string, number],
          [secret, SECRET_RUN] as [string, number],
          ...encodings(utf8(bare), publicStart.length + SECRET_RUN),
          ...encodings(utf8(secret), SECRET_RUN),
        ]),
  ];
  return formsOf(list);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** `bytes` in each encoding looked for, with how long a run of `run` bytes is in it. */
function encodings(bytes: Uint8Array, run: number): Array<[string, number]> {
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return [
    // Percent escapes are read into one character per byte before the search (see `readings`): a key
    // beyond ASCII then reads as its UTF-8 bytes, one character each.
    [String.fromCharCode(...bytes), run],
    [hex, 2 * run],
    [hex.toUpperCase(), 2 * run],
    // In base64, `run` bytes give this many characters of their own (the rest mix in their
    // neighbours' bits), however they are aligned.
    ...base64Cores(bytes).map((core): [string, number] => [core, Math.floor((8 * run - 4) / 6)]),
  ];
}

/**
 * The key's base64 at each of the three byte alignments it can have inside a longer encoded text,
 * standard and URL-safe: only the characters that depend on the key alone.
 */
function base64Cores(bytes: Uint8Array): string[] {
  const cores: string[] = [];
  for (const offset of [0, 1, 2]) {
    const shifted = new Uint8Array(offset + bytes.length);
    shifted.set(bytes, offset);
    const encoded = btoa(String.fromCharCode(...shifted));
    // Characters before `start` mix in bits of the bytes before the key, and those from `end` on
    // bits of the bytes after it.
    const start = [0, 2, 3][offset]!;
    const end = Math.floor(((offset + bytes.length) * 8) / 6);
    const core = encoded.slice(start, end);
    cores.push(core, core.replaceAll("+", "-").replaceAll("/", "_"));
  }
  return cores;
}

function formsOf(list: ReadonlyArray<readonly [string, number]>): KeyForms {
  const wanted = new Map<string, Wanted>();
  for (const [text, run] of list) {
    const w = { text, run: Math.min(run, text.length) };
    if (w.run >= SHORTEST) wanted.set(`${w.run}:${text}`, w);
  }
  const spellings = [...wanted.values()];
  const index = spellings.length === 0 ? null : indexRuns(spellings);
  // A key with a `%` of its own is looked for as written too: reading escapes would change it.
  const withPercent = spellings.some(({ text }) => text.includes("%"));
  const spans = (text: string, first: boolean): Array<[number, number]> => {
    // Most texts are short, or hold no escape: they are searched once, as they are.
    if (index === null || text.length < index.shortest) return [];
    if (!text.includes("%")) return findRuns(text, index, first);
    return readings(text, withPercent).flatMap((r) => findRuns(r.view, index, first).map(([start, end]) => r.source(start, end)));
  };
  const forms: KeyForms = {
    carries: (text) => spans(text, true).length > 0,
    cut: (text) => replaceSpans(text, spans(text, false), REDACTED),
    inJson: () => formsOf(spellings.map(({ text, run }) => [JSON.stringify(text).slice(1, -1), run] as const)),
    escapedInJson: spellings.some(({ text }) => JSON.stringify(text).length !== text.length + 2),
  };
  return Object.freeze(forms);
}

/** A text to search and, for each of its characters, where it came from in the original text. */
interface Reading {
  view: string;
  /** The span in the original text of the view's span [start, end). */
  source(start: number, end: number): [number, number];
}

/**
 * The text with each percent escape read as the one character of its byte (`%6B` and `%6b`
 * alike): a key encoded whole, in part, or in either case reads as itself there, and one written
 * plainly reads as it is. With `asIs`, the text as it is too.
 */
function readings(text: string, asIs: boolean): Reading[] {
  const written: Reading = { view: text, source: (start, end) => [start, end] };
  const escapes: number[] = [];
  const view = text.replace(/%([0-9a-f]{2})/gi, (_, byte: string, at: number) => {
    escapes.push(at);
    return String.fromCharCode(parseInt(byte, 16));
  });
  if (escapes.length === 0) return [written];
  // The k-th escape, 3 characters in the text, is the one character at escapes[k] - 2k in the view.
  const inView = escapes.map((at, k) => at - 2 * k);
  const startOf = (i: number) => {
    const before = countBelow(inView, i);
    return i + 2 * before;
  };
  const endOf = (i: number) => {
    // The end of view character i - 1, in the text.
    const before = countBelow(inView, i - 1);
    const isEscape = before < inView.length && inView[before] === i - 1;
    return i - 1 + 2 * before + (isEscape ? 3 : 1);
  };
  const read: Reading = { view, source: (start, end) => [startOf(start), endOf(end)] };
  return asIs ? [written, read] : [read];
}

/** How many of the sorted `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
