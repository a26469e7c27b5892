// One command run: its arguments, --data and flags into the operation's input, the shared options
// into the client's, then one call through the client's caller (src/operations/), or every page
// with --all, printed as it comes; a delete asks first (confirm.ts), --dry-run prints the request
// instead of sending it (dry-run.ts), and a call answered without a body says so on stderr.
import { readFile, stat } from "node:fs/promises";
import { type OperationEntry, type OperationName, operations } from "../../generated/operations.js";
import { AlloValidationError } from "../errors/index.js";
import { DEFAULTS, type AlloClientOptions, type RequestOptions } from "../options.js";
import { type Caller, createCaller, validate } from "../operations/caller.js";
import { allItems, envelope, type FlatInput, split } from "../operations/flat-input.js";
import { doneLine, statusAndHeaders } from "./answered.js";
import { confirmDelete } from "./confirm.js";
import { describeRequest, type DryRequest, recordingFetch } from "./dry-run.js";
import { CliInputError } from "./failure.js";
import { inputOf, type FieldFlag } from "./flags.js";
import { checkFields, fieldPaths, pick, pickRecords } from "../operations/record-fields.js";
import { json, progressLine, type Io } from "./output.js";
import { optionsOf, type SharedValues } from "./settings.js";

/** What a run of the CLI reads and writes besides its arguments. */
export interface CliContext {
  io: Io;
  env: NodeJS.ProcessEnv;
  /** All of stdin, for `--data @-`; more than `limit` bytes is refused without being read whole. */
  stdin(limit: number): Promise<string>;
  /** Whether stdin is a terminal, where a person can answer a question. */
  stdinIsTTY: boolean;
  /** One line typed on stdin, without its line break; null at the end of stdin. */
  readLine(): Promise<string | null>;
}

export async function runOperation(
  name: OperationName,
  flags: readonly FieldFlag[],
  positional: Record<string, unknown>,
  values: SharedValues & Record<string, unknown>,
  cli: CliContext,
): Promise<void> {
  const op: OperationEntry = operations[name];
  const data = values.data === undefined ? {} : await dataOf(name, String(values.data), cli);
  const input = inputOf(name, flags, values, { ...data, ...positional });
  const paths = typeof values.fields === "string" ? fieldPaths(values.fields) : null;
  if (paths) checkFields(name, paths, values.all === true, "--fields");
  if (values.all && values.include) {
    throw new AlloValidationError(name, [
      { field: "--include", message: "is not taken with --all: each page has its own status and headers (--verbose shows each attempt)" },
    ]);
  }
  const { client, request } = await optionsOf(values, cli.env, cli.io);
  const options: RequestOptions =
    values.idempotencyKey === undefined ? request : { ...request, idempotencyKey: String(values.idempotencyKey) };
  if (values.dryRun) return dryRun(name, input, client, options, values.all === true, cli);
  // The question is asked of a valid input only: a typo is refused first.
  if (op.method === "DELETE" && !values.yes) {
    validate(name, op, split(name, input));
    await confirmDelete(name, positional, cli);
  }
  const caller = createCaller(client);
  if (values.all) return printAll(caller, name, input, options, paths, cli);
  const { data: answer, response } = await caller.call(name, split(name, input), options).withResponse();
  const body = envelope(name, answer);
  if (values.include) await cli.io.out(statusAndHeaders(response));
  if (body) await cli.io.out(json(pickRecords(body, paths), cli.io.stdoutIsTTY));
  if (!body || op.method === "DELETE") await cli.io.err(doneLine(name, positional, response));
}

/** --all: every item of every page, a JSON line each; progress on a terminal's stderr once a second page is read. */
async function printAll(
  caller: Caller,
  name: OperationName,
  input: FlatInput,
  options: RequestOptions,
  paths: string[][] | null,
  cli: CliContext,
): Promise<void> {
  // On a terminal only: a pipe or a log file gets the items alone. A walk of one page is one call,
  // which shows no progress, and so writes no escape codes.
  const tty = cli.io.stderrIsTTY;
  let seen = { pages: 0, items: 0 };
  let shown = false;
  let ended = false;
  const onPage = (pages: number, items: number) => {
    seen = { pages, items };
    if (!tty || pages < 2) return;
    shown = true;
    void cli.io.err(progressLine(items, pages, "reading"));
  };
  try {
    for await (const item of allItems(caller, name, input, options, onPage))
      await cli.io.out(json(paths ? pick(item, paths) : item, false));
    ended = true;
  } finally {
    if (shown) await cli.io.err(progressLine(seen.items, seen.pages, ended ? "done" : "stopped"));
  }
}

/**
 * --dry-run: the first request the command would send, printed on stdout, nothing sent. With --all,
 * or more ids than one request of a batch read takes, the others follow from it (the next page, the
 * next ids), and stderr says so.
 */
async function dryRun(
  name: OperationName,
  input: FlatInput,
  client: AlloClientOptions,
  options: RequestOptions,
  all: boolean,
  cli: CliContext,
): Promise<void> {
  const requests: DryRequest[] = [];
  const caller = createCaller({ ...client, fetch: recordingFetch(requests), maxRetries: 0, logLevel: "off" });
  try {
    if (all) for await (const _ of allItems(caller, name, input, options)) break;
    else await caller.call(name, split(name, input), options);
  } catch (error) {
    // Refused input ends here as usual; once the request was recorded, the failure is the dry run's own stop.
    if (!requests.length) throw error;
  }
  const first = requests[0];
  if (!first) return;
  await cli.io.out(describeRequest(first));
  const { batch } = operations[name];
  const list = batch ? input[batch.field] : undefined;
  if (all || (batch && Array.isArray(list) && list.length > batch.size)) {
    await cli.io.err(
      `allo: --dry-run shows the first request; the others (${all ? "the next pages" : "the next ids"}) are asked the same way.\n`,
    );
  }
}

/** `--data`: JSON, `@file.json`, or `@-` for stdin; an object, since it is the body. */
async function dataOf(name: OperationName, text: string, cli: CliContext): Promise<FlatInput> {
  let source = text;
  const limit = DEFAULTS.maxRequestBytes;
  if (text === "@-") source = await cli.stdin(limit);
  else if (text.startsWith("@")) {
    try {
      if ((await stat(text.slice(1))).size > limit) {
        throw new CliInputError(
          `--data ${text}: the file holds more than ${limit} bytes, the most a request body may be (maxRequestBytes).`,
        );
      }
      source = await readFile(text.slice(1), "utf8");
    } catch (error) {
      if (error instanceof CliInputError) throw error;
      const code = (error as { code?: unknown }).code;
      throw new CliInputError(`--data ${text}: the file cannot be read${typeof code === "string" ? ` (${code})` : ""}.`);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    throw new AlloValidationError(name, [{ field: "--data", message: "is not valid JSON" }]);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new AlloValidationError(name, [{ field: "--data", message: "must be a JSON object: the request's body" }]);
  }
  return value as FlatInput;
}
