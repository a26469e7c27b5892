// docs/react.md names every export of allo-client/react and allo-client/proxy, every operation a
// proxy can allow (the generated table's SDK method names), and every query key it shows is the
// one the code makes, so the guide cannot silently fall behind the code.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { operationNames } from "../../generated/operations.js";
import * as proxy from "../../src/proxy/index.js";
import * as react from "../../src/react/index.js";
import { alloKeys } from "../../src/react/keys.js";

const guide = readFileSync(new URL("../../docs/react.md", import.meta.url), "utf8");

describe("docs/react.md", () => {
  it.each([...Object.keys(react), ...Object.keys(proxy)])("documents %s", (name) => {
    expect(guide).toMatch(new RegExp(`[\`<]${name}\\b`));
  });

  it.each(operationNames)("lists %s among the operations a proxy can allow", (name) => {
    expect(guide).toContain(`"${name}"`);
  });

  it("says a proxy allowing sms.send must sit behind the app's authentication", () => {
    expect(guide).toMatch(/proxy that allows `sms\.send` must sit behind your app's authentication/);
  });

  // `alloKeys.numbers();   // ["allo", "numbers.list"]`: the key the guide writes out is the key.
  const shown = [...guide.matchAll(/^alloKeys\.(\w+)\(\);\s+\/\/ (\[[^\]]*\])/gm)];
  it("writes out some keys", () => {
    expect(shown.map(([, name]) => name)).toEqual(expect.arrayContaining(["numbers", "webhooks", "calls", "me"]));
  });
  it.each(shown.map(([, name, literal]) => [name!, literal!]))("shows alloKeys.%s() as the key it is: %s", (name, literal) => {
    const make = alloKeys[name as "numbers"] as () => readonly unknown[];
    expect(make()).toEqual(JSON.parse(literal));
  });
});
