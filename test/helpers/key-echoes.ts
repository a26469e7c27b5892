// The ways a misconfigured upstream has been seen to echo an API key, and a reader that looks for
// the key in a text by decoding it (the other way round from the code under test, which encodes
// the key): what a person holding the answer could recover of the key.

/** The run of the key's secret (what follows its public `ak_live_`) that counts as the key's own (docs/reliability.md). */
export const RUN = 16;

/** The key without its public start (`ak_live_`, `sk_test_`...): what must stay secret. */
export const secretOf = (key: string) => key.replace(/^[a-z]+_(?:live|test)_/i, "");

const bytesOf = (text: string) => Buffer.from(text, "utf8");
const b64 = (text: string) => bytesOf(text).toString("base64");
const b64url = (text: string) => bytesOf(text).toString("base64url");
const hex = (text: string) => bytesOf(text).toString("hex");
/** Every byte as %xx; `upper` for %XX; `mixed` alternates the case of the hex digits. */
const percentAll = (text: string, style: "lower" | "upper" | "mixed") =>
  [...bytesOf(text)]
    .map((b, i) => {
      const h = b.toString(16).padStart(2, "0");
      return `%${style === "upper" || (style === "mixed" && i % 2 === 1) ? h.toUpperCase() : h}`;
    })
    .join("");
/** Every other byte as %XX, the rest as it is. */
const percentSome = (text: string) => [...text].map((c, i) => (i % 2 === 0 ? percentAll(c, "upper") : c)).join("");

export interface Echo {
  form: string;
  text: string;
}

/** The key spelled each way an answer may spell it, whole or in part (a run of its secret, with its public start or not). */
export function echoes(key: string): Echo[] {
  const secret = secretOf(key);
  const head = key.slice(0, key.length - secret.length + RUN);
  return [
    { form: "as is", text: key },
    { form: "after Api-Key", text: `Api-Key ${key}` },
    ...[0, 1, 2].flatMap((at) => [
      { form: `base64 of a longer text, the key at byte ${at}`, text: b64(`${"x".repeat(at)}Authorization: ${key}\r\n`) },
      { form: `URL-safe base64 of a longer text, the key at byte ${at}`, text: b64url(`${"y".repeat(at)}{"key":"${key}"}`) },
    ]),
    { form: "base64 of the key alone", text: b64(key) },
    { form: "hex, lower case", text: hex(key) },
    { form: "hex, upper case", text: hex(key).toUpperCase() },
    { form: "hex of a longer text", text: hex(`Authorization: ${key}`) },
    { form: "percent-encoded, every byte, lower case", text: percentAll(key, "lower") },
    { form: "percent-encoded, every byte, upper case", text: percentAll(key, "upper") },
    { form: "percent-encoded, every byte, mixed case", text: percentAll(key, "mixed") },
    { form: "percent-encoded, every other byte", text: percentSome(key) },
    { form: `its public start and ${RUN} characters of its secret`, text: `${head}...` },
    { form: `the first ${RUN} characters of its secret`, text: `..${secret.slice(0, RUN)}..` },
    { form: `the last ${RUN} characters of its secret`, text: `...${key.slice(-RUN)}` },
    { form: `${RUN} characters from the middle of its secret`, text: `..${secret.slice(3, 3 + RUN)}..` },
    { form: `its public start and ${RUN} characters of its secret, percent-encoded`, text: percentAll(head, "upper") },
    { form: `its public start and ${RUN} characters of its secret, base64`, text: b64(head) },
    { form: `its public start and ${RUN} characters of its secret, hex`, text: hex(head) },
  ];
}

/** The readings of a text: as is, JSON escapes read, percent escapes read, hex and base64 runs decoded. */
function readings(text: string): string[] {
  const unescaped = text.replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replaceAll("\\/", "/");
  const unpercented = unescaped.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const out = [text, unescaped, unpercented];
  for (const source of [unescaped, unpercented]) {
    for (const run of source.match(/[0-9a-f]{8,}/gi) ?? []) {
      for (const skip of [0, 1]) out.push(Buffer.from(run.slice(skip), "hex").toString("latin1"));
    }
    for (const run of source.match(/[A-Za-z0-9+/_-]{8,}/g) ?? []) {
      const std = run.replace(/-/g, "+").replace(/_/g, "/");
      for (const skip of [0, 1, 2, 3]) out.push(Buffer.from(std.slice(skip), "base64").toString("latin1"));
    }
  }
  return out;
}

/** The first run of RUN characters of the key's secret that a reading of `text` shows (the whole key, if shorter), or null. */
export function keyRunIn(text: string, key: string): string | null {
  const all = readings(text);
  const secret = secretOf(key);
  const [within, size] = secret.length < RUN ? [key, key.length] : [secret, RUN];
  for (let at = 0; at + size <= within.length; at++) {
    const run = within.slice(at, at + size);
    if (all.some((reading) => reading.includes(run))) return run;
  }
  return null;
}
