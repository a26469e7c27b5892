// The one definition of what spells the key (src/http/key-forms.ts), used by the client's errors,
// the proxy, the MCP server and the CLI: what it cuts, where, and what it leaves alone.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { keyForms } from "../../src/http/key-forms.js";
import { redactDeep } from "../../src/http/redact.js";
import { findRuns, indexRuns } from "../../src/http/run-search.js";
import { echoes, keyRunIn, RUN, secretOf } from "../helpers/key-echoes.js";

const KEY = "ak_live_7Qm2Xv9Lp4Rt8Wz1Kc5Hd3Nf";
const key = keyForms(KEY);
const percentAll = (text: string) => [...Buffer.from(text)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");

describe("keyForms", () => {
  it.each(echoes(KEY))("cuts $form, leaving no run of the key in any reading", ({ text }) => {
    const cut = key.cut(`before ${text} after`);
    expect(key.carries(text)).toBe(true);
    expect(keyRunIn(cut, KEY), cut).toBeNull();
    expect(cut).toMatch(/^before .*\[redacted\].* after$/);
  });

  it("cuts a run as wide as it goes: nothing of the secret is left beside [redacted]", () => {
    expect(key.cut(`x${KEY}y`)).toBe("x[redacted]y");
    expect(key.cut(`id=${KEY.slice(0, 8 + RUN)}&`)).toBe("id=[redacted]&");
    // Only the public `ak_` and `live_` stay of a run that starts inside them.
    expect(key.cut(`id=${KEY.slice(3, 8 + RUN + 2)}&`)).toBe("id=live_[redacted]&");
    expect(key.cut(`${KEY} ${KEY}`)).toBe("[redacted] [redacted]");
  });

  it(`leaves ${RUN - 1} characters of the secret in a row alone, its public start with them, and a text without the key untouched`, () => {
    const near = `${KEY.slice(0, 8 + RUN - 1)} ${KEY.slice(-(RUN - 1))} ak_live_other_key_0000`;
    expect(key.cut(near)).toBe(near);
    expect(key.carries(near)).toBe(false);
    expect(key.cut("")).toBe("");
  });

  it(`confirms no guess at the secret shorter than ${RUN} characters: every such run, right or not, is left as sent`, () => {
    // Whoever gets Allo to echo text of their own (an id in a 404) sees whether it came back cut: a
    // run that short, cut when right, could be guessed and then widened a character at a time.
    const secret = secretOf(KEY);
    for (let length = 1; length < RUN; length++) {
      for (let at = 0; at + length <= secret.length; at++) {
        const guess = `${at === 0 ? "ak_live_" : ""}${secret.slice(at, at + length)}`;
        const echoed = `No user found with ID '${guess}'.`;
        expect(key.cut(echoed), guess).toBe(echoed);
      }
    }
  });

  it("looks for no form of a key shorter than 8 characters: it would cut ordinary words", () => {
    expect(keyForms("secret").cut("a secret word")).toBe("a secret word");
  });

  it("cuts a key given with Api-Key whole, its prefix included, and the bare key too", () => {
    const prefixed = keyForms(`Api-Key ${KEY}`);
    expect(prefixed.cut(`header: Api-Key ${KEY}.`)).toBe("header: [redacted].");
    expect(prefixed.cut(`bare: ${KEY}.`)).toBe("bare: [redacted].");
  });

  it("cuts a percent-encoded key where it stands, the escapes around it kept", () => {
    expect(key.cut(`a%20${percentAll(KEY)}%20b`)).toBe("a%20[redacted]%20b");
    const some = [...KEY].map((c, i) => (i % 3 === 0 ? percentAll(c).toLowerCase() : c)).join("");
    expect(key.cut(`%2F${some}%2F`)).toBe("%2F[redacted]%2F");
  });

  it("finds a key with a % of its own as written, and percent-encoded", () => {
    // Read as escapes, `%41` would be an A: the key as written is looked for too.
    const odd = "ak_live_%41bc_7Qm2Xv9Lp4";
    expect(keyForms(odd).cut(`k=${odd}&`)).toBe("k=[redacted]&");
    expect(keyForms(odd).cut(`k=${encodeURIComponent(odd)}&`)).toBe("k=[redacted]&");
  });

  it("finds a key beyond ASCII in its UTF-8 percent-encoding", () => {
    const latin = "ak_live_été_7Qm2Xv9Lp4";
    expect(keyForms(latin).cut(`k=${encodeURIComponent(latin)}&`)).toBe("k=[redacted]&");
    expect(keyForms(latin).cut(`k=${Buffer.from(latin).toString("hex")}`)).toBe("k=[redacted]");
  });

  it.each([0, 1, 2])("finds URL-safe base64 of a key whose base64 has + and /, the key at byte %i", (at) => {
    // `~`, `?` and `>` give + and / in base64 at every alignment: URL-safe base64 spells them - and _.
    const odd = "ak_live_~?>~?>_ab>?~cd?>~";
    const encoded = Buffer.from(`${"x".repeat(at)}${odd}`).toString("base64url");
    expect(encoded).toMatch(/[-_]/);
    const cut = keyForms(odd).cut(`t=${encoded}`);
    expect(keyRunIn(cut, odd), cut).toBeNull();
    expect(cut).toContain("[redacted]");
  });

  it("shows nothing of the key when inspected", () => {
    const shown = inspect(key, { depth: Number.POSITIVE_INFINITY, showHidden: true });
    expect(keyRunIn(shown, KEY)).toBeNull();
    expect(JSON.stringify(key)).not.toContain(KEY.slice(8, 16));
  });
});

describe("redactDeep", () => {
  it("cuts the key from every string, object keys included", () => {
    const value = { [`k_${KEY}`]: [{ m: `got ${Buffer.from(KEY).toString("base64")}` }, KEY.slice(0, 8 + RUN)] };
    const cut = redactDeep(value, key);
    // The base64's last characters mix in its padding: they are no run of the key.
    expect(cut).toEqual({ "k_[redacted]": [{ m: expect.stringMatching(/^got \[redacted\]/) }, "[redacted]"] });
    expect(keyRunIn(JSON.stringify(cut), KEY)).toBeNull();
  });

  it("withholds a value nested deeper than it walks when that value holds the key, keeps it otherwise", () => {
    const nest = (leaf: unknown) => {
      let value: unknown = leaf;
      for (let i = 0; i < 40; i++) value = { a: value };
      return value;
    };
    expect(JSON.stringify(redactDeep(nest(`x ${KEY}`), key))).not.toContain(KEY.slice(8, 20));
    expect(redactDeep(nest("plain"), key)).toEqual(nest("plain"));
  });
});

describe("the run search", () => {
  it("finds a run whose only whole block starts where a longer block of another text matches too", () => {
    // In "zABCDEFghijk", the one whole block of the first text is DEFghi, at 4; the second text's
    // block DEFghijk stands at the same place and is the one the expression names.
    const index = indexRuns([
      { text: "xyzABCDEFghijk", run: 12 },
      { text: "DEFghijkLMNOPQRS", run: 16 },
    ]);
    expect(findRuns("zABCDEFghijk", index)).toEqual([[0, 12]]);
  });
});
