// `allo-mock --proxy`: what Prism found wrong on each exchange with the real Allo, kept, counted,
// and, with --errors, answered as an error. Prism's own answers (a refusal, a failure to reach the
// upstream) are rewritten, since their text quotes the URL, query included.
import type { IncomingHttpHeaders } from "node:http";
import { specPath } from "./operation-path.js";
import { parseViolationHeader, readViolations, type AlloMockViolation, type PrismViolation } from "./violations.js";

/** One problem of a report: an (operation, side, place, rule), array indices written `[]`, and how often it was seen. */
export interface AlloMockDriftProblem extends AlloMockViolation {
  count: number;
}

/** What `allo-mock --proxy` saw, summed up: the JSON that `--report` writes. */
export interface AlloMockDriftReport {
  /** The upstream's origin, such as `https://api.withallo.com`. */
  upstream: string;
  /** Requests answered through the proxy. */
  requests: number;
  /** Those whose request or answer broke the spec. */
  requestsWithViolations: number;
  /** Violations seen. */
  violations: number;
  /** Answers on which Prism listed only the first violations (it keeps its list under 8 KB): the counts are at least these. */
  cut: number;
  /** By operation, then place. */
  problems: AlloMockDriftProblem[];
}

/** What the front sends in place of Prism's answer. */
export interface Replacement {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The answer the front passes on, as far as the watch needs it. */
export interface PrismAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The parsed body of an `application/problem+json` answer, which may be Prism's own. */
  problem?: unknown;
}

/** How many violations are kept one by one; the report counts them all. */
const KEPT = 10_000;
const PRISM_ERROR = "https://stoplight.io/prism/errors#";

function json(status: number, body: Record<string, unknown>): Replacement {
  return { status, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}

/** The type of a problem answer Prism wrote itself: its error name (`NO_PATH_MATCHED_ERROR`), `FETCH` for a failure to reach the upstream. */
function prismType(problem: unknown): { type: string; title: string } | undefined {
  if (!problem || typeof problem !== "object") return undefined;
  const { type, title } = problem as { type?: unknown; title?: unknown };
  if (typeof type !== "string") return undefined;
  const text = typeof title === "string" ? title : "";
  if (type.startsWith(PRISM_ERROR)) return { type: type.slice(PRISM_ERROR.length), title: text };
  // An exception's name (`FetchError`): Prism could not reach the upstream. An upstream's own
  // problem type is a URI (`about:blank`, `https://...`).
  if (/^[A-Za-z]*Error$/.test(type)) return { type: "FETCH", title: text };
  return undefined;
}

/** What Prism's refusals of a request stand for, where they carry no list of their own. */
const REFUSALS: Record<string, PrismViolation> = {
  UNAUTHORIZED: { location: ["request"], code: 401 },
  INVALID_CONTENT_TYPE: { location: ["request"], code: 415 },
  NO_PATH_MATCHED_ERROR: { location: ["request"], message: "Selected route not found" },
  NO_METHOD_MATCHED_ERROR: { location: ["request"], message: "Selected route not found" },
};

/** `place: kind, problem` for each violation, the first few. */
function listed(violations: readonly AlloMockViolation[]): string {
  const shown = violations.slice(0, 5).map((v) => `${v.location || v.in}: ${v.kind}, ${v.problem}`);
  return shown.join("; ") + (violations.length > 5 ? ` (and ${violations.length - 5} more)` : "");
}

function specViolation(status: number, message: string, violations: readonly AlloMockViolation[]): Replacement {
  const details = violations.map((v) => ({ in: v.in, field: v.location, kind: v.kind, message: v.problem }));
  return json(status, { error: "SPEC_VIOLATION", message, retryable: false, details });
}

/** The answer to send in place of Prism's own, or undefined to pass the answer on. */
function replacement(
  prism: { type: string; title: string } | undefined,
  status: number,
  at: { method: string; path: string },
  violations: readonly AlloMockViolation[],
  upstream: string,
): Replacement | undefined {
  if (!prism) return undefined;
  const op = `${at.method} ${at.path}`;
  if (prism.type === "FETCH") {
    const reason = /\b(E[A-Z0-9_]{3,}|[A-Z_]*CERT[A-Z_]*)\b/.exec(prism.title)?.[1];
    return json(502, {
      error: "UPSTREAM_UNAVAILABLE",
      message: `allo-mock --proxy could not reach ${upstream}${reason ? ` (${reason})` : ""}.`,
    });
  }
  if (prism.type === "VIOLATIONS") {
    const answer = violations.filter((v) => v.in === "answer");
    return specViolation(502, `The answer to ${op} breaks the spec (allo-mock --proxy --errors): ${listed(answer)}.`, answer);
  }
  if (prism.type in REFUSALS || prism.type === "UNPROCESSABLE_ENTITY") {
    return specViolation(
      status,
      `The request ${op} breaks the spec, so allo-mock --proxy --errors did not send it: ${listed(violations)}.`,
      violations,
    );
  }
  return json(502, { error: "PROXY_ERROR", message: `Prism, behind allo-mock --proxy, answered ${prism.type} for ${op}.` });
}

/** The problem's key in the report: array indices do not make another problem. */
function problemKey(v: AlloMockViolation): AlloMockViolation {
  return { ...v, location: v.location.replace(/\[\d+\]/g, "[]") };
}

/** Watches the answers of `allo-mock --proxy` for violations of the spec. */
export function createDriftWatch(upstream: string, onViolation?: (violation: AlloMockViolation) => void) {
  const kept: AlloMockViolation[] = [];
  const problems = new Map<string, AlloMockDriftProblem>();
  const totals = { requests: 0, requestsWithViolations: 0, violations: 0, cut: 0 };

  function record(violations: readonly AlloMockViolation[], cut: boolean): void {
    totals.requests++;
    if (violations.length || cut) totals.requestsWithViolations++;
    if (cut) totals.cut++;
    for (const v of violations) {
      totals.violations++;
      if (kept.length < KEPT) kept.push(v);
      const key = problemKey(v);
      const id = JSON.stringify(key);
      const known = problems.get(id);
      if (known) known.count++;
      else problems.set(id, { ...key, count: 1 });
      try {
        onViolation?.(v);
      } catch {
        // A failing report line must not take the proxy down.
      }
    }
  }

  return {
    /** Looks at one of Prism's answers: records what broke, and says what to answer instead, if anything. */
    onAnswer(request: { method: string; path: string }, answer: PrismAnswer): Replacement | undefined {
      const at = { method: request.method.toUpperCase(), path: specPath(request.method, request.path) };
      const header = answer.headers["sl-violations"];
      let { found, cut } = typeof header === "string" ? parseViolationHeader(header) : { found: [] as PrismViolation[], cut: false };
      const prism = prismType(answer.problem);
      if (prism && !found.length) {
        const validation = (answer.problem as { validation?: unknown }).validation;
        if (Array.isArray(validation)) found = validation;
        else if (REFUSALS[prism.type]) found = [REFUSALS[prism.type]!];
      }
      const violations = readViolations(found, at);
      record(violations, cut);
      return replacement(prism, answer.status, at, violations, upstream);
    },
    /** Each violation so far, in order (the first 10,000). */
    violations: (): AlloMockViolation[] => kept.slice(),
    report: (): AlloMockDriftReport => ({
      upstream,
      ...totals,
      problems: [...problems.values()].sort(
        (a, b) =>
          a.path.localeCompare(b.path) ||
          a.method.localeCompare(b.method) ||
          a.in.localeCompare(b.in) ||
          a.location.localeCompare(b.location),
      ),
    }),
  };
}

export type DriftWatch = ReturnType<typeof createDriftWatch>;
