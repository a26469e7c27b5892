// The spec against ../shared/allo-api-facts.md, the page that says what Allo publishes: every
// operation with its scope, every error code with its status, every webhook topic.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deref, operations, responseExamples, scopeOf, spec } from "../helpers/spec.js";

const facts = readFileSync(new URL("../../../shared/allo-api-facts.md", import.meta.url), "utf8");

const factOperations = [...facts.matchAll(/^\| (GET|POST|PUT|DELETE) (\/\S+) \| (\w+) \|/gm)].map((m) => ({
  method: m[1]!.toLowerCase(),
  path: m[2]!,
  scope: m[3]!,
}));

const factErrors = [...facts.matchAll(/^\| (\d{3}) \| ([A-Z_, ]+) \|/gm)].flatMap((m) =>
  m[2]!.split(",").map((code) => ({ status: m[1]!, code: code.trim() })),
);

// The topics bullet wraps over several lines: take it up to the next bullet.
const factTopics = [...(facts.match(/^- Topics:([\s\S]*?)\n- /m)?.[1] ?? "").matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]!);

describe("the facts page is parsed", () => {
  it("yields the operations, error codes and topics it lists", () => {
    expect(factOperations.length).toBe(12); // POST /sms twice: send and sendFrance
    expect(factErrors.length).toBe(14);
    expect(factTopics).toEqual(
      expect.arrayContaining(["CALL_RECEIVED", "SMS_RECEIVED", "SMS_SENT", "CONTACT_CREATED", "CONTACT_UPDATED", "PING"]),
    );
  });
});

describe("every operation of the facts page is in the spec with its scope", () => {
  it.each(factOperations)("$method $path needs $scope", ({ method, path, scope }) => {
    const found = operations.find((o) => o.method === method && o.path === path.replace(/\{id\}/, "{contact_id}"));
    expect(found, `${method.toUpperCase()} ${path} is missing from the spec`).toBeDefined();
    expect(scopeOf(found!.op)).toBe(scope);
    expect(found!.op.description).toContain(`**Required scope:** \`${scope}\``);
  });

  it("and the spec has no operation the facts page does not list", () => {
    const listed = new Set(factOperations.map((o) => `${o.method} ${o.path}`));
    for (const o of operations) expect(listed, `${o.method} ${o.path}`).toContain(`${o.method} ${o.path}`);
  });
});

describe("every error code of the facts page is a named example of its status", () => {
  it.each(factErrors)("$status $code", ({ status, code }) => {
    const servedBy = operations.filter((o) =>
      o.op.responses[status] && responseExamples(o.op, status).some(([name, value]) => name === code && (value as { code: string }).code === code),
    );
    expect(servedBy.map((o) => o.operationId), `${status} ${code} is not documented anywhere`).not.toEqual([]);
  });

  it("the 429 documents Retry-After, and the quota form its reset_in", () => {
    const tooMany = deref(spec.components.responses.TooManyRequests);
    expect(Object.keys(tooMany.headers)).toContain("Retry-After");
    const quota = tooMany.content["application/json"].examples.API_KEY_QUOTA_EXCEEDED.value;
    expect(quota.details[0].message).toMatch(/reset_in=\d+/);
  });

  it("every operation documents 401, 403, 429 and a 5xx", () => {
    for (const o of operations) {
      expect(Object.keys(o.op.responses), o.operationId).toEqual(expect.arrayContaining(["401", "403", "429", "500"]));
    }
  });
});

describe("every webhook topic is under webhooks:", () => {
  it.each(factTopics)("%s", (topic) => {
    const entry = spec.webhooks[topic]?.post;
    expect(entry, `${topic} is missing from webhooks:`).toBeDefined();
    const schema = entry.requestBody.content["application/json"].schema;
    expect(schema.properties.topic.const).toBe(topic);
    expect(Object.keys(entry.requestBody.content["application/json"].examples ?? {})).not.toEqual([]);
  });
});

describe("the API key scheme", () => {
  it("is the raw key in Authorization, described as having no Bearer prefix", () => {
    const scheme = spec.components.securitySchemes.AlloApiKey;
    expect(scheme).toMatchObject({ type: "apiKey", in: "header", name: "Authorization" });
    expect(scheme.description).toMatch(/No `Bearer ` prefix/);
    expect(spec.servers[0].url).toBe("https://api.withallo.com/v1/api");
  });
});
