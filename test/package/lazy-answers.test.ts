// validateAnswers in the package as users install it: the answer schemas sit in a chunk of their
// own that an app's bundler keeps out of what the core entry loads up front, and that both builds
// (ESM and CommonJS) load on demand, throwing the very AlloAnswerError the root exports.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { PACK_TIMEOUT, packedInstall, type PackedInstall } from "../helpers/packed-install.js";

const run = promisify(execFile);

let consumer: PackedInstall;
beforeAll(async () => {
  consumer = await packedInstall();
}, PACK_TIMEOUT);

/** A script that serves an off-spec numbers list on 127.0.0.1 and calls it with validateAnswers: "throw". */
const script = (load: string) => `
${load}
const http = require_("node:http");
const server = http.createServer((req, res) => {
  res.writeHead(200, { "content-type": "application/json", "x-request-id": "srv-1" });
  res.end(JSON.stringify({ data: [{ number: "+13055550142", name: "Front desk", is_shared_number: false }] }));
});
server.listen(0, "127.0.0.1", async () => {
  const baseUrl = "http://127.0.0.1:" + server.address().port;
  const allo = new AlloClient({ apiKey: "k", baseUrl, validateAnswers: "throw" });
  const e = await allo.numbers.list().then(() => null, (error) => error);
  const off = await new AlloClient({ apiKey: "k", baseUrl }).numbers.list();
  console.log(JSON.stringify({ answerError: e instanceof AlloAnswerError, alloError: e instanceof AlloError, location: e?.location, rule: e?.rule, requestId: e?.requestId, offAnswers: off.length }));
  server.close();
});`;

describe("the answer schemas, in the installed package", () => {
  it("stay out of what a bundler loads with the core entry, in a chunk loaded by import()", async () => {
    const result = await build({
      stdin: { contents: 'import { AlloClient } from "allo-client"; console.log(AlloClient);', resolveDir: consumer.dir, loader: "js" },
      bundle: true,
      format: "esm",
      platform: "browser",
      splitting: true,
      outdir: join(consumer.dir, "out"),
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((f) => outputs[f]!.entryPoint !== undefined)!;
    const eager = new Set<string>();
    const visit = (file: string) => {
      if (eager.has(file)) return;
      eager.add(file);
      for (const i of outputs[file]!.imports) if (i.kind === "import-statement") visit(i.path);
    };
    visit(entry);
    const holding = (input: RegExp) => Object.keys(outputs).filter((f) => Object.keys(outputs[f]!.inputs).some((i) => input.test(i)));
    const lazy = holding(/allo-client\/dist\/answer-check-\w+\.js$/);
    expect(lazy).toHaveLength(1);
    expect(eager.has(lazy[0]!)).toBe(false);
    expect(outputs[entry]!.imports).toContainEqual(expect.objectContaining({ kind: "dynamic-import", path: lazy[0] }));
    // The schemas themselves are in that chunk: one per operation, such as the numbers list's.
    const text = result.outputFiles.find((f) => f.path.endsWith(lazy[0]!.replace(/^.*\//, "")))!.text;
    expect(text).toContain("listNumbersAnswer");
    for (const file of eager) {
      expect(result.outputFiles.find((f) => f.path.endsWith(file.replace(/^.*\//, "")))!.text).not.toContain("listNumbersAnswer");
    }
  });

  it.each([
    [
      "ESM",
      [
        "--input-type=module",
        "-e",
        script(
          'import { AlloAnswerError, AlloClient, AlloError } from "allo-client"; import { createRequire } from "node:module"; const require_ = createRequire(import.meta.url);',
        ),
      ],
    ],
    ["CommonJS", ["-e", script('const { AlloAnswerError, AlloClient, AlloError } = require("allo-client"); const require_ = require;')]],
  ])(
    "load on demand in the %s build and throw the root's AlloAnswerError",
    async (_format, args) => {
      const { stdout } = await run(process.execPath, args, { cwd: consumer.dir });
      expect(JSON.parse(stdout)).toEqual({
        answerError: true,
        alloError: true,
        location: "data[*].country",
        rule: "required",
        requestId: "srv-1",
        offAnswers: 1,
      });
    },
    60_000,
  );
});
