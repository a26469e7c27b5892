// allo-client/react on a server: importing it and rendering with it to HTML in plain Node (no
// DOM) works, touches no browser global and defines none; the entry is marked 'use client', and
// it reaches the core and the operation table through imports, never copies of them.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { promisify } from "node:util";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url);
const reactDir = new URL("src/react/", root);

describe("allo-client/react on a server", () => {
  it("imports and renders to HTML in Node without a DOM, defining no browser global", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "test/react/fixtures/render-on-server.tsx"], { cwd: root });
    const report = JSON.parse(stdout.trim().split("\n").at(-1)!) as { before: string[]; after: string[]; html: string };
    // Any read of one of them would have thrown a ReferenceError, failing the child process.
    expect(report.before, "the child process must start without browser globals").toEqual([]);
    expect(report.after).toEqual([]);
    // On the server a query renders its loading state; it runs in the browser after hydration.
    expect(report.html).toBe("<p>Loading contacts</p>");
  }, 30_000);

  it("the entry's first statement is the 'use client' directive (Next.js App Router)", () => {
    const source = ts.createSourceFile("index.ts", readFileSync(new URL("index.ts", reactDir), "utf8"), ts.ScriptTarget.Latest);
    const first = source.statements[0];
    expect(first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text).toBe("use client");
  });

  it("its files import the core through ../index.js, the operation table from generated/, and nothing but React and TanStack Query besides", () => {
    const imported = new Set<string>();
    for (const file of readdirSync(reactDir)) {
      const source = ts.createSourceFile(file, readFileSync(new URL(file, reactDir), "utf8"), ts.ScriptTarget.Latest);
      for (const statement of source.statements) {
        if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier) {
          imported.add((statement.moduleSpecifier as ts.StringLiteral).text);
        }
      }
    }
    const outside = [...imported].filter((from) => !from.startsWith("./"));
    // The table is the one the core reads (a shared chunk in the package, one module in an app's
    // bundle), not a copy: the hooks name operations by it and refuse what it does not hold.
    expect(outside.sort()).toEqual(["../../generated/operations.js", "../index.js", "@tanstack/react-query", "react"]);
  });
});
