// docs/migrating.md maps @qrcommunication/withallo-sdk's names to allo-client's. Its tables are read
// here and every allo-client name they give is looked up in the real thing: a method on a client, an
// option the client reads, an exported error class, hook, webhook member or type. A rename in src/
// that the guide does not follow fails here, and so does a row the guide promises but the code lacks.
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { operations as table } from "../../generated/operations.js";
import { AlloClient, AlloError, AlloValidationError, DEFAULTS, type AlloClientOptions } from "../../src/index.js";
import * as root from "../../src/index.js";
import * as react from "../../src/react/index.js";
import * as webhooks from "../../src/webhooks/index.js";
import { operationAt, operations as specOperations, parameters, requestExamples, responseExamples } from "../helpers/spec.js";

const guide = readFileSync(new URL("../../docs/migrating.md", import.meta.url), "utf8");

// ── Reading the guide ───────────────────────────────────────────────────────────────────────────

interface Table {
  section: string;
  header: string[];
  rows: string[][];
}

/** Cells of a table line, split on the pipes that are not escaped. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** Every table of the guide, with the `## ` section it sits in (tables inside code blocks excluded). */
function tablesOf(markdown: string): Table[] {
  const found: Table[] = [];
  const lines = markdown.split("\n");
  let section = "";
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("```")) fenced = !fenced;
    if (fenced) continue;
    if (line.startsWith("## ")) section = line.slice(3).trim();
    if (!line.startsWith("|") || !/^\|[\s|:-]+\|$/.test(lines[i + 1]?.trim() ?? "")) continue;
    const table: Table = { section, header: cells(line), rows: [] };
    for (i += 2; i < lines.length && lines[i]!.startsWith("|"); i++) table.rows.push(cells(lines[i]!));
    i--;
    found.push(table);
  }
  return found;
}

const tables = tablesOf(guide);

/** The cells of `column` in the tables of `section` that have that column, one entry per row. */
function column(section: string, name: string): Array<{ cell: string; row: Record<string, string> }> {
  const matching = tables.filter((t) => t.section === section && t.header.includes(name));
  expect(matching.length, `no table with a "${name}" column under "## ${section}"`).toBeGreaterThan(0);
  return matching.flatMap((t) =>
    t.rows.map((r) => ({ cell: r[t.header.indexOf(name)] ?? "", row: Object.fromEntries(t.header.map((h, i) => [h, r[i] ?? ""])) })),
  );
}

/** The code spans of a cell. */
function spans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

/** `a.b.c` of an object, or undefined. */
function at(value: unknown, path: string): unknown {
  return path.split(".").reduce<any>((v, key) => (v == null ? undefined : v[key]), value);
}

/** `allo.x.y(` in a span: the method path `x.y`. */
const METHOD = /\ballo\.([A-Za-z][\w.]*)\(/g;

function methodsIn(text: string): string[] {
  return [...text.matchAll(METHOD)].map((m) => m[1]!);
}

// ── The real things ─────────────────────────────────────────────────────────────────────────────

/** A fetch that answers every request at once, so that no test here reaches a network. */
function answering(body: unknown): typeof fetch {
  return async () => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
}

const client = new AlloClient({ apiKey: "k", fetch: answering({ data: {} }) });

/** Names an entry file exports, read from its export declarations (values and types alike). */
function exportsOf(file: string): Set<string> {
  const url = new URL(`../../${file}`, import.meta.url);
  const source = ts.createSourceFile(url.pathname, readFileSync(url, "utf8"), ts.ScriptTarget.Latest);
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.add(element.name.text);
    }
  }
  return names;
}

/**
 * Every key of AlloClientOptions: the ones with a default, and the four without. The type below
 * stops compiling (tsc, part of npm test) when AlloClientOptions gains or loses a key this list
 * does not; the "reads every option" test below shows each one is really read.
 */
const CLIENT_OPTIONS = [...Object.keys(DEFAULTS), "apiKey", "headers", "fetch", "logger", "stores"];
type Listed = keyof typeof DEFAULTS | "apiKey" | "headers" | "fetch" | "logger" | "stores";
const listedExactly: [Exclude<keyof AlloClientOptions, Listed>, Exclude<Listed, keyof AlloClientOptions>] extends [never, never]
  ? true
  : false = true;

/** Values that are wrong for one option or another. */
const BAD_VALUES: unknown[] = ["", -1, 0, 1.5, "ftp://nope", "not-a-level", 42, { Authorization: "x" }];

/** Whether the client reads `name`: some wrong value for it is refused, naming it (not as an unknown option). */
function readsOption(name: string): boolean {
  return BAD_VALUES.some((value) => {
    try {
      new AlloClient({ apiKey: "k", [name]: value } as AlloClientOptions);
      return false;
    } catch (error) {
      return (
        error instanceof AlloValidationError &&
        (error.field === name || error.field.startsWith(`${name}.`)) &&
        !error.reason.startsWith("is not an option of AlloClient")
      );
    }
  });
}

/** The issues an input raises before anything is sent (none when it would be sent). */
async function issuesOf(method: string, args: unknown[]): Promise<Array<{ field: string; message: string }>> {
  const fn = at(client, method) as (...a: unknown[]) => Promise<unknown>;
  try {
    await fn.apply(at(client, method.split(".").slice(0, -1).join(".")), args);
    return [];
  } catch (error) {
    if (error instanceof AlloValidationError) return error.issues;
    throw error;
  }
}

/** `status code` pairs the spec documents as examples of an error answer. */
const documentedErrors = new Set(
  specOperations.flatMap(({ op }) =>
    Object.keys(op.responses)
      .filter((status) => /^[45]/.test(status))
      .flatMap((status) => responseExamples(op, status).map(([, value]) => `${status} ${(value as { code?: string })?.code}`)),
  ),
);

/** `status === N` and `code === "X"` of a cell. */
function statusAndCodes(cell: string): { status: number | null; codes: string[] } {
  const status = /status === (\d+)/.exec(cell);
  return { status: status ? Number(status[1]) : null, codes: [...cell.matchAll(/code === "(\w+)"/g)].map((m) => m[1]!) };
}

/** The spec operation behind an SDK method. */
function specOf(method: string) {
  const entry = table[method as keyof typeof table];
  expect(entry, `${method} is not an operation of generated/operations.ts`).toBeDefined();
  return operationAt(entry);
}

// ── The tests ───────────────────────────────────────────────────────────────────────────────────

describe("docs/migrating.md: methods", () => {
  const rows = column("Methods", "allo-client");

  it("maps every v1 operation of the operation table", () => {
    const named = new Set(rows.flatMap(({ cell }) => methodsIn(cell)));
    const v1 = Object.entries(table)
      .filter(([, op]) => op.path.startsWith("/v1/"))
      .map(([name]) => name);
    expect(v1.filter((name) => !named.has(name))).toEqual([]);
  });

  it("names, anywhere in the guide, only methods a real AlloClient has", () => {
    const named = [...new Set(methodsIn(guide))];
    expect(named.length).toBeGreaterThan(15);
    expect(named.filter((path) => typeof at(client, path) !== "function")).toEqual([]);
  });

  it("names only methods the client has in the client-object table", () => {
    const named = column("Construction and options", "allo-client").flatMap(({ cell }) => methodsIn(cell));
    expect(named).toContain("me");
    expect(named.filter((path) => typeof at(client, path) !== "function")).toEqual([]);
  });

  const renames = rows.flatMap(({ cell, row }) => {
    const call = spans(cell).find((s) => /^allo\./.test(s)) ?? "";
    const method = methodsIn(call)[0] ?? "";
    // A method whose first argument is an id takes its input second.
    const idFirst = /^allo\.[\w.]+\(\w+,/.test(call);
    return [...(row["input renames"] ?? "").matchAll(/`(\w+)` → `(\w+)`/g)].map((m) => ({ method, idFirst, there: m[1]!, here: m[2]! }));
  });

  it("lists input renames", () => {
    expect(renames.length).toBeGreaterThanOrEqual(6);
  });

  it.each(renames)(
    "$method: the guide's $here is an input field, its $there is refused before sending",
    async ({ method, idFirst, there, here }) => {
      const args = (input: object) => (idFirst ? ["cnt_abc123", input] : [input]);
      const unknown = (issues: Array<{ field: string; message: string }>, field: string) =>
        issues.some((i) => i.field === field && /not a known field/.test(i.message));
      expect(unknown(await issuesOf(method, args({ [there]: "x" })), there)).toBe(true);
      expect(unknown(await issuesOf(method, args({ [here]: "x" })), here)).toBe(false);
    },
  );
});

describe("docs/migrating.md: answers", () => {
  const rows = column("Answers", "field here").map(({ row }) => ({
    method: spans(row.method ?? "")[0] ?? "",
    there: spans(row["field there"] ?? "")[0] ?? "",
    here: spans(row["field here"] ?? "")[0] ?? "",
  }));

  it("lists the reshaped fields", () => {
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it.each(rows)("$method: the answer's $there comes back as $here", async ({ method, there, here }) => {
    const spec = specOf(method);
    const success = Object.keys(spec.op.responses).find((status) => status.startsWith("2"))!;
    const wire = (responseExamples(spec.op, success)[0]![1] as { data: unknown }).data;
    // The spec's own example input: the body's, or the required query parameters'.
    const body = requestExamples(spec.op)[0]?.[1];
    const query = Object.fromEntries(
      parameters(spec.op)
        .filter((p) => p.in === "query" && p.required)
        .map((p) => [p.name, p.example]),
    );
    const allo = new AlloClient({ apiKey: "k", fetch: answering({ data: wire }) });
    const result = await (at(allo, method) as (input: unknown) => Promise<unknown>).call(at(allo, method.split(".")[0]!), body ?? query);

    expect(at(wire, there), `the spec's example of ${method} has no ${there}`).toBeDefined();
    expect(at(result, here)).toEqual(at(wire, there));
    expect(at(result, there)).toBeUndefined();
  });
});

describe("docs/migrating.md: options", () => {
  const rows = column("Construction and options", "default here").map(({ row }) => ({
    name: spans(row["allo-client"] ?? "")[0] ?? "",
    defaultHere: row["default here"] ?? "",
  }));
  const named = rows.map((r) => r.name).filter(Boolean);

  it("the list of client options is exact, and the client reads every one", () => {
    expect(listedExactly).toBe(true);
    expect(CLIENT_OPTIONS.filter((name) => !readsOption(name))).toEqual([]);
  });

  it("names only options the client reads, and all of them", () => {
    expect(named.filter((name) => !CLIENT_OPTIONS.includes(name))).toEqual([]);
    expect(CLIENT_OPTIONS.filter((name) => !named.includes(name))).toEqual([]);
  });

  it("gives each option with a default the default of DEFAULTS", () => {
    const wrong = rows
      .filter((r) => r.name in DEFAULTS)
      .filter((r) => {
        const value: unknown = DEFAULTS[r.name as keyof typeof DEFAULTS];
        const said = r.defaultHere.replace(/[_,]/g, "");
        // An object default (rateLimit) is said field by field.
        const parts = value !== null && typeof value === "object" ? Object.entries(value).map(([k, v]) => `${k}: ${v}`) : [String(value)];
        return !parts.every((p) => said.includes(p));
      });
    expect(wrong).toEqual([]);
  });

  it("is right that options of that package the client does not read are refused, by name", () => {
    const theirs = column("Construction and options", "withallo-sdk")
      .map(({ cell, row }) => ({ name: spans(cell)[0] ?? "", same: spans(row["allo-client"] ?? "")[0] === spans(cell)[0] }))
      .filter((r) => r.name && !r.same && !r.name.includes("."));
    expect(theirs.map((r) => r.name)).toEqual(expect.arrayContaining(["timeoutMs", "userAgent", "environment", "httpClient"]));
    for (const { name } of theirs) {
      expect(readsOption(name), name).toBe(false);
      expect(() => new AlloClient({ apiKey: "k", [name]: -1 } as AlloClientOptions)).toThrow(
        new RegExp(`^new AlloClient: ${name} is not an option of AlloClient`),
      );
    }
  });
});

describe("docs/migrating.md: errors", () => {
  const rows = column("Errors", "allo-client").map(({ cell, row }) => ({
    classes: spans(cell).filter((s) => /^[A-Z]\w*Error$/.test(s)),
    ...statusAndCodes(row["test here"] ?? ""),
  }));

  it("names only error classes that src/index.ts or src/webhooks/index.ts export, each an AlloError", () => {
    const classes = [...new Set(rows.flatMap((r) => r.classes))];
    expect(classes).toEqual(
      expect.arrayContaining(["AlloError", "AlloApiError", "AlloNetworkError", "AlloTimeoutError", "AlloValidationError", "WebhookError"]),
    );
    for (const name of classes) {
      const cls = (root as Record<string, unknown>)[name] ?? (webhooks as Record<string, unknown>)[name];
      expect(typeof cls, `${name} is not exported`).toBe("function");
      expect(cls === AlloError || (cls as { prototype: unknown }).prototype instanceof AlloError, `${name} is not an AlloError`).toBe(true);
    }
  });

  it("pairs each status with codes the spec documents for it", () => {
    const pairs = rows
      .filter((r) => r.classes.includes("AlloApiError") && r.status !== null)
      .flatMap((r) => r.codes.map((code) => `${r.status} ${code}`));
    expect(pairs.length).toBeGreaterThanOrEqual(8);
    expect(pairs.filter((pair) => !documentedErrors.has(pair))).toEqual([]);
  });

  it("names only codes a WebhookError has, with the status it answers", () => {
    const webhookRows = [
      ...rows.filter((r) => r.classes.includes("WebhookError")),
      ...column("Webhook receiver", "refused here").map(({ cell }) => statusAndCodes(cell)),
    ].filter((r) => r.codes.length > 0);
    expect(webhookRows.length).toBeGreaterThanOrEqual(7);
    for (const { status, codes } of webhookRows) {
      for (const code of codes) {
        const error = new webhooks.WebhookError(code as webhooks.WebhookErrorCode, "");
        expect(typeof error.status, `${code} is not a WebhookError code`).toBe("number");
        if (status !== null) expect(error.status, code).toBe(status);
      }
    }
  });
});

describe("docs/migrating.md: webhook receiver", () => {
  const cellsHere = column("Webhook receiver", "allo-client/webhooks").flatMap(({ cell }) => spans(cell));
  const receiver = new webhooks.WebhookReceiver();
  const event = webhooks.createHandlerEvent("CALL_RECEIVED");

  it("names only methods a real WebhookReceiver has", () => {
    const methods = [...new Set(cellsHere.flatMap((s) => [...s.matchAll(/\breceiver\.(\w+)\(/g)].map((m) => m[1]!)))];
    expect(methods).toEqual(expect.arrayContaining(["on", "handle", "fetchHandler", "nodeHandler", "onEvent"]));
    expect(methods.filter((m) => typeof (receiver as unknown as Record<string, unknown>)[m] !== "function")).toEqual([]);
  });

  it("names only functions and classes allo-client/webhooks exports", () => {
    const called = [
      ...new Set(cellsHere.map((s) => /^(?:new )?([A-Za-z]\w*)\(/.exec(s)?.[1]).filter((n): n is string => !!n && n !== "receiver")),
    ];
    expect(called).toEqual(expect.arrayContaining(["WebhookReceiver", "createHandlerEvent"]));
    expect(called.filter((name) => typeof (webhooks as Record<string, unknown>)[name] !== "function")).toEqual([]);
  });

  it("names only members a handled event has", () => {
    const members = [...new Set(cellsHere.flatMap((s) => [...s.matchAll(/\bevent\.(\w+)/g)].map((m) => m[1]!)))];
    expect(members).toEqual(expect.arrayContaining(["topic", "data", "delivery"]));
    expect(members.filter((m) => !(m in event))).toEqual([]);
  });
});

describe("docs/migrating.md: React hooks", () => {
  it("names only hooks and components src/react/index.ts exports", () => {
    const named = [
      ...new Set(
        column("React hooks", "allo-client/react")
          .flatMap(({ cell }) => spans(cell))
          .map((s) => /^(use[A-Z]\w*|AlloProvider)\b/.exec(s)?.[1])
          .filter((n): n is string => !!n),
      ),
    ];
    expect(named).toEqual(expect.arrayContaining(["AlloProvider", "useAlloClient", "useSendSms", "useWebhooks", "useAlloQuery"]));
    expect(named.filter((name) => typeof (react as Record<string, unknown>)[name] !== "function")).toEqual([]);
  });

  it("names, as hooks with no counterpart there, only hooks src/react/index.ts exports", () => {
    const paragraph = /Hooks with no counterpart there:([\s\S]*?)\n\n/.exec(guide)?.[1] ?? "";
    const named = spans(paragraph);
    expect(named.length).toBeGreaterThanOrEqual(5);
    expect(named.filter((name) => typeof (react as Record<string, unknown>)[name] !== "function")).toEqual([]);
  });
});

describe("docs/migrating.md: other exports", () => {
  it("names only types and values that src/index.ts or src/webhooks/index.ts export", () => {
    const exported = new Set([...exportsOf("src/index.ts"), ...exportsOf("src/webhooks/index.ts")]);
    const named = [
      ...new Set(
        column("Other exports", "allo-client")
          .flatMap(({ cell }) => spans(cell))
          .filter((s) => /^[A-Z]\w*$/.test(s)),
      ),
    ];
    expect(named.length).toBeGreaterThanOrEqual(25);
    expect(named.filter((name) => !exported.has(name))).toEqual([]);
  });
});
