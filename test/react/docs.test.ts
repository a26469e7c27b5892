// docs/react.md names every export of allo-client/react and allo-client/proxy, and every
// operation a proxy can allow, so the guide cannot silently fall behind the code.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as proxy from "../../src/proxy/index.js";
import { OPERATIONS } from "../../src/proxy/operations.js";
import * as react from "../../src/react/index.js";

const guide = readFileSync(new URL("../../docs/react.md", import.meta.url), "utf8");

describe("docs/react.md", () => {
  it.each([...Object.keys(react), ...Object.keys(proxy)])("documents %s", (name) => {
    expect(guide).toMatch(new RegExp(`[\`<]${name}\\b`));
  });

  it.each(Object.keys(OPERATIONS))("lists %s among the operations a proxy can allow", (name) => {
    expect(guide).toContain(`"${name}"`);
  });

  it("says a proxy allowing sms.send must sit behind the app's authentication", () => {
    expect(guide).toMatch(/proxy that allows `sms\.send` must sit behind your app's authentication/);
  });
});
