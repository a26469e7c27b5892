// How `allo-mock --proxy` writes what it saw: one line per violation as it happens, a summary on exit.
import type { AlloMockDriftReport } from "./drift.js";
import type { AlloMockViolation } from "./violations.js";

/** `GET /v1/api/calls answer data.results[0].length_in_minutes: type, must be number` */
export function violationText(v: Omit<AlloMockViolation, "method" | "path">): string {
  return `${v.in}${v.location ? ` ${v.location}` : ""}: ${v.kind}, ${v.problem}`;
}

/** The summary printed on exit: the counts, then each problem under its operation. */
export function summaryText(report: AlloMockDriftReport): string {
  const { requests, requestsWithViolations, violations, cut, upstream } = report;
  if (!violations && !cut) return `allo-mock --proxy: no violation of the spec in ${requests} request(s) to ${upstream}.`;
  const lines = [
    `allo-mock --proxy: ${violations} violation(s) of the spec in ${requestsWithViolations} of ${requests} request(s) to ${upstream}:`,
  ];
  let operation = "";
  for (const p of report.problems) {
    if (`${p.method} ${p.path}` !== operation) {
      operation = `${p.method} ${p.path}`;
      lines.push(`  ${operation}`);
    }
    lines.push(`    ${violationText(p)} (${p.count}x)`);
  }
  if (cut) lines.push(`Prism listed only the first violations of ${cut} answer(s) (it keeps its list under 8 KB): there were more.`);
  return lines.join("\n");
}
