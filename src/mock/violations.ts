// What Prism found wrong with a request or an answer, rewritten without any value. Prism lists its
// findings in the `sl-violations` header of the answer (and, when it refuses a request with
// --errors, in the `validation` member of its problem answer) as { location, severity, code,
// message }: `location` is where (["response", "body", "data", "0", "name"]), `code` is the
// failed JSON Schema keyword (ajv's), and `message` is written for a person. The message is never
// passed on: only names and words of the spec are taken from it (a missing property's name, the
// type or format the spec expects, a limit), through the patterns below.

/** One way a request or an answer broke the spec: names and rules, never a value. */
export interface AlloMockViolation {
  /** `GET`, `POST`... */
  method: string;
  /** The spec's path template (`/v1/api/calls`); for a path no operation has, its segments that are no word of the spec's paths written `{?}`. */
  path: string;
  /** Which side broke the spec: the request sent, or the answer received. */
  in: "request" | "answer";
  /**
   * Where: a dotted path in the body (`data.results[0].length_in_minutes`; `(body)` for the body
   * itself), `query size`, `path id` or `header idempotency-key`; empty for the whole message.
   */
  location: string;
  /** The rule broken: a JSON Schema keyword (`type`, `required`, `pattern`, `format`, `enum`, `additionalProperties`, `maxLength`...), or `security`, `unknown-operation`, `status`, `content-type`. */
  kind: string;
  /** The rule in words taken from the spec, such as `must be number` or `missing`. */
  problem: string;
}

/** A violation as Prism writes it. */
export interface PrismViolation {
  location?: unknown;
  severity?: unknown;
  code?: unknown;
  message?: unknown;
}

const isText = (v: unknown): v is string => typeof v === "string";

/** A body path: array indices in brackets (`data.results[0].name`). */
function bodyPath(segments: readonly string[]): string {
  return segments.reduce((out, s) => (/^\d+$/.test(s) ? `${out}[${s}]` : out ? `${out}.${s}` : s), "");
}

function where(part: string | undefined, rest: string[]): string {
  if (part === undefined) return "";
  if (part === "body") return bodyPath(rest) || "(body)";
  return rest.length ? `${part} ${rest.join(".")}` : part;
}

/** The kind and the rule in words, for a keyword of ajv, reading only what the spec put in the message. */
function rule(code: string, message: string): { kind: string; problem: string; field?: string } {
  const m = (pattern: RegExp) => pattern.exec(message);
  switch (code) {
    case "required": {
      const name = m(/required property '([^']+)'$/)?.[1];
      return name ? { kind: code, problem: "missing", field: name } : { kind: code, problem: "missing" };
    }
    case "additionalProperties": {
      const name = m(/; found '([^']+)'$/)?.[1];
      return name ? { kind: code, problem: "not in the spec", field: name } : { kind: code, problem: "a field not in the spec" };
    }
    case "type":
      return { kind: code, problem: `must be ${m(/ must be ([a-z]+(?:,[a-z]+)*)$/)?.[1]?.replace(/,/g, " or ") ?? "of another type"}` };
    case "format":
      return { kind: code, problem: `must be a ${m(/ must match format "([\w-]+)"$/)?.[1] ?? "value of the spec's format"}` };
    case "pattern":
      return { kind: code, problem: "does not match the spec's pattern" };
    case "enum":
      return { kind: code, problem: "not one of the spec's values" };
    case "const":
      return { kind: code, problem: "not the spec's constant" };
    case "oneOf":
    case "anyOf":
      return { kind: code, problem: "matches none of the spec's shapes" };
    default: {
      // Limits: "must NOT have more than 1000 characters", "must be <= 100": numbers from the spec.
      const limit = m(/ (must NOT have (?:more|fewer) than \d+ (?:characters|items|properties)|must be [<>]=? -?\d+(?:\.\d+)?)$/)?.[1];
      return { kind: code || "other", problem: limit ?? "breaks the spec" };
    }
  }
}

/** Prism's findings that carry no keyword, recognised by the start of their fixed message. */
function unkeyed(message: string): { kind: string; problem: string } {
  if (message.startsWith("Selected route not found"))
    return { kind: "unknown-operation", problem: "no operation of the spec has this method and path" };
  if (message.startsWith("Unable to match the returned status code")) return { kind: "status", problem: "a status the spec does not list" };
  if (message.startsWith("The received media type")) return { kind: "content-type", problem: "a media type the spec does not list" };
  return { kind: "other", problem: "breaks the spec" };
}

interface Finding {
  in: "request" | "answer";
  /** `body`, `query`, `path`, `header`; undefined for the whole message. */
  part: string | undefined;
  segments: string[];
  kind: string;
  problem: string;
}

function readOne(v: PrismViolation): Finding {
  const location = Array.isArray(v.location) ? v.location.map(String) : [];
  // Prism's refusal of a request gives locations without the leading "request".
  const [side, part, ...segments] = location[0] === "request" || location[0] === "response" ? location : ["request", ...location];
  const message = isText(v.message) ? v.message : "";
  let found: { kind: string; problem: string; field?: string };
  if (String(v.code) === "401") found = { kind: "security", problem: "no credentials the spec accepts" };
  else if (String(v.code) === "415") found = { kind: "content-type", problem: "a media type the spec does not list" };
  else if (isText(v.code) && v.code) found = rule(v.code, message);
  else found = unkeyed(message);
  if (found.field !== undefined) segments.push(found.field);
  return { in: side === "response" ? "answer" : "request", part, segments, kind: found.kind, problem: found.problem };
}

const samePlace = (a: Finding, b: Finding) => a.in === b.in && a.part === b.part && a.segments.join("/") === b.segments.join("/");
/** Whether `a` lies under `b` (a member or an item of it). */
const under = (a: Finding, b: Finding) =>
  a.in === b.in && a.part === b.part && a.segments.length > b.segments.length && b.segments.every((s, i) => a.segments[i] === s);

/**
 * Prism's findings on one exchange, rewritten. A `oneOf` or `anyOf` finding is left out when a finding
 * at or under its place says more; two of one kind at one place are one (a nullable field of the
 * wrong type fails both `must be string` and `must be null`: `must be string or null`).
 */
export function readViolations(found: readonly PrismViolation[], request: { method: string; path: string }): AlloMockViolation[] {
  const findings: Finding[] = [];
  for (const f of found.map(readOne)) {
    const same = findings.find((o) => o.kind === f.kind && samePlace(o, f));
    if (!same) findings.push(f);
    else if (f.kind === "type" && !same.problem.split(/ or | /).includes(f.problem.slice("must be ".length))) {
      same.problem += ` or ${f.problem.slice("must be ".length)}`;
    }
  }
  return findings
    .filter((f) => !((f.kind === "oneOf" || f.kind === "anyOf") && findings.some((o) => o !== f && (samePlace(o, f) || under(o, f)))))
    .map((f) => ({ ...request, in: f.in, location: where(f.part, f.segments), kind: f.kind, problem: f.problem }));
}

/** Prism's `sl-violations` header: a JSON list, or, past 8 KB, `Too many violations! ` and the list cut short. */
export function parseViolationHeader(value: string): { found: PrismViolation[]; cut: boolean } {
  const cut = value.startsWith("Too many violations! ");
  const json = cut ? value.slice("Too many violations! ".length) : value;
  try {
    const list: unknown = JSON.parse(json);
    return { found: Array.isArray(list) ? list : [], cut };
  } catch {
    // Cut inside an entry: keep the entries before the last whole one's end.
    for (let end = json.lastIndexOf("},{"); end > 0; end = json.lastIndexOf("},{", end - 1)) {
      try {
        const list: unknown = JSON.parse(`${json.slice(0, end + 1)}]`);
        if (Array.isArray(list)) return { found: list, cut: true };
      } catch {
        // an entry's text holds "},{": try the one before
      }
    }
    return { found: [], cut: true };
  }
}
