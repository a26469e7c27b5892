// --all on a terminal: a progress line on stderr, rewritten after each page and ended when the walk
// ends, saying whether it finished or stopped; stdout gets the items alone either way.
import { afterEach, describe, expect, it } from "vitest";
import { allo } from "./in-process.js";
import { startRecorder, type Recorder } from "./servers.js";

let recorder: Recorder | undefined;
afterEach(() => recorder?.close());

/** A conversations list of three pages of two items; `failing` pages answer a body that is not the envelope. */
async function pages(failing: number[] = []): Promise<Recorder> {
  return startRecorder((req) => {
    const page = Number(new URL(req.url!, "http://x").searchParams.get("page"));
    if (failing.includes(page)) return { unexpected: true };
    return {
      data: [{ n: page * 2 - 1 }, { n: page * 2 }],
      pagination: { page, size: 2, total_count: 6, total_pages: 3, has_more: page < 3 },
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
    expect(updates[0]).toBe("2 items, 1 page...");
    expect(updates.at(-1)).toBe("6 items, 3 pages, done\n");
  });

  it("ends its line with 'stopped' when a page fails, so the error starts on a line of its own", async () => {
    recorder = await pages([2]);
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
    ).toEqual([1, 2]);
    expect(failed.stderr).toMatch(/, stopped\n$/);
  });
});
