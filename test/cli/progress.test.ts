// --all on a terminal: a progress line on stderr, rewritten after each page and ended when the walk
// ends, saying whether it finished or stopped; stdout gets the items alone either way.
import { afterEach, describe, expect, it } from "vitest";
import { allo } from "./in-process.js";
import { startRecorder, type Recorder } from "./servers.js";

let recorder: Recorder | undefined;
afterEach(() => recorder?.close());

/** A conversations list of `total` pages of two items; `failing` pages answer a body that is not the envelope. */
async function pages(failing: number[] = [], total = 3): Promise<Recorder> {
  return startRecorder((req) => {
    const page = Number(new URL(req.url!, "http://x").searchParams.get("page"));
    if (failing.includes(page)) return { unexpected: true };
    return {
      data: [{ n: page * 2 - 1 }, { n: page * 2 }],
      pagination: { page, size: 2, total_count: total * 2, total_pages: total, has_more: page < total },
    };
  });
}

describe("--all on a terminal", () => {
  it("shows items and pages read so far, then done, on stderr only", async () => {
    recorder = await pages();
    const { stdout, stderr } = await allo(["--base-url", recorder.url, "conversations", "list", "--allo-number", "+14155550100", "--all"], {
      stderrTty: true,
    });
    expect(
      stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l).n),
    ).toEqual([1, 2, 3, 4, 5, 6]);
    const updates = stderr.split("\r\u001b[K").filter(Boolean);
    // The first page alone is one call, which shows no progress.
    expect(updates[0]).toBe("4 items, 2 pages...");
    expect(updates.at(-1)).toBe("6 items, 3 pages, done\n");
  });

  it("ends its line with 'stopped' when a page fails, so the error starts on a line of its own", async () => {
    recorder = await pages([3]);
    const failed = await allo(
      ["--base-url", recorder.url, "conversations", "list", "--allo-number", "+14155550100", "--all", "--max-retries", "0"],
      { stderrTty: true },
    ).catch((e) => e);
    expect(failed).toMatchObject({ name: "AlloNetworkError" });
    expect(
      failed.stdout
        .trimEnd()
        .split("\n")
        .map((l: string) => JSON.parse(l).n),
    ).toEqual([1, 2, 3, 4]);
    expect(failed.stderr).toMatch(/, stopped\n$/);
  });
});

describe("a single call on a terminal", () => {
  const ESCAPE = "\u001b";

  it("writes no escape code: no progress for one request, on stdout or stderr", async () => {
    recorder = await pages();
    const { stdout, stderr } = await allo(["--base-url", recorder.url, "conversations", "list", "--allo-number", "+14155550100"], {
      tty: true,
      stderrTty: true,
    });
    expect(JSON.parse(stdout).data).toHaveLength(2);
    expect(stdout + stderr).not.toContain(ESCAPE);
  });

  it("--all over a single page is a single call too: no progress line", async () => {
    recorder = await pages([], 1);
    const { stdout, stderr } = await allo(["--base-url", recorder.url, "conversations", "list", "--allo-number", "+14155550100", "--all"], {
      stderrTty: true,
    });
    expect(stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(stderr).toBe("");
  });
});
