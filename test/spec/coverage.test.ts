// The spec against spec/coverage.json, the list of what Allo publishes (kept in this repository, so a
// clone of the repository alone tests the same): every operation with its scope and SDK method, every
// error code as a named example of its status and error model, every webhook topic.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deref, operations, responseExamples, scopeOf, spec } from "../helpers/spec.js";

interface Coverage {
  operations: Array<{ method: string; path: string; scope: string | null; sdkMethod: string }>;
  errorCodes: Array<{ code: string; status: number; model: "v1" | "v2"; where?: "info" }>;
  webhookTopics: { v1: string[]; v2: string[] };
}

const coverage: Coverage = JSON.parse(readFileSync(new URL("../../spec/coverage.json", import.meta.url), "utf8"));

const sdkMethods = (op: Record<string, any>): string[] => [op["x-sdk-method"]].flat();

describe("spec/coverage.json", () => {
  it("lists each SDK method once, each under a versioned path, and topics of both versions", () => {
    const methods = coverage.operations.map((o) => o.sdkMethod);
    expect(new Set(methods).size).toBe(methods.length);
    // One operation may back several methods (POST /v1/api/sms: sms.send and sms.sendFrance), each with the same scope.
    const scopes = new Map<string, Set<string | null>>();
    for (const o of coverage.operations)
      scopes.set(`${o.method} ${o.path}`, (scopes.get(`${o.method} ${o.path}`) ?? new Set()).add(o.scope));
    for (const [where, found] of scopes) expect(found.size, where).toBe(1);
    for (const o of coverage.operations) expect(o.path).toMatch(/^\/v[12]\/api\//);
    expect(coverage.webhookTopics.v1).not.toEqual([]);
    expect(coverage.webhookTopics.v2).not.toEqual([]);
  });
});

describe("every operation of coverage.json is in the spec with its scope and SDK method", () => {
  it.each(coverage.operations)("$method $path is $sdkMethod, scope $scope", ({ method, path, scope, sdkMethod }) => {
    const found = operations.find((o) => o.method === method.toLowerCase() && o.path === path);
    expect(found, `${method} ${path} is missing from the spec`).toBeDefined();
    expect(sdkMethods(found!.op)).toContain(sdkMethod);
    if (scope === null) {
      expect(found!.op.security).toEqual([{ AlloApiKey: [] }]);
      expect(found!.op.description).toMatch(/\*\*Required scope:\*\* none/);
    } else {
      expect(scopeOf(found!.op)).toBe(scope);
      expect(found!.op.description).toContain(`**Required scope:** \`${scope}\``);
    }
  });

  it("and the spec has no operation coverage.json does not list", () => {
    const listed = new Set(coverage.operations.map((o) => `${o.method.toLowerCase()} ${o.path}`));
    for (const o of operations) expect(listed, `${o.method} ${o.path}`).toContain(`${o.method} ${o.path}`);
  });
});

/** The code an error example carries, in either model. */
function codeOf(value: any): { code: unknown; model: "v1" | "v2" } {
  return value && typeof value.error === "object" ? { code: value.error.code, model: "v2" } : { code: value?.code, model: "v1" };
}

describe("every error code is a named example of its status, in its model", () => {
  it.each(coverage.errorCodes.filter((e) => e.where !== "info"))("$status $code ($model)", ({ status, code, model }) => {
    const servedBy = operations.filter(
      (o) =>
        o.op.responses[String(status)] &&
        responseExamples(o.op, String(status)).some(
          ([name, value]) => name === code && codeOf(value).code === code && codeOf(value).model === model,
        ),
    );
    expect(
      servedBy.map((o) => o.operationId),
      `${status} ${code} is not documented anywhere`,
    ).not.toEqual([]);
  });

  it("a code that belongs to no operation is said in the spec's description", () => {
    for (const { code, status } of coverage.errorCodes.filter((e) => e.where === "info")) {
      expect(spec.info.description).toContain(`${status} ${code}`);
    }
  });

  it("v1 operations answer the v1 model and v2 operations the v2 model", () => {
    for (const o of operations) {
      for (const status of ["401", "403", "429"]) {
        const schema = deref(o.op.responses[status]).content["application/json"].schema.$ref;
        expect(schema, `${o.operationId} ${status}`).toBe(
          o.path.startsWith("/v2/") ? "#/components/schemas/ErrorBodyV2" : "#/components/schemas/ErrorBody",
        );
      }
    }
  });

  it("every 429 documents Retry-After; a v1 quota 429 carries reset_in, a v2 one retry_after_seconds", () => {
    for (const o of operations) {
      const tooMany = deref(o.op.responses["429"]);
      expect(Object.keys(tooMany.headers ?? {}), o.operationId).toContain("Retry-After");
    }
    const v1 = responseExamples(operations.find((o) => o.operationId === "listNumbers")!.op, "429");
    expect((v1.find(([n]) => n === "API_KEY_QUOTA_EXCEEDED")![1] as any).details[0].message).toMatch(/reset_in=\d+/);
    const v2 = responseExamples(operations.find((o) => o.operationId === "getMe")!.op, "429");
    expect((v2[0]![1] as any).error).toMatchObject({ code: "RATE_LIMIT_EXCEEDED", retryable: true, retry_after_seconds: 1 });
  });

  it("every operation documents 401, 403, 429 and a 500", () => {
    for (const o of operations) {
      expect(Object.keys(o.op.responses), o.operationId).toEqual(expect.arrayContaining(["401", "403", "429", "500"]));
    }
  });
});

describe("every webhook topic is under webhooks:", () => {
  it.each(coverage.webhookTopics.v1)("v1 %s", (topic) => {
    const entry = spec.webhooks[topic]?.post;
    expect(entry, `${topic} is missing from webhooks:`).toBeDefined();
    expect(entry.requestBody.content["application/json"].schema.properties.topic.const).toBe(topic);
    expect(Object.keys(entry.requestBody.content["application/json"].examples ?? {})).not.toEqual([]);
  });

  it.each(coverage.webhookTopics.v2)("v2 %s, in the { topic, version, timestamp, data } envelope, signed", (topic) => {
    const entry = spec.webhooks[topic]?.post;
    expect(entry, `${topic} is missing from webhooks:`).toBeDefined();
    const schema = entry.requestBody.content["application/json"].schema;
    expect(schema.properties.topic.const).toBe(topic);
    expect(schema.required).toEqual(expect.arrayContaining(["topic", "version", "timestamp", "data"]));
    const headers = (entry.parameters ?? [])
      .map((p: any) => deref(p))
      .filter((p: any) => p.in === "header")
      .map((p: any) => p.name);
    expect(headers).toEqual(expect.arrayContaining(["webhook-id", "webhook-timestamp", "webhook-signature"]));
    expect(Object.keys(entry.requestBody.content["application/json"].examples ?? {})).not.toEqual([]);
  });
});

describe("the API", () => {
  it("is served from the origin; paths carry their version", () => {
    expect(spec.servers[0].url).toBe("https://api.withallo.com");
    for (const o of operations) expect(o.path).toMatch(/^\/v[12]\/api\//);
  });

  it("the key goes in Authorization, described as having no Bearer prefix", () => {
    const scheme = spec.components.securitySchemes.AlloApiKey;
    expect(scheme).toMatchObject({ type: "apiKey", in: "header", name: "Authorization" });
    expect(scheme.description).toMatch(/No `Bearer ` prefix/);
  });

  it("every v2 operation takes X-Request-Id and answers the rate-limit headers", () => {
    for (const o of operations.filter((o) => o.path.startsWith("/v2/"))) {
      const params = (o.op.parameters ?? []).map((p: any) => deref(p).name);
      expect(params, o.operationId).toContain("X-Request-Id");
      const ok = Object.entries(o.op.responses).find(([s]) => /^2/.test(s))![1] as any;
      expect(Object.keys(deref(ok).headers ?? {}), o.operationId).toEqual(
        expect.arrayContaining(["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-Request-Id"]),
      );
    }
  });

  it("exactly the four operations Allo documents take an Idempotency-Key", () => {
    const keyed = operations.filter((o) => (o.op.parameters ?? []).some((p: any) => deref(p).name === "Idempotency-Key"));
    expect(keyed.map((o) => o.operationId).sort()).toEqual(["addTags", "createSummaryTemplate", "executeConversationAction", "removeTag"]);
  });
});
