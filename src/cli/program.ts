// The `allo` command tree, made from the operation table: a command per SDK method
// (`conversations.items.search` is `allo conversations items search`), the path parameters as its
// arguments, its query and body fields as flags. commander parses; every call goes through the
// client's own table-driven call (connect.ts).
import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { operationNames, operations, type OperationEntry, type OperationName } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import { AlloValidationError } from "../errors/index.js";
import type { RequestOptions } from "../options.js";
import { VERSION } from "../version.js";
import { connect } from "./connect.js";
import { CliInputError } from "./failure.js";
import { fieldFlags, inputOf } from "./flags.js";
import { EXIT_CODES_HELP, leafHelp, operationsHelp, ROOT_DESCRIPTION, traitsOf } from "./help.js";
import { allItems, invoke, walksPages, type FlatInput } from "./invoke.js";
import { commandWords } from "./names.js";
import { fieldPaths, json, pick, pickRecords, progressLine, type Io } from "./output.js";
import { optionsOf, sharedOptions, type SharedValues } from "./settings.js";
import { reflow } from "./text.js";

/** What a run of the CLI reads and writes besides its arguments. */
export interface CliContext {
  io: Io;
  env: NodeJS.ProcessEnv;
  /** All of stdin, for `--data @-`. */
  stdin(): Promise<string>;
}

/** The operation a failed command was calling, for the error's flag names. */
export interface Running {
  name: OperationName | null;
}

export function buildProgram(cli: CliContext, running: Running = { name: null }): Command {
  const program = new Command("allo")
    .description(ROOT_DESCRIPTION)
    .version(VERSION)
    .configureOutput({ writeOut: (text) => void cli.io.out(text), writeErr: (text) => void cli.io.err(text) })
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError()
    // Errors become exit codes in bin.ts, not process.exit() from inside commander.
    .exitOverride();
  for (const option of sharedOptions()) program.addOption(option);
  const shared = new Set(program.options.map((o) => o.long));
  program.addHelpText("after", operationsHelp([], false) + EXIT_CODES_HELP);

  const groups = new Map<string, Command>();
  for (const name of operationNames) {
    const words = commandWords(name);
    let parent = program;
    for (let depth = 1; depth < words.length; depth++) {
      const key = words.slice(0, depth).join(" ");
      let group = groups.get(key);
      if (!group) {
        group = parent.command(words[depth - 1]!);
        group.addHelpText("after", operationsHelp(words.slice(0, depth), true));
        groups.set(key, group);
      }
      parent = group;
    }
    addOperation(parent, name, shared, cli, running);
  }
  for (const [key, group] of groups) {
    const under = operationNames.filter((n) => commandWords(n).join(" ").startsWith(`${key} `));
    const scopes = [...new Set(under.map((n) => operations[n].scope ?? "no scope"))];
    group.description(`${under.length} operation${under.length === 1 ? "" : "s"} (${scopes.join(", ")})`);
  }
  return program;
}

function addOperation(parent: Command, name: OperationName, shared: ReadonlySet<string | undefined>, cli: CliContext, running: Running): void {
  const op: OperationEntry = operations[name];
  const tool = tools[name];
  const command = parent
    .command(commandWords(name).at(-1)!)
    .summary(`${op.summary} [${traitsOf(name)}]`)
    .description(`${op.summary}.\n\n${reflow(tool.description)}`)
    .addHelpText("after", leafHelp(name));
  for (const param of op.pathParams) command.argument(`<${param}>`);
  const flags = fieldFlags(tool.fields);
  for (const { option } of flags) command.addOption(option);
  if (op.validate.body) command.option("--data <json>", "the whole body: JSON, @file.json, or @- for stdin (flags set fields over it)");
  if (walksPages(name)) command.option("--all", "every item of every page, one JSON line each (NDJSON); progress on stderr on a terminal");
  command.option("--fields <list>", "only these fields of each record, comma-separated (dotted for nested ones: last_item.summary)");
  if (op.idempotencyKey) command.option("--idempotency-key <key>", "the Idempotency-Key to send (else one is made): Allo does the write once per key");
  for (const option of command.options) {
    if (shared.has(option.long)) throw new Error(`allo: ${name} has a field whose flag ${option.long} is a shared option`);
  }

  command.action(async (...args: unknown[]) => {
    running.name = name;
    const values = command.optsWithGlobals<SharedValues & Record<string, unknown>>();
    const positional = Object.fromEntries(op.pathParams.map((param, i) => [param, args[i]]));
    const data = values.data === undefined ? {} : await dataOf(name, String(values.data), cli);
    const input = inputOf(name, flags, values, { ...data, ...positional });
    const { client, request } = await optionsOf(values, cli.env, cli.io);
    const options: RequestOptions = values.idempotencyKey === undefined ? request : { ...request, idempotencyKey: String(values.idempotencyKey) };
    const paths = typeof values.fields === "string" ? fieldPaths(values.fields) : null;
    const ctx = connect(client);
    if (!values.all) {
      const answer = await invoke(ctx, name, input, options);
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
      for await (const item of allItems(ctx, name, input, options, onPage)) await cli.io.out(json(paths ? pick(item, paths) : item, false));
      ended = true;
    } finally {
      if (tty && seen.pages) await cli.io.err(progressLine(seen.items, seen.pages, ended ? "done" : "stopped"));
    }
  });
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
