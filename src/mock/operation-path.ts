// The spec's name for a request's path: its template (`/v2/api/conversations/{contact_number}/action`),
// so that what the proxy prints and counts never carries an id or a phone number from a real path.
import { operations } from "../../generated/operations.js";

const templates = Object.values(operations).map(({ method, path }) => ({ method, segments: path.split("/") }));
/** Every literal segment of the spec's paths (`v2`, `api`, `conversations`...): the words a path may show as they are. */
const words = new Set(templates.flatMap(({ segments }) => segments.filter((s) => !s.startsWith("{"))));

function segmentsOf(path: string): string[] {
  // `/v1/api/calls/` is the same route as `/v1/api/calls`.
  return path.replace(/(.)\/+$/, "$1").split("/");
}

/**
 * The spec's path template of `method path`, the one with the most literal segments when several
 * match (`/v2/api/webhooks/event_types` before `/v2/api/webhooks/{webhook_id}`); otherwise the path
 * with each segment that is no word of the spec's paths written `{?}`.
 */
export function specPath(method: string, path: string): string {
  const segments = segmentsOf(path);
  let best: { template: string; literals: number } | undefined;
  for (const t of templates) {
    if (t.method !== method.toUpperCase() || t.segments.length !== segments.length) continue;
    let literals = 0;
    const fits = t.segments.every((s, i) => {
      if (s.startsWith("{")) return segments[i] !== "";
      literals++;
      return s === segments[i];
    });
    if (fits && (!best || literals > best.literals)) best = { template: t.segments.join("/"), literals };
  }
  return best?.template ?? segments.map((s) => (s === "" || words.has(s) ? s : "{?}")).join("/");
}
