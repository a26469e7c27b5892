// `allo-mock --proxy` as a user runs it, from the source and from the packed tarball, in front of a
// local stand-in for Allo that answers off the spec on purpose: one line per violation on stderr as
// it happens, a summary on SIGTERM, `--report` written; never a value, a number or the key.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FaultServer } from "../helpers/fault-server.js";
import { PACK_TIMEOUT, packedInstall } from "../helpers/packed-install.js";
import { CALLS_PATH, KEY, NEVER_PRINTED, THREE_VIOLATIONS, startOffSpecAllo } from "./fixtures/off-spec-allo.js";
import { cleanEnv, run, start, waitForOutput } from "./run-cli.js";

let allo: FaultServer;
beforeAll(async () => {
  allo = await startOffSpecAllo();
});
afterAll(() => allo.close());

type Started = ReturnType<typeof start>;

/** Sends the page of calls through the proxy, stops it with SIGTERM, and gives what it printed and wrote. */
async function oneRequestThenStop(started: Started, report: string) {
  try {
    const url = (await waitForOutput(started, /Base URL: (http:\/\/127\.0\.0\.1:\d+)/)).match(/Base URL: (http:\/\/127\.0\.0\.1:\d+)/)![1]!;
    const res = await fetch(`${url}${CALLS_PATH}`, { headers: { authorization: KEY } });
    await res.arrayBuffer();
    await waitForOutput(started, /start_date: pattern/);
    await waitForOutput(started, /GET \/v1\/api\/calls \d{3} \d+ ms/);
    started.child.kill("SIGTERM");
    const [code] = await once(started.child, "close");
    return { status: res.status, code, ...started.output(), report: await readFile(report, "utf8") };
  } finally {
    started.child.kill("SIGKILL");
  }
}

const LINES = THREE_VIOLATIONS.map(
  (v) =>
    new RegExp(`^\\d\\d:\\d\\d:\\d\\d drift GET /v1/api/calls answer ${v.location.replace(/[[\]]/g, "\\$&")}: ${v.kind}, ${v.problem}$`),
);

function expectThreeAndNoValue(out: { stdout: string; stderr: string; report: string }, upstream: string): void {
  const drift = out.stderr.split("\n").filter((line) => line.includes(" drift "));
  expect(drift).toEqual(LINES.map((line) => expect.stringMatching(line)));
  expect(out.stderr).toContain(`allo-mock --proxy: 3 violation(s) of the spec in 1 of 1 request(s) to ${upstream}:`);
  expect(out.stderr).toContain("    answer data.results[].length_in_minutes: type, must be number (1x)");
  expect(JSON.parse(out.report)).toEqual({
    upstream,
    requests: 1,
    requestsWithViolations: 1,
    violations: 3,
    cut: 0,
    problems: THREE_VIOLATIONS.map((v) => ({ ...v, location: v.location.replace("[0]", "[]"), count: 1 })),
  });
  for (const value of NEVER_PRINTED) {
    expect(out.stdout).not.toContain(value);
    expect(out.stderr).not.toContain(value);
    expect(out.report).not.toContain(value);
  }
}

describe("allo-mock --proxy", () => {
  it("--errors: answers 502, prints the three violations as they happen, and sums up and writes --report on SIGTERM", {
    timeout: 90_000,
  }, async () => {
    const report = join(await mkdtemp(join(tmpdir(), "allo-drift-")), "drift.json");
    const out = await oneRequestThenStop(start(["--proxy", allo.url, "--port", "0", "--errors", "--report", report]), report);
    expect(out.status).toBe(502);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^\d\d:\d\d:\d\d GET \/v1\/api\/calls 502 \d+ ms$/m);
    expectThreeAndNoValue(out, allo.url);
  });

  it("takes --proxy without a URL (Allo's), and says which flags go with it", async () => {
    // Without its URL, --proxy is still the proxy: --dynamic is then refused for it, with no network used.
    const dynamic = await run(["--proxy", "--dynamic"]);
    expect(dynamic.code).toBe(2);
    expect(dynamic.stderr).toMatch(/^allo-mock: --dynamic is for the mock; --proxy answers what Allo answers\./);
    const errors = await run(["--errors"]);
    expect(errors.code).toBe(2);
    expect(errors.stderr).toMatch(/^allo-mock: --errors and --report go with --proxy\./);
  });

  it("refuses an http:// upstream on another host, before starting anything", async () => {
    const { code, stdout, stderr } = await run(["--proxy", "http://allo.example.com"], cleanEnv());
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^allo-mock: --proxy must be https:\/\/, or http:\/\/ on this machine/);
  });
});

describe("allo-mock --proxy from the packed tarball", () => {
  it(
    "warns: passes the answer on, prints the three violations, and writes --report on SIGTERM",
    async () => {
      const consumer = await packedInstall({ withPeers: true });
      const report = join(consumer.dir, "drift.json");
      const child = spawn(consumer.bin("allo-mock"), ["--proxy", allo.url, "--port", "0", "--report", report], {
        cwd: consumer.dir,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const out = await oneRequestThenStop({ child, output: () => ({ stdout, stderr }) }, report);
      expect(out.status).toBe(200);
      expect(out.code).toBe(0);
      expectThreeAndNoValue(out, allo.url);
    },
    PACK_TIMEOUT,
  );
});
