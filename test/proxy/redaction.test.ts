// The key never reaches the browser, whatever form an upstream echoes it in: as is, JSON-escaped
// (found on the parsed answer), base64 (standard or URL-safe, at any alignment inside a longer
// encoded text), percent-encoded; in a body, an object key, a header, an HTML page. The upstream is
// a real node:http server answering as a misconfigured gateway would.
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { json } from "../helpers/fault-server.js";
import { echoes, keyRunIn, RUN } from "../helpers/key-echoes.js";
import { keyForms } from "../../src/http/key-forms.js";
import { browserRequest, fakeAllo, KEY, readable } from "./harness.js";

const fake = fakeAllo();

const b64 = (text: string) => Buffer.from(text).toString("base64");
const b64url = (text: string) => Buffer.from(text).toString("base64url");
/** Every character as a \uXXXX escape, as some JSON writers emit non-ASCII-safe output. */
const escapeAll = (text: string) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");

/** Reads the proxied answer and checks no form of the key is in anything the browser can read. */
async function throughProxy(answer: (res: import("node:http").ServerResponse) => void) {
  fake.answer((_req, res) => answer(res));
  const got = await readable(await fake.proxy()(browserRequest("/v1/api/numbers")));
  const decoded = decodeAll(got.all);
  expect(decoded, "the browser could read the key").not.toContain(KEY);
  return got;
}

/** What a reader can make of a text: JSON escapes read, and every base64 run decoded. */
function decodeAll(text: string): string {
  const unescaped = text.replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replaceAll("\\/", "/");
  const runs = unescaped.match(/[A-Za-z0-9+/_-]{12,}/g) ?? [];
  const decoded = runs.flatMap((run) =>
    [0, 1, 2, 3].map((skip) => Buffer.from(run.slice(skip).replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1")),
  );
  return [unescaped, decodeURIComponent(unescaped.replace(/%(?![0-9a-f]{2})/gi, "%25")), ...decoded].join("\n");
}

describe("the key in an answer's body", () => {
  it("as is, in a value and in an object key", async () => {
    const { text } = await throughProxy((res) =>
      json(res, 401, { code: "API_KEY_INVALID", details: [{ field: "authorization", message: `unknown key ${KEY}` }], [KEY]: 1 }),
    );
    expect(JSON.parse(text)).toEqual({
      code: "API_KEY_INVALID",
      details: [{ field: "authorization", message: "unknown key [redacted]" }],
      "[redacted]": 1,
    });
  });

  it("as is, echoed by a debug upstream that quotes the headers it received", async () => {
    const { text } = await throughProxy((res) => json(res, 200, { data: { headers: { authorization: KEY } } }));
    expect(JSON.parse(text).data.headers.authorization).toBe("[redacted]");
  });

  it("JSON-escaped, every character (\\u0073\\u006b...): found on the parsed answer", async () => {
    const { text } = await throughProxy((res) =>
      res
        .writeHead(401, { "content-type": "application/json" })
        .end(`{"code":"API_KEY_INVALID","details":[{"message":"key ${escapeAll(KEY)} unknown"}]}`),
    );
    expect(JSON.parse(text)).toEqual({ code: "API_KEY_INVALID", details: [{ message: "key [redacted] unknown" }] });
  });

  it("JSON-escaped, one character only, in its middle (sk_live_ab\\u00312cd...): found on the parsed answer", async () => {
    // A short key, so that neither side of the escape is a run long enough to be cut as it is.
    const key = "sk_live_ab12cd34ef56";
    const partly = `${key.slice(0, 10)}\\u0031${key.slice(11)}`;
    fake.answer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(`{"data":{"k":"${partly}"}}`));
    const { all, text } = await readable(await fake.proxy({ apiKey: key })(browserRequest("/v1/api/numbers")));
    expect(JSON.parse(text)).toEqual({ data: { k: "[redacted]" } });
    expect(keyRunIn(all, key)).toBeNull();
  });

  it("JSON-escaped, one character only, near its start (sk\\u005flive...): the run after it is cut as it is", async () => {
    const partly = KEY.replace("_", "\\u005f");
    const { text } = await throughProxy((res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(`{"data":{"k":"${partly}"}}`),
    );
    expect(JSON.parse(text)).toEqual({ data: { k: "sk_[redacted]" } });
  });

  it("JSON-escaped inside an object key", async () => {
    const { text } = await throughProxy((res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(`{"data":{"${escapeAll(KEY)}":true}}`),
    );
    expect(JSON.parse(text)).toEqual({ data: { "[redacted]": true } });
  });

  it.each([0, 1, 2])("base64 inside a longer encoded text, the key at byte %i of its 3-byte group", async (offset) => {
    const blob = b64(`${"x".repeat(offset)}Authorization: ${KEY}\r\nHost: api.withallo.com`);
    const { text } = await throughProxy((res) => json(res, 500, { code: "INTERNAL", details: [{ message: blob }] }));
    expect(text).toContain("[redacted]");
  });

  it.each([0, 1, 2])("URL-safe base64, the key at byte %i", async (offset) => {
    const blob = b64url(`${"y".repeat(offset)}{"key":"${KEY}"}`);
    await throughProxy((res) => json(res, 200, { data: { token: blob } }));
  });

  it("base64 with its slashes JSON-escaped (\\/), as some JSON writers emit", async () => {
    // A key whose base64, one byte in, has slashes inside the key's own characters.
    const key = "sk_live_ab?cd?ef?gh?ij";
    const blob = b64(`x${key}`);
    expect(blob.slice(4, -4)).toContain("/");
    fake.answer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(`{"data":"${blob.replaceAll("/", "\\/")}"}`));
    const { all } = await readable(await fake.proxy({ apiKey: key })(browserRequest("/v1/api/numbers")));
    expect(decodeAll(all)).not.toContain(key);
    expect(all).toContain("[redacted]");
  });

  it("percent-encoded, in a URL the answer quotes", async () => {
    const key = "sk live/PROXY+SECRET";
    fake.answer((_req, res) => json(res, 400, { code: "BAD", details: [{ message: `see https://x.test/?k=${encodeURIComponent(key)}` }] }));
    const { all } = await readable(await fake.proxy({ apiKey: key })(browserRequest("/v1/api/numbers")));
    expect(all).not.toContain(encodeURIComponent(key));
    expect(all).toContain("[redacted]");
  });

  it("as is, on an HTML error page from something in front of Allo", async () => {
    const { status, headers } = await throughProxy((res) =>
      res.writeHead(502, { "content-type": "text/html" }).end(`<html><body>Bad gateway for Authorization: ${KEY}</body></html>`),
    );
    expect(status).toBe(502);
    expect(headers["content-type"]).toBe("text/html");
  });

  it("JS-escaped in a script of an HTML page: the page is withheld, the status kept", async () => {
    const { status, text } = await throughProxy((res) =>
      res.writeHead(502, { "content-type": "text/html" }).end(`<script>var k = "${escapeAll(KEY)}";</script>`),
    );
    expect(status).toBe(502);
    expect(text).toMatch(/withheld/);
  });

  it("JSON-escaped 20,000 objects deep", async () => {
    const depth = 20_000;
    const body = `${'{"a":'.repeat(depth)}"${escapeAll(KEY)}"${"}".repeat(depth)}`;
    await throughProxy((res) => res.writeHead(200, { "content-type": "application/json" }).end(body));
  });
});

describe(`every form of the key, whole or a run of ${RUN} characters of its secret, in an error body and in a 2xx body`, () => {
  const answers = [
    {
      kind: "a 401",
      write: (res: ServerResponse, echo: string) =>
        json(res, 401, { code: "API_KEY_INVALID", details: [{ message: `unknown key ${echo}` }] }),
    },
    { kind: "a 200", write: (res: ServerResponse, echo: string) => json(res, 200, { data: { debug: `sent ${echo}`, [echo]: true } }) },
  ];
  it.each(echoes(KEY).flatMap((echo) => answers.map((answer) => ({ ...echo, ...answer }))))(
    `$form, in $kind: no reading of the bytes the browser gets shows ${RUN} characters of the secret`,
    async ({ text: echo, write }) => {
      fake.answer((_req, res) => write(res, echo));
      const { all, text } = await readable(await fake.proxy()(browserRequest("/v1/api/numbers")));
      expect(keyRunIn(all, KEY), all).toBeNull();
      expect(text).toContain("[redacted]");
    },
  );

  it(`an answer that shares ${RUN - 1} characters of the secret in a row with the key, fewer than the rule, is relayed as it is`, async () => {
    const near = { data: { id: `${KEY.slice(0, 8 + RUN - 1)}other`, tail: `x${KEY.slice(-(RUN - 1))}`, word: "sk_live_PRO" } };
    fake.answer((_req, res) => json(res, 200, near));
    const { text } = await readable(await fake.proxy()(browserRequest("/v1/api/numbers")));
    expect(JSON.parse(text)).toEqual(near);
  });
});

describe("the key in an answer's headers", () => {
  it.each([
    ["as is", KEY],
    ["base64", b64(`Bearer ${KEY}`)],
  ])("%s: the header is dropped", async (_what, value) => {
    const { headers } = await throughProxy((res) => json(res, 200, { data: [] }, { "x-request-id": `req-${value}`, "retry-after": value }));
    expect(headers["x-request-id"]).toBeUndefined();
    expect(headers["retry-after"]).toBeUndefined();
  });
});

describe("the key's forms", () => {
  it("cover the three base64 alignments, standard and URL-safe", () => {
    const key = keyForms(KEY);
    for (const offset of [0, 1, 2]) {
      expect(key.carries(b64(`${"z".repeat(offset)}${KEY}`))).toBe(true);
      expect(key.carries(b64url(`${"z".repeat(offset)}${KEY}?`))).toBe(true);
    }
  });
});

describe("a cut confirms no guess at the key", () => {
  // A browser user who gets Allo to echo a guess sees whether it comes back cut: a guess shorter
  // than the rule, right or wrong, must come back as it was sent.
  const right = KEY.slice(0, 8 + RUN - 1);
  const wrong = `${KEY.slice(0, 8 + RUN - 2)}${KEY[8 + RUN - 2] === "x" ? "y" : "x"}`;

  it(`an id echoed in Allo's 404 comes back as sent, whether or not it is ${RUN - 1} characters of the secret`, async () => {
    fake.answer((req, res) => {
      const id = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname.split("/").pop() ?? "");
      json(res, 404, { error: { type: "not_found_error", code: "NOT_FOUND", message: `No contact found with ID '${id}'.` } });
    });
    const proxy = fake.proxy();
    for (const guess of [right, wrong]) {
      const { status, text } = await readable(await proxy(browserRequest(`/v1/api/contact/${guess}`)));
      expect(status).toBe(404);
      expect(text, guess).toContain(`'${guess}'`);
    }
  });

  it(`an X-Request-Id echoed by Allo comes back as sent, whether or not it is ${RUN - 1} characters of the secret`, async () => {
    fake.answer((req, res) => json(res, 200, { data: [] }, { "x-request-id": String(req.headers["x-request-id"]) }));
    const proxy = fake.proxy();
    for (const guess of [right, wrong]) {
      const { headers } = await readable(await proxy(browserRequest("/v1/api/numbers", { headers: { "x-request-id": guess } })));
      expect(headers["x-request-id"], guess).toBe(guess);
    }
  });
});
