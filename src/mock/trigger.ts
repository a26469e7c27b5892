// `allo-mock trigger <topic> --to <url>`: one delivery of a webhook topic, as Allo would send it
// (the spec's example, signed per Standard Webhooks when a secret is given), POSTed to a local
// receiver: the loop of `stripe trigger`, without a tunnel or an Allo account.
import { parseArgs } from "node:util";
import { createTestEvent } from "../webhooks/test-event.js";
import { knownTopics } from "../webhooks/topics.js";

export const TRIGGER_USAGE = `allo-mock trigger <topic> --to <url> [--secret whsec_...] [--data '{"field":"value"}']

POSTs the spec's example delivery of <topic> to <url>, signed with --secret (or ALLO_WEBHOOK_SECRET)
as Allo signs, and prints the status it got: exit 0 on a 2xx, 1 otherwise.
--data merges fields into the example's data. Topics:
  ${knownTopics.join(", ")}`;

/** What the command says, and its exit code: 0 answered 2xx, 1 answered otherwise or not at all, 2 wrong usage. */
export interface TriggerOutcome {
  code: 0 | 1 | 2;
  lines: string[];
}

// What a refusal usually means when the receiver is this SDK's, and what to try.
const HINTS: Readonly<Record<number, string>> = {
  401: "the receiver's signingSecret is not the --secret given (or the receiver has one and no --secret was given)",
  403: "the receiver's allowedAlloNumbers does not list the example's number: list it, or change it with --data",
  404: "nothing answers on that path: check the URL (and its token, if the route has one)",
  405: "that route does not take a POST",
};

const usage = (problem: string): TriggerOutcome => ({
  code: 2,
  lines: [`allo-mock trigger: ${problem}`, "(allo-mock trigger --help: the topics and options)"],
});

/** The URL as printed: no query (it may carry a token or numbers). */
function shown(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/**
 * Runs `allo-mock trigger` with its arguments (after the word `trigger`).
 *
 * @example
 * const { code, lines } = await trigger(["call.completed", "--to", "http://127.0.0.1:3000/hook", "--secret", secret]);
 */
/** The trigger's arguments, or what is wrong with them. */
function parseTriggerArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { to: { type: "string" }, secret: { type: "string" }, data: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function trigger(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<TriggerOutcome> {
  const parsed = parseTriggerArgs(argv);
  if (typeof parsed === "string") return usage(parsed);
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, lines: [TRIGGER_USAGE] };
  const [topic, ...extra] = positionals;
  if (!topic) return usage("which topic? Give one, such as call.completed.");
  if (extra.length) return usage(`one topic at a time (got ${positionals.join(", ")}).`);
  if (!(knownTopics as readonly string[]).includes(topic)) {
    return usage(`${JSON.stringify(topic)} is not a topic of the spec; these are: ${knownTopics.join(", ")}.`);
  }
  if (!values.to) return usage("where to? Give --to http://127.0.0.1:PORT/path.");
  let url: URL;
  try {
    url = new URL(values.to);
  } catch {
    return usage("--to must be an absolute http:// or https:// URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return usage("--to must be an absolute http:// or https:// URL.");
  let data: Record<string, unknown> = {};
  if (values.data !== undefined) {
    try {
      data = JSON.parse(values.data) as Record<string, unknown>;
    } catch {
      return usage('--data must be a JSON object, such as \'{"summary":"Wants a refund"}\'.');
    }
    if (data === null || typeof data !== "object" || Array.isArray(data)) return usage("--data must be a JSON object.");
  }
  const secret = values.secret ?? env.ALLO_WEBHOOK_SECRET;
  const from = values.secret !== undefined ? "--secret" : "ALLO_WEBHOOK_SECRET";

  let delivery: ReturnType<typeof createTestEvent>;
  try {
    delivery = createTestEvent(topic, data, { signingSecret: secret });
  } catch (error) {
    // The error names the field (signingSecret, data.x), never a secret's value.
    return { code: 2, lines: [`allo-mock trigger: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const { body, headers } = delivery;
  const signed = secret === undefined ? "unsigned (no --secret, no ALLO_WEBHOOK_SECRET)" : `signed with ${from}`;
  const lines = [`POST ${topic} to ${shown(url)}, ${signed}, webhook-id ${headers["webhook-id"]}`];

  let res: Response;
  try {
    res = await fetch(url, { method: "POST", body, headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    return { code: 1, lines: [...lines, `no answer from ${url.host} (${why}): is the receiver running on that port?`] };
  }
  const text = (await res.text().catch(() => "")).slice(0, 500);
  lines.push(`${res.status} ${res.statusText}${text ? ` ${text}` : ""}`);
  if (res.ok) return { code: 0, lines };
  const hint = HINTS[res.status];
  if (hint) lines.push(`hint: ${hint}`);
  return { code: 1, lines };
}
