// The allo bin installed from the packed tarball, run as a user runs it, against the run's Prism:
// answers as the spec's examples, every page with --all, bodies from --data, bad input refused
// before anything is sent, exit codes by kind of failure, help from the spec, and the key never
// printed (run-allo.ts checks every run's output for it).
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { operationNames, operations } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import { exampleAnswer } from "./examples.js";
import { packedInstall, PACK_TIMEOUT, type PackedInstall } from "../helpers/packed-install.js";
import { cleanEnv, HAS_SCRIPT, KEY, runAllo, runAlloOnTerminal } from "./run-allo.js";
import { closedPort, startRecorder, type Recorder } from "./servers.js";

const prism = inject("prismUrl");
let install: PackedInstall;
const allo = (args: readonly string[], options?: Parameters<typeof runAllo>[2]) =>
  runAllo(install, ["--base-url", prism, ...args], options);

beforeAll(async () => {
  install = await packedInstall();
}, PACK_TIMEOUT);

describe("the tarball", () => {
  it("ships the bins, llms.txt and the guide", async () => {
    const root = join(install.dir, "node_modules", "allo-client");
    for (const file of ["dist/bin/allo.js", "dist/bin/allo-mcp.js", "llms.txt", "docs/cli-and-mcp.md"]) {
      await expect(readFile(join(root, file), "utf8"), file).resolves.toBeTruthy();
    }
    expect((await allo(["--version"])).stdout.trim()).toBe(JSON.parse(await readFile(join(root, "package.json"), "utf8")).version);
  });
});

describe("answers", () => {
  it("a GET prints the API's answer as the spec's example, on one line when piped", async () => {
    const { code, stdout, stderr } = await allo(["crm", "people", "get", "per-123"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(stdout)).toEqual(exampleAnswer("crm.people.get"));
  });

  it("`allo conversations items search --search refund` prints the mock's example", async () => {
    const { code, stdout } = await allo(["conversations", "items", "search", "--search", "refund"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(exampleAnswer("conversations.items.search"));
  });

  it("--fields keeps only the named fields of each record, dotted for nested ones", async () => {
    const { stdout } = await allo([
      "conversations",
      "list",
      "--allo-number",
      "+14155550100",
      "--fields",
      "contact_number,last_item.summary",
    ]);
    const example = exampleAnswer("conversations.list")!;
    expect(JSON.parse(stdout)).toEqual({
      ...example,
      data: example.data.map((c: any) => ({ contact_number: c.contact_number, last_item: { summary: c.last_item.summary } })),
    });
  });
});

describe("--all", () => {
  // Prism serves the same example page whatever page is asked: the walk ends at its total_pages.
  it.each([
    {
      name: "contacts.search" as const,
      args: ["contacts", "search"],
      pages: (e: any) => e.data.metadata.pagination.total_pages,
      items: (e: any) => e.data.results,
    },
    {
      name: "calls.search" as const,
      args: ["calls", "search", "--allo-number", "+13055550180"],
      pages: (e: any) => e.data.metadata.total_pages,
      items: (e: any) => e.data.results,
    },
    {
      name: "conversations.list" as const,
      args: ["conversations", "list", "--allo-number", "+14155550100"],
      pages: (e: any) => e.pagination.total_pages,
      items: (e: any) => e.data,
    },
  ])(
    "$name streams every item of every page as one JSON line each, and no progress line into a pipe",
    async ({ name, args, pages, items }) => {
      const example = exampleAnswer(name)!;
      expect(pages(example), "the example has several pages").toBeGreaterThan(1);
      const { code, stdout, stderr } = await allo([...args, "--all"]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      const lines = stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(lines).toEqual(Array.from({ length: pages(example) }, () => items(example)).flat());
    },
  );

  it("asks every page once, the first first, with size 100 unless told, and prints them in order", async () => {
    const recorder = await startRecorder((req) => {
      const page = Number(new URL(req.url!, "http://x").searchParams.get("page"));
      return {
        data: [{ contact_number: `+1415555000${page}` }],
        pagination: { page, size: 100, total_count: 3, total_pages: 3, has_more: page < 3 },
      };
    });
    try {
      const { code, stdout } = await runAllo(install, [
        "--base-url",
        recorder.url,
        "conversations",
        "list",
        "--allo-number",
        "+14155550100",
        "--all",
      ]);
      expect(code).toBe(0);
      expect(
        stdout
          .trimEnd()
          .split("\n")
          .map((l) => JSON.parse(l).contact_number),
      ).toEqual(["+14155550001", "+14155550002", "+14155550003"]);
      // The first page says how many there are; the client then fetches the others at once.
      const asked = recorder.seen.map((r) => Object.fromEntries(new URL(r.url, "http://x").searchParams));
      expect(asked[0]!.page).toBe("1");
      expect(asked.sort((a, b) => Number(a.page) - Number(b.page))).toEqual(
        [1, 2, 3].map((page) => ({ allo_number: "+14155550100", page: String(page), size: "100" })),
      );
    } finally {
      await recorder.close();
    }
  });

  it("refuses --page with --all, before anything is sent", async () => {
    const { code, stderr } = await allo(["contacts", "search", "--all", "--page", "2"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/page \(--page\) is not taken with --all/);
  });
});

describe("bodies", () => {
  const sms = { from: "+13055550180", to: "+13055550142", message: "Your order shipped" };

  it("a POST takes its body from --data and prints the answer", async () => {
    const { code, stdout } = await allo(["sms", "send", "--data", JSON.stringify(sms)]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(exampleAnswer("sms.send"));
  });

  it("--data @file and @- read the body from a file and from stdin; flags set fields over it, dotted ones inside objects", async () => {
    const recorder = await startRecorder(() => ({ data: { ok: true } }));
    try {
      const dir = await mkdtemp(join(tmpdir(), "allo-cli-"));
      await writeFile(join(dir, "sms.json"), JSON.stringify(sms));
      const at = ["--base-url", recorder.url];
      expect((await runAllo(install, [...at, "sms", "send", "--data", `@${join(dir, "sms.json")}`, "--message", "Changed"])).code).toBe(0);
      expect((await runAllo(install, [...at, "sms", "send", "--data", "@-"], { stdin: JSON.stringify(sms) })).code).toBe(0);
      const overview = [
        ...at,
        "analytics",
        "overview",
        "--date.from",
        "2026-03-01",
        "--date.to",
        "2026-03-31",
        "--user-ids",
        "usr-1,usr-2",
        "--user-ids",
        "usr-3",
      ];
      expect((await runAllo(install, overview)).code).toBe(0);
      expect(recorder.seen.map((r) => [r.method, r.url, JSON.parse(r.body)])).toEqual([
        ["POST", "/v1/api/sms", { ...sms, message: "Changed" }],
        ["POST", "/v1/api/sms", sms],
        ["POST", "/v2/api/analytics/overview", { date: { from: "2026-03-01", to: "2026-03-31" }, user_ids: ["usr-1", "usr-2", "usr-3"] }],
      ]);
    } finally {
      await recorder.close();
    }
  });

  it("types flag text as the spec types the field: integers, booleans, lists in the query", async () => {
    const recorder = await startRecorder(() => ({
      data: [],
      pagination: { page: 2, size: 5, total_count: 0, total_pages: 0, has_more: false },
    }));
    try {
      const { code } = await runAllo(install, [
        "--base-url",
        recorder.url,
        "conversations",
        "list",
        "--allo-number",
        "+14155550100",
        "--page",
        "2",
        "--size",
        "5",
        "--unread",
        "--extend",
        "transcript",
      ]);
      expect(code).toBe(0);
      expect(new URL(recorder.seen[0]!.url, "http://x").searchParams.toString()).toBe(
        "allo_number=%2B14155550100&unread=true&page=2&size=5&extend=transcript",
      );
    } finally {
      await recorder.close();
    }
  });
});

describe("failures", () => {
  let recorder: Recorder;
  beforeAll(async () => {
    recorder = await startRecorder();
  });
  afterAll(() => recorder.close());

  it("bad input exits 2, names the field and its flag, and sends nothing", async () => {
    const { code, stdout, stderr } = await runAllo(install, [
      "--base-url",
      recorder.url,
      "sms",
      "send",
      "--from",
      "+13055550180",
      "--to",
      "0612",
      "--message",
      "Hi",
    ]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toContain("INVALID_INPUT: sms.send: nothing was sent.");
    expect(stderr).toMatch(/^ {2}to \(--to\) must be an E\.164 number/m);
    expect(recorder.seen).toEqual([]);
  });

  it("a value of the wrong type, invalid JSON and an unknown flag exit 2 and send nothing", async () => {
    const at = ["--base-url", recorder.url];
    const size = await runAllo(install, [...at, "contacts", "search", "--size", "lots"]);
    expect(size.code).toBe(2);
    expect(size.stderr).toMatch(/size \(--size\)/);
    const json = await runAllo(install, [...at, "analytics", "overview", "--date", "{from:"]);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/date \(--date\) is not valid JSON/);
    const unknown = await runAllo(install, [...at, "numbers", "list", "--colour", "red"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--colour'");
    expect(recorder.seen).toEqual([]);
  });

  it("a 429 exits 4 with Allo's code, the wait and the request id", async () => {
    const { code, stdout, stderr } = await allo(["tags", "list", "--header", "Prefer: code=429", "--max-retries", "0"]);
    expect({ code, stdout }).toEqual({ code: 4, stdout: "" });
    expect(stderr).toMatch(/^allo: RATE_LIMIT_EXCEEDED \(HTTP 429\): GET \/v2\/api\/tags: /);
    expect(stderr).toContain("Retry after 2 s.");
    expect(stderr).toMatch(/Request id: req_\w+/);
  });

  it("a 5xx exits 5, and so does an API nobody answers at", async () => {
    const server = await allo(["tags", "list", "--header", "Prefer: code=500", "--max-retries", "0"]);
    expect(server.code).toBe(5);
    expect(server.stderr).toMatch(/^allo: INTERNAL_SERVER_ERROR \(HTTP 500\)/);
    const down = await runAllo(install, ["--base-url", `http://127.0.0.1:${await closedPort()}`, "tags", "list", "--max-retries", "0"]);
    expect(down.code).toBe(5);
    expect(down.stderr).toMatch(/^allo: NETWORK_ERROR: GET \/v2\/api\/tags: /);
  });

  it("without a key it exits 2 and says where the key goes", async () => {
    const env = cleanEnv();
    delete env.ALLO_API_KEY;
    const { code, stderr } = await runAllo(install, ["--base-url", recorder.url, "tags", "list"], { env });
    expect(code).toBe(2);
    expect(stderr).toContain("set ALLO_API_KEY");
    expect(recorder.seen).toEqual([]);
  });
});

describe("deletes and dry runs, from the installed bin", () => {
  let recorder: Recorder;
  beforeAll(async () => {
    recorder = await startRecorder();
  });
  afterAll(() => recorder.close());
  beforeEach(() => {
    recorder.seen.length = 0;
  });
  const at = () => ["--base-url", recorder.url];

  it("a delete from a script (stdin a pipe) is refused without --yes and done with it, saying so on stderr", async () => {
    const refused = await runAllo(install, [...at(), "crm", "deals", "delete", "dea-abc123"]);
    expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 2, stdout: "" });
    expect(refused.stderr).toContain("pass --yes to delete without asking. Nothing was sent.");
    expect(recorder.seen).toEqual([]);
    const done = await runAllo(install, [...at(), "crm", "deals", "delete", "dea-abc123", "--yes"]);
    expect({ code: done.code, stdout: done.stdout }).toEqual({ code: 0, stdout: "" });
    expect(done.stderr).toMatch(/^allo: done: Delete a deal \(DELETE \/v2\/api\/crm\/deals\/dea-abc123\): HTTP 200, request req_\w+\.\n$/);
    expect(recorder.seen.map((r) => `${r.method} ${r.url}`)).toEqual(["DELETE /v2/api/crm/deals/dea-abc123"]);
  });

  it("--dry-run prints the request and sends nothing", async () => {
    const { code, stdout } = await runAllo(install, [
      ...at(),
      "sms",
      "send",
      "--from",
      "+13055550180",
      "--to",
      "+13055550142",
      "--message",
      "Hi",
      "--dry-run",
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/v1\/api\/sms\nauthorization: \[redacted\]\n/);
    expect(recorder.seen).toEqual([]);
  });

  describe.skipIf(!HAS_SCRIPT)("on a terminal (util-linux script gives the bin one)", () => {
    it("a delete asks first: n cancels with exit code 3 and sends nothing; y deletes", async () => {
      const no = await runAlloOnTerminal(install, [...at(), "crm", "deals", "delete", "dea-abc123"], "n\n");
      expect(no.code).toBe(3);
      expect(no.output).toContain("Delete a deal (DELETE /v2/api/crm/deals/dea-abc123)? [y/N] ");
      expect(no.output).toContain("allo: cancelled: nothing was sent.");
      expect(recorder.seen).toEqual([]);
      const yes = await runAlloOnTerminal(install, [...at(), "crm", "deals", "delete", "dea-abc123"], "y\n");
      expect(yes.code).toBe(0);
      expect(yes.output).toContain("allo: done: Delete a deal");
      expect(recorder.seen).toHaveLength(1);
    });

    it("a single call writes no escape code", async () => {
      const { code, output } = await runAlloOnTerminal(install, [...at(), "crm", "deals", "get", "dea-abc123"]);
      expect(code).toBe(0);
      expect(JSON.parse(output)).toEqual({ data: {} });
      expect(output).not.toContain("\u001b");
    });
  });
  if (!HAS_SCRIPT) it.skip("on a terminal: skipped, util-linux `script` is not installed", () => {});
});

describe("help, from the spec", () => {
  it("`allo help` lists every operation with the scope its key needs", async () => {
    const { code, stdout } = await allo(["help"]);
    expect(code).toBe(0);
    for (const name of operationNames) {
      const op = operations[name];
      const words = name.split(".").map((w) => w.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase());
      const line = stdout.split("\n").find((l) => l.trim().startsWith(`allo ${words.join(" ")} `));
      expect(line, name).toBeDefined();
      expect(line).toContain(`[${tools[name].scope ?? "no scope"}, ${op.readOnly ? "read" : "write"}`);
    }
  });

  it("`allo <resource> --help` lists its operations with their scopes and each flag with its constraints", async () => {
    const { code, stdout } = await allo(["conversations", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("allo conversations items search");
    expect(stdout).toContain("Search calls and texts [CONVERSATIONS_READ, read, --all]");
    expect(stdout).toContain("allo conversations act <contact_number>");
    expect(stdout).toContain("[CONVERSATIONS_WRITE, write]");
    expect(stdout).toMatch(/--size <value>\s+integer, 1 to 100, default 20/);
    expect(stdout).toMatch(/--allo-number <value>\s+required; string, must be an E\.164 number/);
  });

  it("an operation's help has the spec's description, its scope and its flags", async () => {
    const { code, stdout } = await allo(["sms", "send", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: allo sms send [options]");
    expect(stdout).toContain("Scope: SMS_SEND. Changes data. POST /v1/api/sms.");
    expect(stdout).toMatch(/--message <value>[^\n]*The text of an SMS[\s\S]*?\(required;\s+string,\s+1 to 1000\s+characters\)/);
  });
});

describe("the key", () => {
  it("--verbose shows method, path, status, time, operation and request id of each attempt, and not the key", async () => {
    const { code, stderr } = await allo(["tags", "list", "--verbose", "--header", "Prefer: code=500", "--max-retries", "1"]);
    expect(code).toBe(5);
    const attempts = stderr.split("\n").filter((l) => l.startsWith("< "));
    expect(attempts).toHaveLength(2);
    for (const [i, line] of attempts.entries()) {
      expect(line).toMatch(new RegExp(`^< GET /v2/api/tags 500 in \\d+ ms \\(tags\\.list, attempt ${i + 1}, request req_\\w+\\)`));
    }
  });

  it("comes from --api-key-file as well, and is cut out even of an answer that echoes it", async () => {
    const echo = await startRecorder((req) => ({ data: { echoed: req.headers.authorization } }));
    try {
      const dir = await mkdtemp(join(tmpdir(), "allo-key-"));
      await writeFile(join(dir, "key"), `${KEY}\n`);
      const env = cleanEnv();
      delete env.ALLO_API_KEY;
      const { code, stdout } = await runAllo(install, ["--base-url", echo.url, "--api-key-file", join(dir, "key"), "me", "--verbose"], {
        env,
      });
      expect(code).toBe(0);
      expect(echo.seen[0]!.headers.authorization).toBe(KEY);
      expect(JSON.parse(stdout)).toEqual({ data: { echoed: "[redacted]" } });
    } finally {
      await echo.close();
    }
  });
});
