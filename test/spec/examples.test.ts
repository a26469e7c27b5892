// Every example in the spec validates against its schema (Redocly checks media types too; this adds
// parameter examples and the incoming webhooks, and fails with the exact ajv error).
import { describe, expect, it } from "vitest";
import { HTTP_METHODS, deref, spec, validatorFor } from "../helpers/spec.js";

const esc = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

interface Case {
  where: string;
  pointer: string;
  value: unknown;
}

function mediaCases(base: string, content: Record<string, any> | undefined, where: string): Case[] {
  const json = content?.["application/json"];
  if (!json?.schema) return [];
  return Object.entries(json.examples ?? {}).map(([name, ex]) => ({
    where: `${where} example ${name}`,
    pointer: `${base}/content/application~1json/schema`,
    value: deref(ex as Record<string, any>).value,
  }));
}

const cases: Case[] = [];
for (const [section, map] of [
  ["paths", spec.paths],
  ["webhooks", spec.webhooks],
] as const) {
  for (const [key, item] of Object.entries(map as Record<string, any>)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const opPointer = `#/${section}/${esc(key)}/${method}`;
      cases.push(...mediaCases(`${opPointer}/requestBody`, op.requestBody?.content, `${op.operationId} request`));
      for (const [status, raw] of Object.entries(op.responses as Record<string, any>)) {
        const base = raw.$ref ?? `${opPointer}/responses/${status}`;
        cases.push(...mediaCases(base, deref(raw).content, `${op.operationId} ${status}`));
      }
      (op.parameters ?? []).forEach((raw: any, i: number) => {
        const p = deref(raw);
        if (p.example === undefined) return;
        const pointer = raw.$ref ? `${raw.$ref}/schema` : `${opPointer}/parameters/${i}/schema`;
        cases.push({ where: `${op.operationId} parameter ${p.name}`, pointer, value: p.example });
      });
    }
  }
}

describe("every example validates against its schema", () => {
  it("finds the examples (one per documented response at least)", () => {
    expect(cases.length).toBeGreaterThan(80);
  });

  it.each(cases)("$where", ({ pointer, value }) => {
    const validate = validatorFor(pointer);
    const ok = validate(value);
    expect(ok, JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("and the validator refuses what the schema forbids (it is not vacuous)", () => {
    const sms = validatorFor("#/components/schemas/SendSmsInput");
    expect(sms({ from: "+13055550180", to: "+13055550142", message: "" })).toBe(false);
    expect(sms({ from: "+13055550180", to: "+13055550142", message: "x".repeat(1001) })).toBe(false);
    expect(sms({ from: "0612345678", to: "+13055550142", message: "hi" })).toBe(false);
    expect(sms({ from: "+13055550180", to: "+13055550142", message: "hi" })).toBe(true);
  });
});

describe("LocalDateTime, the answers' date-time", () => {
  const dateTime = validatorFor("#/components/schemas/LocalDateTime");

  it.each([
    "2024-01-15T10:30:00",
    "2024-01-15T10:30:00Z",
    "2024-01-15T10:30:00.123+02:00",
    "2024-01-15T10:30",
    "2025-03-15T14:30:45.123456Z",
  ])("takes %s (a zone or none, a fraction, no seconds)", (value) => expect(dateTime(value)).toBe(true));

  it.each(["yesterday", "2024-13-15T10:30:00", "2024-01-15T25:00:00", "2024-01-15", "2024-01-15 10:30:00", "2024-01-15T10:30:00+2"])(
    "refuses %s",
    (value) => expect(dateTime(value)).toBe(false),
  );
});

describe("the answers the mock serves", () => {
  // Prism serves an answer's first named example; without one it makes a body up from the schema,
  // the first value of each enum: a 404 that reads API_KEY_INVALID, authentication_error.
  const answers = Object.entries(spec.paths as Record<string, any>).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).flatMap((method) =>
      Object.entries(item[method].responses as Record<string, any>).map(([status, raw]) => ({
        where: `${method.toUpperCase()} ${path} ${status}`,
        status: Number(status),
        json: deref(raw).content?.["application/json"] as { examples?: Record<string, any> } | undefined,
      })),
    ),
  );

  it.each(answers.filter((a) => a.json).map((a) => ({ where: a.where, json: a.json! })))(
    "$where has a named example, which the mock serves rather than one it makes up",
    ({ json }) => {
      expect(Object.keys(json.examples ?? {}).length).toBeGreaterThan(0);
    },
  );

  // Allo's error-handling guide: the type of a v2 error follows from its status (a 415, which the
  // guide does not type, is refused input: validation_error).
  const TYPES: Record<number, string[]> = {
    415: ["validation_error"],
    400: ["validation_error"],
    401: ["authentication_error"],
    402: ["billing_error"],
    403: ["permission_error"],
    404: ["not_found_error"],
    409: ["conflict_error"],
    422: ["validation_error"],
    429: ["rate_limit_error"],
    500: ["server_error"],
  };
  const v2Errors = answers.flatMap(({ where, status, json }) =>
    Object.entries(json?.examples ?? {})
      .map(([name, ex]) => ({ where: `${where} ${name}`, status, type: deref(ex).value?.error?.type as string | undefined }))
      .filter((e) => e.type !== undefined),
  );

  it.each(v2Errors)("$where: a v2 error's type is the one its status has", ({ status, type }) => {
    expect(TYPES[status], `no type known for ${status}`).toContain(type);
  });
});
