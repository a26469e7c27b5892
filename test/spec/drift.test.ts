// npm run spec:drift: our spec against Allo's published OpenAPI document (spec/upstream/), each
// difference fixed in the spec or accepted with a reason in spec/drift-accepted.yaml.
import { execFile } from "node:child_process";
import { readFile, mkdtemp, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { bundledSpec } from "../../scripts/generate.js";
import { judge, parseAccepted } from "../../scripts/lib/drift-accepted.js";
import { compareSpecs } from "../../scripts/lib/drift-compare.js";
import { deref, resolvePointer } from "../../scripts/lib/json-pointer.js";
import { ACCEPTED_FILE, main, newestUpstream } from "../../scripts/spec-drift.js";

type Json = Record<string, any>;

const root = fileURLToPath(new URL("../../", import.meta.url));

let upstream: Json;
let ours: Json;
let acceptedText: string;

beforeAll(async () => {
  upstream = JSON.parse(await readFile(await newestUpstream(), "utf8"));
  ours = await bundledSpec();
  acceptedText = await readFile(ACCEPTED_FILE, "utf8");
});

/**
 * Allo's document with an operation added, an answer field renamed and an enum value added, and
 * the ids of the differences each must make (the rename: the new name only upstream, the old one
 * only ours).
 */
function mutated(doc: Json): { doc: Json; ids: string[] } {
  const copy = structuredClone(doc);
  copy.paths["/v2/api/calls/{id}"] = {
    get: { operationId: "getCall", responses: { "200": { description: "A call" } } },
  };
  const eventType = copy.components.schemas.WebhookEventTypeApiResponse.properties;
  eventType.summary = eventType.description;
  delete eventType.description;
  copy.components.schemas.PhoneNumber.properties.capabilities.items.enum.push("FAX");
  return {
    doc: copy,
    ids: [
      "GET /v2/api/calls/{id}: operation: only upstream",
      "GET /v2/api/webhooks/event_types: answer field data[].summary: only upstream",
      "GET /v2/api/webhooks/event_types: answer field data[].description: only ours",
      "GET /v2/api/numbers: answer field data[].capabilities[]: enum value FAX: only upstream",
    ].sort(),
  };
}

const ids = (list: ReadonlyArray<{ id: string }>) => list.map((d) => d.id).sort();

async function writeTemp(name: string, text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "allo-drift-")), name);
  await writeFile(file, text);
  return file;
}

describe("spec:drift on the committed copy of Allo's document", () => {
  it("finds no difference that is neither fixed in the spec nor accepted, and no stale acceptance", () => {
    const judged = judge(compareSpecs(upstream, ours), parseAccepted(acceptedText));
    expect(ids(judged.unaccepted), "fix these in spec/ or accept them in spec/drift-accepted.yaml").toEqual([]);
    expect(judged.stale, "these entries of spec/drift-accepted.yaml match no difference any more").toEqual([]);
    expect(judged.accepted.length).toBeGreaterThan(0);
  });
});

describe("spec:drift on a changed copy of Allo's document", () => {
  it("names the added operation, the renamed answer field and the added enum value, and nothing else", () => {
    const { doc, ids: expected } = mutated(upstream);
    const before = new Set(ids(compareSpecs(upstream, ours)));
    const after = ids(compareSpecs(doc, ours));
    expect(after.filter((id) => !before.has(id))).toEqual(expected);
    expect([...before].filter((id) => !after.includes(id))).toEqual([]);
    const judged = judge(compareSpecs(doc, ours), parseAccepted(acceptedText));
    expect(ids(judged.unaccepted)).toEqual(expected);
    expect(judged.stale).toEqual([]);
  });

  it("the command exits 1 and prints each difference under its operation", async () => {
    const { doc, ids: expected } = mutated(upstream);
    const file = await writeTemp("allo-openapi-changed.json", JSON.stringify(doc));
    let out = "";
    const code = await main([file], { out: (t) => (out += t), err: (t) => (out += t), ours: async () => ours });
    expect(code).toBe(1);
    for (const id of expected) {
      const [operation, detail] = [id.slice(0, id.indexOf(": ")), id.slice(id.indexOf(": ") + 2)];
      expect(out).toMatch(new RegExp(`^${literal(operation)}\\n(  .*\\n)*  ${literal(detail)}\\n`, "m"));
    }
    expect(out).toContain(`${expected.length} difference(s) not accepted`);
  });

  it("the command's --json lists exactly those as not accepted", async () => {
    const { doc, ids: expected } = mutated(upstream);
    const file = await writeTemp("allo-openapi-changed.json", JSON.stringify(doc));
    let out = "";
    const code = await main([file, "--json"], { out: (t) => (out += t), err: (t) => (out += t), ours: async () => ours });
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(ids(report.unaccepted)).toEqual(expected);
    expect(report.stale).toEqual([]);
  });

  it("reads the document from a URL (a loopback server here)", async () => {
    const { doc, ids: expected } = mutated(upstream);
    const server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(doc)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi.json`;
      let out = "";
      const code = await main([url, "--json"], { out: (t) => (out += t), err: (t) => (out += t), ours: async () => ours });
      expect(code).toBe(1);
      expect(ids(JSON.parse(out).unaccepted)).toEqual(expected);
    } finally {
      server.close();
    }
  });

  it("npm run spec:drift, as a process, exits 1 and prints them; on the committed copy it exits 0", async () => {
    const { doc, ids: expected } = mutated(upstream);
    const file = await writeTemp("allo-openapi-changed.json", JSON.stringify(doc));
    const run = promisify(execFile);
    const failed = await run(process.execPath, ["--import", "tsx", "scripts/spec-drift.ts", file], { cwd: root }).then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed?.code).toBe(1);
    for (const id of expected) expect(failed?.stdout).toContain(id.slice(id.indexOf(": ") + 2));
    const clean = await run(process.execPath, ["--import", "tsx", "scripts/spec-drift.ts"], { cwd: root });
    expect(clean.stdout).toContain("0 difference(s) not accepted");
  }, 60_000);
});

describe("what spec:drift counts as a difference", () => {
  // Allo's side puts /v2/api in its server URL and names the path parameter thing_id; ours puts it
  // in the path and names it id: the same operation.
  const document =
    (server: string, path: string) =>
    (answer: Json, extra: Json = {}): Json => ({
      servers: [{ url: server }],
      paths: {
        [path]: { get: { responses: { "200": { description: "ok", content: { "application/json": { schema: answer } } } }, ...extra } },
      },
    });
  const doc = document("https://api.example.test/v2/api", "/things/{thing_id}");
  const ourDoc = document("https://api.example.test", "/v2/api/things/{id}");
  const details = (up: Json, our: Json) => compareSpecs(up, our).map((d) => d.detail);

  it("matches operations by method and full path, whatever the server path or the path parameter's name", () => {
    expect(compareSpecs(doc({ type: "object" }), ourDoc({ type: "object" })).map((d) => d.id)).toEqual([]);
  });

  it("takes an open enum, a nullable field and a closed enum of the same values as the same shape", () => {
    const up = { type: "object", properties: { role: { type: "string", nullable: true, enum: ["A", "B", null] } } };
    const our = {
      type: "object",
      properties: { role: { oneOf: [{ anyOf: [{ type: "string", enum: ["A", "B"] }, { type: "string" }] }, { type: "null" }] } },
    };
    expect(details(doc(up), ourDoc(our))).toEqual([]);
  });

  it("names an enum value one side lacks, a field one side lacks (once, at the outer field), a type and a required that differ", () => {
    const up = {
      type: "object",
      required: ["id"],
      properties: {
        id: { type: "integer" },
        role: { type: "string", enum: ["A", "B"] },
        extra: { type: "object", properties: { inner: { type: "string" } } },
      },
    };
    const our = {
      type: "object",
      properties: {
        id: { type: ["string", "null"] },
        role: { type: "string", enum: ["A", "C"] },
        items: { type: "array", items: { type: "string" } },
      },
    };
    expect(details(doc(up), ourDoc(our)).sort()).toEqual(
      [
        "answer field extra: only upstream",
        "answer field items: only ours",
        "answer field id: type upstream integer, ours string",
        "answer field id: required only upstream",
        "answer field role: enum value B: only upstream",
        "answer field role: enum value C: only ours",
      ].sort(),
    );
  });

  it("compares parameters by location and name, headers case-insensitively", () => {
    const param = (name: string, where: string, schema: Json, required = false) => ({ name, in: where, schema, required });
    const up = doc(
      {},
      {
        parameters: [
          param("thing_id", "path", { type: "string" }, true),
          param("X-Trace", "header", { type: "string" }),
          param("page", "query", { type: "integer" }),
        ],
      },
    );
    const our = ourDoc(
      {},
      {
        parameters: [
          param("id", "path", { type: "string" }, true),
          param("x-trace", "header", { type: "string" }),
          param("page", "query", { type: "string" }),
        ],
      },
    );
    expect(details(up, our).sort()).toEqual(
      [
        "parameter path id: only ours",
        "parameter path thing_id: only upstream",
        "parameter query page: type upstream integer, ours string",
      ].sort(),
    );
  });
});

describe("the $refs spec:drift follows", () => {
  const doc = {
    paths: { "/v2/api/users": { get: { operationId: "listUsers" } } },
    odd: { "~1": "tilde-one", "a b": "space" },
    components: { schemas: { A: { $ref: "#/components/schemas/B" }, B: { type: "string" }, Loop: { $ref: "#/components/schemas/Loop" } } },
  };

  it("reads ~1 as / and ~0 as ~ (in that order) and percent-decodes the fragment", () => {
    expect(resolvePointer(doc, "#/paths/~1v2~1api~1users/get").operationId).toBe("listUsers");
    expect(resolvePointer(doc, "#/odd/~01")).toBe("tilde-one");
    expect(resolvePointer(doc, "#/odd/a%20b")).toBe("space");
  });

  it("follows a chain of refs, and names the ref that points at nothing or at itself", () => {
    expect(deref(doc, { $ref: "#/components/schemas/A" })).toEqual({ type: "string" });
    expect(() => resolvePointer(doc, "#/components/schemas/Missing")).toThrow(/#\/components\/schemas\/Missing points at nothing/);
    expect(() => deref(doc, { $ref: "#/components/schemas/Loop" })).toThrow(/Loop refers to itself/);
  });

  it("compares a schema that contains itself down to its first repetition", () => {
    const tree = (extra: Json) => ({
      openapi: "3.0.3",
      paths: {
        "/tree": {
          get: {
            responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Node" } } } } },
          },
        },
      },
      components: {
        schemas: {
          Node: {
            type: "object",
            properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } }, ...extra },
          },
        },
      },
    });
    expect(compareSpecs(tree({ extra: { type: "string" } }), tree({})).map((d) => d.id)).toEqual([
      "GET /tree: answer field extra: only upstream",
    ]);
  });
});

describe("spec/drift-accepted.yaml", () => {
  const difference = (id: string) => ({ id, operation: id.slice(0, id.indexOf(": ")), detail: id.slice(id.indexOf(": ") + 2) });

  it("refuses an entry without a reason, naming it", () => {
    expect(() => parseAccepted("- id: 'GET /v2/api/me: answer field data.x: only ours'\n")).toThrow(
      /entry 1 \(GET \/v2\/api\/me: answer field data.x: only ours\) has no reason/,
    );
    expect(() => parseAccepted("- id: 'GET /v2/api/me: operation: only ours'\n  reason: '  '\n")).toThrow(/has no reason/);
  });

  it("refuses an entry with both an id and a match, with neither, or with an unknown key", () => {
    expect(() => parseAccepted("- id: a\n  match: b\n  reason: r\n")).toThrow(/either an id .* or a match/);
    expect(() => parseAccepted("- reason: r\n")).toThrow(/either an id .* or a match/);
    expect(() => parseAccepted("- id: a\n  reason: r\n  sources: x\n")).toThrow(/unknown key\(s\) sources/);
  });

  it("accepts by exact id, by a list of ids and by a * pattern, and reports what accepts nothing as stale", () => {
    const entries = parseAccepted(
      [
        "- id: 'GET /a: operation: only ours'",
        "  reason: one",
        "- id: ['GET /b: answer field x: only ours', 'GET /gone: operation: only ours']",
        "  reason: two",
        "- match: '*: parameter header x-request-id: only ours'",
        "  reason: three",
        "- match: '*: parameter header idempotency-key: *'",
        "  reason: four",
      ].join("\n"),
    );
    const judged = judge(
      [
        "GET /a: operation: only ours",
        "GET /b: answer field x: only ours",
        "GET /c: parameter header x-request-id: only ours",
        "GET /d: answer field y: only upstream",
      ].map(difference),
      entries,
    );
    expect(ids(judged.unaccepted)).toEqual(["GET /d: answer field y: only upstream"]);
    expect(judged.accepted.map((a) => a.acceptance.reason)).toEqual(["one", "two", "three"]);
    expect(judged.stale).toEqual(["GET /gone: operation: only ours", "*: parameter header idempotency-key: *"]);
  });
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
