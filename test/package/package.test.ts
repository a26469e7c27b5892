// The package as users install it: publint and attw clean, a real `npm pack` tarball installed in a
// fresh folder, every entry imported and required, a consumer typechecked against the published
// types, the mock started through the package (entry and bin), and a clear message without Prism.
import { execFile, spawn } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/lib/packed-consumer.js";
import { PACK_TIMEOUT, packedInstall, type PackedInstall } from "../helpers/packed-install.js";

const run = promisify(execFile);
const bin = (name: string) => join(ROOT, "node_modules", ".bin", name);

// The run's one packed tarball (test/setup/packed-install.ts), installed with the optional peers.
let consumer: PackedInstall;
beforeAll(async () => {
  consumer = await packedInstall({ withPeers: true });
}, PACK_TIMEOUT);

describe("package checks", () => {
  it("publint finds nothing in the tarball, even in strict mode", async () => {
    const { stdout } = await run(bin("publint"), ["run", consumer.tarball, "--strict"], { cwd: ROOT });
    expect(stdout).toContain("All good!");
  });

  it("attw --pack resolves types for every entry under node10, node16 (CJS and ESM) and bundlers", async () => {
    // openapi.yaml is a data file, not a module: nothing to type.
    const { stdout } = await run(
      bin("attw"),
      [consumer.tarball, "--format", "ascii", "--exclude-entrypoints", "./openapi.yaml", "./package.json"],
      {
        cwd: ROOT,
        maxBuffer: 8 * 1024 * 1024,
      },
    );
    expect(stdout).toContain("No problems found");
  }, 120_000);

  it("the tarball holds the build, the bundled spec, the guides, README, CHANGELOG and LICENSE, and no sources or tests", async () => {
    const { stdout } = await run("tar", ["-tzf", consumer.tarball]);
    const files = stdout
      .trim()
      .split("\n")
      .map((f) => f.replace(/^package\//, ""));
    // Every file the README links to or shows (guides, the spec, the chart) ships, so that no link
    // or image leads nowhere from the installed package or the registry's copy of the README.
    const readme = await readFile(join(ROOT, "README.md"), "utf8");
    const linked = [...readme.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!);
    expect(linked).toEqual(expect.arrayContaining(["docs/webhooks.md", "generated/allo.openapi.yaml", "bench/scale.svg"]));
    expect(files).toEqual(expect.arrayContaining([...new Set(linked)]));
    expect(files).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "generated/allo.openapi.yaml",
        "examples/quickstart.ts",
        "dist/index.js",
        "dist/index.cjs",
        "dist/index.d.ts",
        "dist/index.d.cts",
        "dist/mock.js",
        "dist/mock.cjs",
        "dist/webhooks.js",
        "dist/webhooks.cjs",
        "dist/webhooks.d.ts",
        "dist/react.js",
        "dist/react.cjs",
        "dist/react.d.ts",
        "dist/proxy.js",
        "dist/proxy.cjs",
        "dist/proxy.d.ts",
        "dist/bin/allo-mock.js",
      ]),
    );
    expect(
      files.filter((f) => /^(src|test|scripts|spec)\//.test(f) || (f.startsWith("generated/") && f !== "generated/allo.openapi.yaml")),
    ).toEqual([]);
  });
});

describe("installed from the tarball", () => {
  it("works through import(): validation, the client against the mock, typed errors", async () => {
    const { stdout } = await run(process.execPath, ["smoke/smoke.mjs"], { cwd: consumer.dir });
    expect(JSON.parse(stdout)).toMatchObject({ format: "esm", ok: true });
  }, 60_000);

  it("works through require(), with the same classes whichever entry loads first", async () => {
    const { stdout } = await run(process.execPath, ["smoke/smoke.cjs"], { cwd: consumer.dir });
    expect(JSON.parse(stdout)).toMatchObject({ format: "cjs", ok: true });
  }, 60_000);

  it("the React entry starts with 'use client' in both formats, for Next.js App Router", async () => {
    for (const file of ["react.js", "react.cjs"]) {
      const code = await readFile(join(consumer.dir, "node_modules", "allo-client", "dist", file), "utf8");
      expect(code.startsWith('"use client";\n'), file).toBe(true);
      expect(code.match(/use client/g), file).toHaveLength(1);
    }
  });

  it("defines each error class once per format, in a chunk every entry shares", async () => {
    const dist = join(consumer.dir, "node_modules", "allo-client", "dist");
    for (const ext of [".js", ".cjs"]) {
      const files = (await readdir(dist)).filter((f) => f.endsWith(ext));
      const defining = [];
      // `var AlloError = class`, or in CommonJS `var AlloError = (_class = class` (class fields lowered).
      for (const f of files) if (/var AlloError = (\(_class\d* = )?class\b/.test(await readFile(join(dist, f), "utf8"))) defining.push(f);
      expect(defining, `AlloError is defined in ${defining.join(", ")}`).toHaveLength(1);
    }
  });

  it.each(["nodenext", "bundler"])(
    "a consumer typechecks against the published types (moduleResolution %s)",
    async (resolution) => {
      const tsconfig = {
        compilerOptions: {
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          target: "ES2022",
          lib: ["ES2022", "DOM"],
          module: resolution === "bundler" ? "ESNext" : "NodeNext",
          moduleResolution: resolution,
          types: [],
          exactOptionalPropertyTypes: true,
        },
        files: ["smoke/consumer.ts"],
      };
      const file = join(consumer.dir, `tsconfig.${resolution}.json`);
      await writeFile(file, JSON.stringify(tsconfig));
      const result = await run(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", file], {
        cwd: consumer.dir,
      }).then(
        () => "",
        (e: { stdout: string }) => e.stdout,
      );
      expect(result).toBe("");
    },
    60_000,
  );

  it("the allo-mock bin serves the spec, and the README's first call and CLI command work against it as written", async () => {
    const child = spawn(join(consumer.dir, "node_modules", ".bin", "allo-mock"), ["--port", "0"], { cwd: consumer.dir });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (c: Buffer) => {
          out += c.toString();
          const m = /Base URL: (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once("exit", (code) => reject(new Error(`allo-mock exited (${code}): ${out}`)));
      });
      const res = await fetch(`${url}/v1/api/numbers`, { headers: { authorization: "anything" } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: unknown[] }).data).toHaveLength(2);

      // The README's first steps for a package user, as written, against that mock: the first call, then the CLI.
      const readme = await readFile(join(ROOT, "README.md"), "utf8");
      const steps = readme.slice(readme.indexOf("## Use it in your project"), readme.indexOf("## Usage"));
      expect(steps).toMatch(/^npx allo-mock\b/m);
      const firstCall = /```ts\n([\s\S]*?)```/.exec(steps)![1]!.replaceAll("http://127.0.0.1:4010", url);
      await writeFile(join(consumer.dir, "readme-first-call.mjs"), firstCall);
      const env = { ...process.env, ALLO_API_KEY: "test", ALLO_BASE_URL: "" };
      const called = await run(process.execPath, ["readme-first-call.mjs"], { cwd: consumer.dir, env });
      expect(called.stdout.trim()).toMatch(/^[1-9]\d* \+\d+$/);
      const cli = /^(npx allo [^#\n]*?)\s*#/m.exec(steps)![1]!.replaceAll("http://127.0.0.1:4010", url).split(" ");
      const listed = await run(join(consumer.dir, "node_modules", ".bin", cli[1]!), cli.slice(2), { cwd: consumer.dir, env });
      expect(JSON.parse(listed.stdout).data).toHaveLength(2);
    } finally {
      child.kill("SIGTERM");
    }
  }, 60_000);
});

describe("without Prism installed", () => {
  it(
    "allo-client/mock says how to install it",
    async () => {
      // The run's install without Prism (the MCP SDK is beside it, as a user of allo-mcp adds it).
      const bare = await packedInstall();
      const script = `import { startAlloMock } from "allo-client/mock"; await startAlloMock().catch((e) => console.log(e.message));`;
      const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: bare.dir });
      expect(stdout).toContain("npm install -D @stoplight/prism-cli@5.14.2");
    },
    PACK_TIMEOUT,
  );
});
