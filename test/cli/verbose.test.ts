// --verbose names each attempt by the operation's path template and SDK method: a path filled in
// with a phone number (`/v2/api/conversations/%2B14155551234/action`) never reaches stderr.
import { describe, expect, inject, it } from "vitest";
import { run } from "./in-process.js";

const prism = inject("prismUrl");

describe("--verbose", () => {
  it("`allo conversations act +14155551234 --action READ --verbose` prints the template and the method, no phone number", async () => {
    const { code, stderr } = await run(["--base-url", prism, "conversations", "act", "+14155551234", "--action", "READ", "--verbose"]);
    expect(code).toBe(0);
    const lines = stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^> PUT \/v2\/api\/conversations\/\{contact_number\}\/action \(conversations\.act, attempt 1, request req_\w+\)$/,
    );
    expect(lines[1]).toMatch(
      /^< PUT \/v2\/api\/conversations\/\{contact_number\}\/action 200 in \d+ ms \(conversations\.act, attempt 1, request req_\w+\)$/,
    );
    expect(stderr).not.toMatch(/4155551234/);
  });
});
