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

  it('documents authorize, its "public" value and what a refused request gets, as createAlloProxy has them', async () => {
    // The facts the guide's warning rests on, checked against the code: authorize is required
    // (createAlloProxy refuses a proxy without it), "public" is the way to say so out loud, and a
    // request it refuses is a 401 that never reaches Allo.
    expect(() => proxy.createAlloProxy({ apiKey: "ak_live_docs_test", allow: ["sms.send"] } as never)).toThrow(/authorize is required/);
    const refused = await proxy.createAlloProxy({ apiKey: "ak_live_docs_test", allow: ["sms.send"], authorize: () => false })(
      new Request("https://app.test/v1/api/sms", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }),
    );
    expect(refused.status).toBe(401);
    for (const fact of ["`authorize`", '`authorize: "public"`', "401", "`sms.send`"]) expect(guide).toContain(fact);
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
