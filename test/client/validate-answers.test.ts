// validateAnswers against a real local server that answers off-spec on purpose, one way per
// operation: a number as a string, a missing required field, a date that is not one (each a
// difference), an extra field and an unknown enum value (each what the spec allows).
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AlloAnswerError, AlloClient, AlloValidationError, type AlloClientOptions } from "../../src/index.js";
import { json, startFaultServer, type FaultServer } from "../helpers/fault-server.js";

// The answer schemas' module, counted each time it is loaded (vitest loads a module once per file):
// a client that does not check answers must never load it.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../generated/answer-schemas.js", async (importOriginal) => {
  loads.count++;
  return importOriginal();
});

const PHONE = "+13055550142";
const NAME = "Jordan Rivera";

/** Per path, the `data` answered. */
const ANSWERS: Record<string, unknown> = {
  // A number as a string.
  "/v1/api/calls": {
    results: [
      {
        id: "call_1",
        from_number: PHONE,
        to_number: null,
        length_in_minutes: "5.5",
        type: "INBOUND",
        start_date: "2024-01-15T10:30:00",
        summary: NAME,
      },
    ],
    metadata: { total_pages: 1, current_page: 0 },
  },
  // A missing required field (country).
  "/v1/api/numbers": [{ number: PHONE, name: NAME, is_shared_number: false }],
  // A date that is not one.
  "/v1/api/contact/cnt_1": { id: "cnt_1", name: NAME, numbers: [PHONE], created_at: "yesterday" },
  // An extra field: passes.
  "/v1/api/webhooks": [
    { id: "wh_1", allo_number: PHONE, enabled: true, url: "https://example.com/hook", topics: ["CALL_RECEIVED"], secret_hint: NAME },
  ],
  // An enum value the spec does not list: passes (the enum is open).
  "/v2/api/users": [{ id: "usr_1", name: NAME, email: null, role: "SUPERVISOR", status: "ACTIVE" }],
  // An SMS answered with a date that is not one.
  "/v1/api/sms": { from_number: "+13055550180", to_number: PHONE, type: "OUTBOUND", content: "See you at 3", start_date: "not a date" },
};

/** The three differences, as the client names them. */
const DIFFERENCES = [
  { operation: "calls.search", location: "data.results[*].length_in_minutes", rule: "type: expected number" },
  { operation: "numbers.list", location: "data[*].country", rule: "required" },
  {
    operation: "contacts.get",
    location: "data.created_at",
    rule: "format: must be an ISO 8601 date-time, such as 2026-04-21T10:30:00 (its zone optional)",
  },
];

/** Values of the answers that no report may carry. */
const VALUES = [PHONE, NAME, "5.5", "yesterday", "not a date", "SUPERVISOR"];

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer((req, res, _seen, n) => {
    const path = (req.url ?? "").split("?")[0]!;
    if (!(path in ANSWERS)) return json(res, 404, { code: "NOT_FOUND" });
    json(res, 200, { data: ANSWERS[path] }, { "x-request-id": `srv-${n}` });
  });
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A client of the server whose `warn` lines are kept; the other levels are dropped. */
function clientWith(options: Partial<AlloClientOptions>): { allo: AlloClient; warnings: string[] } {
  const warnings: string[] = [];
  const allo = new AlloClient({ apiKey: "k", baseUrl: server.url, logger: { warn: (line) => warnings.push(line) }, ...options });
  return { allo, warnings };
}

/** One call of each of the five operations; each resolves to its answer or to the error it threw. */
async function callEach(allo: AlloClient): Promise<unknown[]> {
  const settle = <T>(p: PromiseLike<T>) =>
    Promise.resolve(p).then(
      (v) => v as unknown,
      (e: unknown) => e,
    );
  return [
    await settle(allo.calls.search({ allo_number: "+13055550180" })),
    await settle(allo.numbers.list()),
    await settle(allo.contacts.get("cnt_1")),
    await settle(allo.webhooks.list()),
    await settle(allo.users.list()),
  ];
}

const requestIdOf = (line: string) => /request (srv-\d+)/.exec(line)?.[1];

// First in the file: the module counter is still 0 only if nothing before loaded it.
describe("validateAnswers off (the default)", () => {
  it("answers everything, reports nothing, lists no drift and never loads the answer schemas", async () => {
    const { allo, warnings } = clientWith({});
    const answers = await callEach(allo);
    expect(answers.filter((a) => a instanceof Error)).toEqual([]);
    expect(answers[1]).toEqual(ANSWERS["/v1/api/numbers"]);
    expect(warnings).toEqual([]);
    expect(allo.drift()).toEqual([]);
    expect(loads.count).toBe(0);
  });
});

describe('validateAnswers: "warn"', () => {
  it("reports the wrong type, the missing field and the bad date, once each, with the request id and never a value", async () => {
    const { allo, warnings } = clientWith({ validateAnswers: "warn" });
    const first = server.seen.length;
    const answers = await callEach(allo);
    await callEach(allo);

    // Every answer is returned as it came, the off-spec ones included.
    expect(answers.filter((a) => a instanceof Error)).toEqual([]);
    expect(answers[2]).toEqual(ANSWERS["/v1/api/contact/cnt_1"]);
    expect(warnings).toHaveLength(3);
    DIFFERENCES.forEach((d, i) => {
      const line = warnings[i]!;
      expect(line).toContain(d.operation);
      expect(line).toContain(`at ${d.location} (${d.rule})`);
      // The request id of the first call of that operation (the server numbers its requests).
      expect(requestIdOf(line)).toBe(`srv-${first + i}`);
    });
    for (const value of VALUES) expect(warnings.join("\n")).not.toContain(value);
    // The schemas were loaded once, for every answer checked.
    expect(loads.count).toBe(1);
  });

  it("drift() lists each difference with how many answers showed it and the first request id", async () => {
    const { allo } = clientWith({ validateAnswers: "warn", logLevel: "off" });
    const first = server.seen.length;
    await callEach(allo);
    await callEach(allo);
    expect(allo.drift()).toEqual(DIFFERENCES.map((d, i) => ({ ...d, count: 2, firstRequestId: `srv-${first + i}` })));
    expect(JSON.stringify(allo.drift())).not.toMatch(new RegExp(VALUES.map((v) => v.replace(/[+.]/g, "\\$&")).join("|")));
  });

  it("says nothing when logLevel is set to off or error, and still lists the drift", async () => {
    for (const logLevel of ["off", "error"] as const) {
      const { allo, warnings } = clientWith({ validateAnswers: "warn", logLevel });
      await callEach(allo);
      expect(warnings).toEqual([]);
      expect(allo.drift()).toHaveLength(3);
    }
  });
});

describe('validateAnswers: "throw"', () => {
  it("throws AlloAnswerError for the wrong type, the missing field and the bad date, on every call, and answers the other two", async () => {
    const { allo, warnings } = clientWith({ validateAnswers: "throw" });
    for (let round = 0; round < 2; round++) {
      const first = server.seen.length;
      const answers = await callEach(allo);
      DIFFERENCES.forEach((d, i) => {
        const error = answers[i] as AlloAnswerError;
        expect(error).toBeInstanceOf(AlloAnswerError);
        expect({ operation: error.operation, location: error.location, rule: error.rule }).toEqual(d);
        expect(error.requestId).toBe(`srv-${first + i}`);
        expect(error.issues).toEqual([{ location: d.location, rule: d.rule }]);
        expect(error.message).toContain(`${d.operation}: the answer differs from the spec at ${d.location} (${d.rule})`);
        const shown = `${error.message}\n${error.stack}\n${JSON.stringify(error)}\n${inspect(error, { depth: Infinity, showHidden: true })}`;
        for (const value of VALUES) expect(shown).not.toContain(value);
      });
      expect(answers[3]).toEqual(ANSWERS["/v1/api/webhooks"]);
      expect(answers[4]).toEqual(ANSWERS["/v2/api/users"]);
    }
    expect(warnings).toEqual([]);
    expect(allo.drift().map((d) => d.count)).toEqual([2, 2, 2]);
  });

  it("keeps an SMS key settled as sent when its answer is refused: the same key never sends again", async () => {
    const { allo } = clientWith({ validateAnswers: "throw" });
    const sms = { from: "+13055550180", to: PHONE, message: "See you at 3" };
    const posts = () => server.seen.filter((s) => s.method === "POST" && s.url === "/v1/api/sms").length;
    const before = posts();
    const error = await allo.sms.send(sms, { idempotencyKey: "appt-7" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AlloAnswerError);
    expect((error as AlloAnswerError).message).toContain("what it changes was changed");
    // Asked again under the key: the kept answer, nothing sent.
    await expect(allo.sms.send(sms, { idempotencyKey: "appt-7" })).resolves.toEqual(ANSWERS["/v1/api/sms"]);
    expect(posts()).toBe(before + 1);
  });
});

describe("ALLO_VALIDATE_ANSWERS and the option's values", () => {
  it("ALLO_VALIDATE_ANSWERS=warn turns the check on when the option is not given", async () => {
    vi.stubEnv("ALLO_VALIDATE_ANSWERS", "warn");
    const { allo, warnings } = clientWith({});
    await callEach(allo);
    expect(warnings).toHaveLength(3);
  });

  it("ALLO_VALIDATE_ANSWERS=throw makes an off-spec answer throw", async () => {
    vi.stubEnv("ALLO_VALIDATE_ANSWERS", "throw");
    const { allo } = clientWith({});
    await expect(allo.numbers.list()).rejects.toBeInstanceOf(AlloAnswerError);
  });

  it("validateAnswers: false wins over the environment", async () => {
    vi.stubEnv("ALLO_VALIDATE_ANSWERS", "throw");
    const { allo, warnings } = clientWith({ validateAnswers: false });
    await expect(allo.numbers.list()).resolves.toEqual(ANSWERS["/v1/api/numbers"]);
    expect(warnings).toEqual([]);
  });

  it("refuses any other value, naming the option", () => {
    for (const value of [true, "on", "error"]) {
      expect(() => new AlloClient({ apiKey: "k", baseUrl: server.url, validateAnswers: value as never })).toThrow(AlloValidationError);
      expect(() => new AlloClient({ apiKey: "k", baseUrl: server.url, validateAnswers: value as never })).toThrow(
        /validateAnswers must be "warn", "throw" or false/,
      );
    }
  });
});

// Last in the file: it replaces the check's module with one that cannot load, in a fresh module graph.
describe("when the answer check cannot be loaded", () => {
  afterAll(() => {
    vi.doUnmock("../../src/operations/answer-check.js");
    vi.resetModules();
  });

  it('"warn" says so once and every call still answers; "throw" fails the call with the loading error', async () => {
    vi.resetModules();
    vi.doMock("../../src/operations/answer-check.js", () => {
      throw new Error("the chunk could not be fetched");
    });
    const fresh = (await import("../../src/index.js")) as typeof import("../../src/index.js");
    const warnings: string[] = [];
    const warned = new fresh.AlloClient({
      apiKey: "k",
      baseUrl: server.url,
      validateAnswers: "warn",
      logger: { warn: (l) => warnings.push(l) },
    });
    await expect(warned.numbers.list()).resolves.toEqual(ANSWERS["/v1/api/numbers"]);
    await expect(warned.contacts.get("cnt_1")).resolves.toEqual(ANSWERS["/v1/api/contact/cnt_1"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("validateAnswers could not load the answer schemas");
    expect(warned.drift()).toEqual([]);

    const thrown = new fresh.AlloClient({ apiKey: "k", baseUrl: server.url, validateAnswers: "throw" });
    const error = await thrown.numbers.list().then(
      () => null,
      (e: unknown) => e as Error,
    );
    // vitest wraps what the module threw: the loading error is its cause.
    expect(`${error?.message} ${String(error?.cause)}`).toContain("the chunk could not be fetched");
  });
});
