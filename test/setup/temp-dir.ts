// Every temporary file of a test run lives in one folder of its own, removed when the run ends.
// A run makes several: the packed tarball and its installs (tens of megabytes each), the CLI's
// config files, the docs page, Chromium's profile. Pointed at that folder by the platform's
// variables, os.tmpdir() in every test file, and in every process a test starts, answers it,
// so nothing a test (or a tool under it) forgets to remove is left on the developer's machine.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What os.tmpdir() reads: TMPDIR on POSIX, TEMP and TMP on Windows. */
const VARIABLES = ["TMPDIR", "TEMP", "TMP"] as const;

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "allo-test-"));
  const before = VARIABLES.map((name) => [name, process.env[name]] as const);
  for (const name of VARIABLES) process.env[name] = dir;
  return () => {
    for (const [name, value] of before) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
