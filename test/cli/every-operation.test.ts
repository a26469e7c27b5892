// Every operation of the table has its command, and its example input from the spec, written as
// a user writes it (arguments, flags, repeated flags for lists, JSON for objects; --yes for a
// delete), reaches Prism and prints the example answer. In process, for speed: cli.test.ts runs the installed bin.
import { describe, expect, inject, it } from "vitest";
import { operationNames, operations } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import { exampleAnswer } from "./examples.js";
import { allo, argsOf, KEY } from "./in-process.js";

const prism = inject("prismUrl");

describe("every operation from the command line", () => {
  it.each(operationNames.map((name) => ({ name })))(
    "$name: its example input as arguments and flags prints its example answer",
    async ({ name }) => {
      const deletes = operations[name].method === "DELETE";
      const { stdout, stderr } = await allo(["--base-url", prism, ...argsOf(name, tools[name].example), ...(deletes ? ["--yes"] : [])]);
      const example = exampleAnswer(name);
      // A delete, and a call answered without a body, say on stderr what was done.
      if (example === undefined || deletes) expect(stderr).toMatch(/^allo: done: [^\n]+: HTTP 2\d\d, request \S+\.\n$/);
      else expect(stderr).toBe("");
      if (example === undefined) expect(stdout).toBe("");
      else expect(JSON.parse(stdout)).toEqual(example);
      expect(stdout).not.toContain(KEY);
    },
  );

  it("prints pretty JSON on a terminal", async () => {
    const { stdout } = await allo(["--base-url", prism, "tags", "list"], { tty: true });
    expect(stdout).toBe(`${JSON.stringify(exampleAnswer("tags.list"), null, 2)}\n`);
  });
});
