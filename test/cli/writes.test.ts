// Writes from the command line, in process against a local server that records what it receives:
// a delete asks first on a terminal and is refused without --yes elsewhere; a call answered without
// a body says what was done on stderr; --dry-run prints the request and sends nothing; -i prints the
// status line and headers; --idempotency-key goes where the operation takes one.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { KEY, run } from "./in-process.js";
import { startRecorder, type Recorder } from "./servers.js";

let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder((req) =>
    req.url?.startsWith("/v2/api/conversations?")
      ? { data: [{ n: 1 }], pagination: { page: 1, size: 20, total_count: 1, total_pages: 1, has_more: false } }
      : { data: { id: "x" } },
  );
});
afterAll(() => recorder.close());
beforeEach(() => {
  recorder.seen.length = 0;
});

const allo = (args: readonly string[], terminal?: Parameters<typeof run>[1]) => run(["--base-url", recorder.url, ...args], terminal);
const terminal = (answer: string | null) => ({ stdinTty: true, stderrTty: true, answer });
const DELETE_DEAL = ["crm", "deals", "delete", "dea-abc123"];
const QUESTION = "Delete a deal (DELETE /v2/api/crm/deals/dea-abc123)? [y/N] ";
const DONE = /^allo: done: Delete a deal \(DELETE \/v2\/api\/crm\/deals\/dea-abc123\): HTTP 200, request req_\w+\.\n$/;

describe("a delete", () => {
  it.each(["y", "yes", " YES "])("on a terminal, asks first and deletes on %j, saying so on stderr", async (answer) => {
    const { code, stdout, stderr } = await allo(DELETE_DEAL, terminal(answer));
    expect({ code, stdout }).toEqual({ code: 0, stdout: "" });
    expect(stderr.startsWith(QUESTION)).toBe(true);
    expect(stderr.slice(QUESTION.length)).toMatch(DONE);
    expect(recorder.seen.map((r) => `${r.method} ${r.url}`)).toEqual(["DELETE /v2/api/crm/deals/dea-abc123"]);
  });

  it.each(["", "n", "no", "maybe"])("on a terminal, %j cancels with exit code 3 and sends nothing", async (answer) => {
    const { code, stdout, stderr } = await allo(DELETE_DEAL, terminal(answer));
    expect({ code, stdout, stderr }).toEqual({ code: 3, stdout: "", stderr: `${QUESTION}allo: cancelled: nothing was sent.\n` });
    expect(recorder.seen).toEqual([]);
  });

  it("on a terminal, the end of stdin cancels on a line of its own", async () => {
    const { code, stderr } = await allo(DELETE_DEAL, terminal(null));
    expect({ code, stderr }).toEqual({ code: 3, stderr: `${QUESTION}\nallo: cancelled: nothing was sent.\n` });
    expect(recorder.seen).toEqual([]);
  });

  it.each([
    { where: "stdin is not a terminal", tty: { stdinTty: false, stderrTty: true } },
    { where: "stderr is not a terminal", tty: { stdinTty: true, stderrTty: false } },
  ])("when $where, is refused without --yes, exit code 2, nothing sent", async ({ tty }) => {
    const { code, stdout, stderr } = await allo(DELETE_DEAL, { ...tty, answer: "y" });
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toBe(
      "allo: INVALID_INPUT: crm.deals.delete deletes, and asks first; stdin or stderr is not a terminal, so nobody can answer: pass --yes to delete without asking. Nothing was sent.\n",
    );
    expect(recorder.seen).toEqual([]);
  });

  it("with --yes, deletes without asking, anywhere", async () => {
    const { code, stderr } = await allo([...DELETE_DEAL, "--yes"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(DONE);
    expect(recorder.seen).toHaveLength(1);
  });

  it("asks nothing of an input it refuses: the typo is said first", async () => {
    const { code, stderr } = await allo(["crm", "deals", "delete", ".."], terminal("y"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^allo: INVALID_INPUT: crm\.deals\.delete: nothing was sent\.\n {2}id must not be \. or \.\./);
    expect(recorder.seen).toEqual([]);
  });

  it("with an answer, prints it on stdout and still says what was done on stderr", async () => {
    const { code, stdout, stderr } = await allo(["webhooks", "delete", "wh_1", "--yes"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ data: { id: "x" } });
    expect(stderr).toMatch(/^allo: done: Delete a webhook \(DELETE \/v1\/api\/webhooks\/wh_1\): HTTP 200, request req_\w+\.\n$/);
  });
});

describe("a call answered without a body", () => {
  it("says what was done on stderr, a phone number in the path left as its parameter", async () => {
    const { code, stdout, stderr } = await allo(["conversations", "act", "+14155551234", "--action", "READ"]);
    expect({ code, stdout }).toEqual({ code: 0, stdout: "" });
    expect(stderr).toMatch(
      /^allo: done: Mark a conversation read, unread, archived or unarchived \(PUT \/v2\/api\/conversations\/\{contact_number\}\/action\): HTTP 200, request req_\w+\.\n$/,
    );
    expect(recorder.seen.map((r) => r.url)).toEqual(["/v2/api/conversations/%2B14155551234/action"]);
  });
});

describe("--dry-run", () => {
  it("prints method, URL with its query, headers with the key masked, and body; sends nothing; exit 0", async () => {
    const { code, stdout, stderr } = await allo([
      "conversations",
      "list",
      "--allo-number",
      "+14155550100",
      "--unread",
      "--header",
      "x-team: t1",
      "--dry-run",
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toMatch(
      new RegExp(
        `^GET ${recorder.url}/v2/api/conversations\\?allo_number=%2B14155550100&unread=true\\n` +
          "authorization: \\[redacted\\]\\nuser-agent: allo-client/[\\d.]+\\nx-request-id: req_\\w+\\nx-team: t1\\n\\n$",
      ),
    );
    expect(stdout).not.toContain(KEY);
    expect(recorder.seen).toEqual([]);
  });

  it("prints a write's body and its Idempotency-Key, and asks nothing before a delete", async () => {
    const add = await allo(["tags", "add", "cll-abc123", "--tags", "vip", "--idempotency-key", "key-1", "--dry-run"]);
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/^POST \S+\/v2\/api\/conversations\/items\/cll-abc123\/tags\n/);
    expect(add.stdout).toContain("\nidempotency-key: key-1\n");
    expect(add.stdout).toContain("\ncontent-type: application/json\n");
    expect(add.stdout.endsWith('\n\n{"tags":["vip"]}\n')).toBe(true);
    const remove = await allo([...DELETE_DEAL, "--dry-run"], terminal(null));
    expect(remove.code).toBe(0);
    expect(remove.stdout).toMatch(/^DELETE \S+\/v2\/api\/crm\/deals\/dea-abc123\n/);
    expect(remove.stderr).toBe("");
    expect(recorder.seen).toEqual([]);
  });

  it("still refuses bad input, exit 2", async () => {
    const { code, stdout } = await allo(["sms", "send", "--from", "+13055550180", "--to", "0612", "--message", "Hi", "--dry-run"]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(recorder.seen).toEqual([]);
  });

  it("with --all, prints the first page's request and says the others follow from it", async () => {
    const { code, stdout, stderr } = await allo(["conversations", "list", "--allo-number", "+14155550100", "--all", "--dry-run"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^GET \S+\/v2\/api\/conversations\?size=100&allo_number=%2B14155550100&page=1\n/);
    expect(stderr).toBe("allo: --dry-run shows the first request; the others (the next pages) are asked the same way.\n");
    expect(recorder.seen).toEqual([]);
  });
});

describe("-i, --include", () => {
  it("prints the status line and the answer's headers, a blank line, then the body, as curl -i does", async () => {
    const { code, stdout } = await allo(["crm", "deals", "get", "dea-abc123", "-i"]);
    expect(code).toBe(0);
    const [head, body] = stdout.split("\n\n");
    const lines = head!.split("\n");
    expect(lines[0]).toBe("HTTP/1.1 200 OK");
    expect(lines).toContain("content-type: application/json");
    expect(lines.every((l, i) => i === 0 || /^[a-z0-9-]+: /.test(l))).toBe(true);
    expect(stdout).not.toMatch(/authorization/i);
    expect(JSON.parse(body!)).toEqual({ data: { id: "x" } });
    const long = await allo(["crm", "deals", "get", "dea-abc123", "--include"]);
    expect(long.stdout.startsWith("HTTP/1.1 200 OK\n")).toBe(true);
  });

  it("is refused with --all, before anything is sent", async () => {
    const { code, stderr } = await allo(["conversations", "list", "--allo-number", "+14155550100", "--all", "-i"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--include is not taken with --all");
    expect(recorder.seen).toEqual([]);
  });
});

describe("--idempotency-key", () => {
  it("is sent as Idempotency-Key where Allo deduplicates by it", async () => {
    await allo(["tags", "add", "cll-abc123", "--tags", "vip", "--idempotency-key", "key-2"]);
    expect(recorder.seen[0]!.headers["idempotency-key"]).toBe("key-2");
  });

  it("is taken by an SMS send, kept by the client (not sent to Allo), and its help says it guards one process only", async () => {
    const { code } = await allo([
      "sms",
      "send",
      "--from",
      "+13055550180",
      "--to",
      "+13055550142",
      "--message",
      "Hi",
      "--idempotency-key",
      "sms-1",
    ]);
    expect(code).toBe(0);
    expect(recorder.seen).toHaveLength(1);
    expect(recorder.seen[0]!.headers["idempotency-key"]).toBeUndefined();
    const help = await allo(["sms", "send", "--help"]);
    expect(help.stdout.replace(/\s+/g, " ")).toContain(
      "in this process's memory only, so it guards the retries of this run, not a second `allo` run",
    );
  });

  it("is refused by a command whose operation takes no key", async () => {
    const { code, stderr } = await allo(["crm", "deals", "get", "dea-abc123", "--idempotency-key", "k"]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--idempotency-key'");
  });
});
