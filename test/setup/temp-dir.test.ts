import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import setup from "./temp-dir.js";

describe("the test run's temporary files", () => {
  it("go to a folder of the run's own, inside the system's temporary folder", () => {
    const dir = tmpdir();
    expect(basename(dir)).toMatch(/^allo-test-/);
    expect(existsSync(dir)).toBe(true);
  });

  it("are removed with their folder when the run ends, and the platform's variables are restored", () => {
    const before = { TMPDIR: process.env.TMPDIR, TEMP: process.env.TEMP, TMP: process.env.TMP };
    const teardown = setup();
    const dir = tmpdir();
    try {
      expect(dirname(dir)).toBe(before.TMPDIR);
      expect([process.env.TEMP, process.env.TMP]).toEqual([dir, dir]);
      // What a test leaves behind: a file, and a folder with a file in it.
      writeFileSync(join(dir, "left.json"), "{}");
      mkdirSync(join(dir, "install", "node_modules"), { recursive: true });
      writeFileSync(join(dir, "install", "node_modules", "index.js"), "");
    } finally {
      teardown();
    }
    expect(existsSync(dir)).toBe(false);
    expect({ TMPDIR: process.env.TMPDIR, TEMP: process.env.TEMP, TMP: process.env.TMP }).toEqual(before);
  });
});
