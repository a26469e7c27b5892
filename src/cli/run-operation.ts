// One command run: its arguments, --data and flags into the operation's input, the shared options
// into the client's, then one call through the client's caller (src/operations/), or every page
// with --all, printed as it comes.
import { readFile } from "node:fs/promises";
import type { OperationName } from "../../generated/operations.js";
import { AlloValidationError } from "../errors/index.js";
import type { RequestOptions } from "../options.js";
import { createCaller } from "../operations/caller.js";
import { allItems, invoke, type FlatInput } from "../operations/flat-input.js";
import { CliInputError } from "./failure.js";
import { checkFields } from "./fields.js";
import { inputOf, type FieldFlag } from "./flags.js";
import { fieldPaths, json, pick, pickRecords, progressLine, type Io } from "./output.js";
import { optionsOf, type SharedValues } from "./settings.js";

/** What a run of the CLI reads and writes besides its arguments. */
export interface CliContext {
  io: Io;
  env: NodeJS.ProcessEnv;
  /** All of stdin, for `--data @-`. */
  stdin(): Promise<string>;
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
  const data = values.data === undefined ? {} : await dataOf(name, String(values.data), cli);
  const input = inputOf(name, flags, values, { ...data, ...positional });
  const { client, request } = await optionsOf(values, cli.env, cli.io);
  const options: RequestOptions =
    values.idempotencyKey === undefined ? request : { ...request, idempotencyKey: String(values.idempotencyKey) };
  const paths = typeof values.fields === "string" ? fieldPaths(values.fields) : null;
  if (paths) checkFields(name, paths, values.all === true);
  const caller = createCaller(client);
  if (!values.all) {
    const answer = await invoke(caller, name, input, options);
    if (answer) await cli.io.out(json(pickRecords(answer, paths), cli.io.stdoutIsTTY));
    return;
  }
  // Progress on a terminal only: a pipe or a log file gets the items alone.
  const tty = cli.io.stderrIsTTY;
  let seen = { pages: 0, items: 0 };
  let ended = false;
  const onPage = (pages: number, items: number) => {
    seen = { pages, items };
    if (tty) void cli.io.err(progressLine(items, pages, "reading"));
  };
  try {
    for await (const item of allItems(caller, name, input, options, onPage))
      await cli.io.out(json(paths ? pick(item, paths) : item, false));
    ended = true;
  } finally {
    if (tty && seen.pages) await cli.io.err(progressLine(seen.items, seen.pages, ended ? "done" : "stopped"));
  }
}

/** `--data`: JSON, `@file.json`, or `@-` for stdin; an object, since it is the body. */
async function dataOf(name: OperationName, text: string, cli: CliContext): Promise<FlatInput> {
  let source = text;
  if (text === "@-") source = await cli.stdin();
  else if (text.startsWith("@")) {
    try {
      source = await readFile(text.slice(1), "utf8");
    } catch (error) {
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
