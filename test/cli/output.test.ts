// What the CLI writes and how: the key cut out of every write, a full pipe waited for, records
// narrowed by --fields, the progress line, and exit codes and messages by kind of failure.
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { AlloApiError, AlloNetworkError, AlloTimeoutError, AlloValidationError } from "../../src/errors/index.js";
import { CliInputError, describeFailure, exitCodeOf } from "../../src/cli/failure.js";
import { createIo, progressLine, type Sink } from "../../src/cli/output.js";
import { fieldPaths, pick, pickRecords } from "../../src/operations/record-fields.js";

function recording(full = false): Sink & { written: string[]; drain(): void } {
  const events = new EventEmitter();
  const written: string[] = [];
  return {
    written,
    write: (text) => {
      written.push(text);
      return !full;
    },
    once: (event, listener) => events.once(event, listener),
    drain: () => events.emit("drain"),
  };
}

describe("writes", () => {
  it("cut a hidden key out of whatever is written, on stdout and stderr", async () => {
    const out = recording();
    const err = recording();
    const io = createIo(out, err);
    io.hide("ak_live_secret_12345");
    await io.out('{"echo":"ak_live_secret_12345"}\n');
    await io.err("Authorization: ak_live_secret_12345\n");
    expect(out.written).toEqual(['{"echo":"[redacted]"}\n']);
    expect(err.written).toEqual(["Authorization: [redacted]\n"]);
  });

  it("wait for a full pipe to drain before the next line", async () => {
    const out = recording(true);
    const io = createIo(out, recording());
    let done = false;
    const writing = io.out("line\n").then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    out.drain();
    await writing;
    expect(done).toBe(true);
  });
});

describe("--fields", () => {
  it("keeps the named fields of each record in data, dotted ones inside objects, and leaves the envelope", () => {
    const answer = { data: [{ id: "a", user: { id: "u", name: "N" }, x: 1 }, { id: "b" }], pagination: { page: 1 } };
    expect(pickRecords(answer, fieldPaths("id, user.name"))).toEqual({
      data: [{ id: "a", user: { name: "N" } }, { id: "b" }],
      pagination: { page: 1 },
    });
    expect(pickRecords({ data: { id: "a", x: 1 } }, fieldPaths("id"))).toEqual({ data: { id: "a" } });
    expect(pick("text", [["id"]])).toBe("text");
  });
});

describe("the --all progress line", () => {
  it("is rewritten in place while reading and ends with a line break", () => {
    expect(progressLine(100, 1, "reading")).toBe("\r\u001b[K100 items, 1 page...");
    expect(progressLine(1, 2, "done")).toBe("\r\u001b[K1 item, 2 pages, done\n");
    expect(progressLine(0, 0, "stopped")).toBe("\r\u001b[K0 items, 0 pages, stopped\n");
  });
});

describe("failures", () => {
  const failure = { method: "GET", path: "/v2/api/tags", requestId: "req_1", attempts: 1, maybeProcessed: false };
  const apiError = (status: number, extra: Partial<ConstructorParameters<typeof AlloApiError>[0]> = {}) =>
    new AlloApiError({
      ...failure,
      status,
      code: `HTTP_${status}`,
      details: [],
      retryAfter: null,
      serverMessage: null,
      type: null,
      retryable: null,
      docUrl: null,
      param: null,
      suggestion: null,
      url: "http://x/v2/api/tags",
      ...extra,
    });

  it("exit 2 for bad input, 4 for a 4xx, 5 for a 5xx, the network or a timeout, 1 otherwise", () => {
    expect(exitCodeOf(new AlloValidationError("sms.send", [{ field: "to", message: "is required" }]))).toBe(2);
    expect(exitCodeOf(new CliInputError("no key"))).toBe(2);
    expect(exitCodeOf(apiError(404))).toBe(4);
    expect(exitCodeOf(apiError(429))).toBe(4);
    expect(exitCodeOf(apiError(502))).toBe(5);
    expect(exitCodeOf(new AlloNetworkError({ ...failure, reason: "connection refused" }))).toBe(5);
    expect(exitCodeOf(new AlloTimeoutError({ ...failure, timeout: 10 }))).toBe(5);
    expect(exitCodeOf(new TypeError("bug"))).toBe(1);
  });

  it("say the code, the client's message with Allo's suggestion, each detail, and the flag of each refused field", () => {
    const error = apiError(400, {
      code: "INVALID_SEARCH_QUERY",
      suggestion: "Use letters.",
      details: [{ field: "search", message: "no letter" }],
    });
    expect(describeFailure(error)).toBe(`allo: INVALID_SEARCH_QUERY (HTTP 400): ${error.message}\n  search: no letter\n`);
    expect(describeFailure(error)).toContain("Use letters.");
    const validation = new AlloValidationError("sms.send", [
      { field: "to", message: "is required" },
      { field: "body", message: "is not a known field" },
    ]);
    expect(describeFailure(validation, new Map([["to", "--to"]]))).toBe(
      "allo: INVALID_INPUT: sms.send: nothing was sent.\n  to (--to) is required\n  body is not a known field\n",
    );
  });
});
