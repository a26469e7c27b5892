// The `allo` command tree, made from the operation table: a command per SDK method
// (`conversations.items.search` is `allo conversations items search`), the path parameters as its
// arguments, its query and body fields as flags. commander parses; run-operation.ts runs.
import { Argument, Command } from "commander";
import { operationNames, operations, type OperationEntry, type OperationName } from "../../generated/operations.js";
import { tools } from "../../generated/tools.js";
import { VERSION } from "../version.js";
import { fieldFlags, takesOnce } from "./flags.js";
import { completionScript, type Shell, SHELLS } from "./completion.js";
import { EXIT_CODES_HELP, leafHelp, operationsHelp, ROOT_DESCRIPTION, traitsOf } from "./help.js";
import { isPaged, pathParamsOf } from "../operations/flat-input.js";
import { commandWords } from "./names.js";
import { runOperation, type CliContext } from "./run-operation.js";
import { sharedOptions, type SharedValues } from "./settings.js";
import { reflow } from "./text.js";

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
  for (const option of sharedOptions()) {
    takesOnce(option);
    program.addOption(option);
  }
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
  program
    .command("completion")
    .summary("print a completion script for bash, zsh or fish")
    .description(COMPLETION_HELP)
    .addArgument(new Argument("<shell>", "the shell").choices(SHELLS))
    .action(async (shell: Shell) => {
      await cli.io.out(completionScript(program, shell));
    });
  for (const [key, group] of groups) {
    const under = operationNames.filter((n) => commandWords(n).join(" ").startsWith(`${key} `));
    const scopes = [...new Set(under.map((n) => tools[n].scope ?? "no scope"))];
    group.description(`${under.length} operation${under.length === 1 ? "" : "s"} (${scopes.join(", ")})`);
  }
  return program;
}

const COMPLETION_HELP = `Prints a script that completes allo's command words and flags.
  bash: eval "$(allo completion bash)"; for every new shell, save it as
        ~/.local/share/bash-completion/completions/allo
  zsh:  eval "$(allo completion zsh)" after compinit; for every new shell,
        save it as _allo in a directory of $fpath
  fish: allo completion fish > ~/.config/fish/completions/allo.fish
It completes the command allo (installed globally, or node_modules/.bin on the
PATH), not npx allo.`;

function addOperation(
  parent: Command,
  name: OperationName,
  shared: ReadonlySet<string | undefined>,
  cli: CliContext,
  running: Running,
): void {
  const op: OperationEntry = operations[name];
  const tool = tools[name];
  const command = parent
    .command(commandWords(name).at(-1)!)
    .summary(`${tool.summary} [${traitsOf(name)}]`)
    .description(`${tool.summary}.\n\n${reflow(tool.description)}`)
    .addHelpText("after", leafHelp(name));
  for (const param of pathParamsOf(op)) command.argument(`<${param}>`);
  const flags = fieldFlags(tool.fields);
  for (const { option } of flags) command.addOption(option);
  if (op.validate.body) command.option("--data <json>", "the whole body: JSON, @file.json, or @- for stdin (flags set fields over it)");
  if (isPaged(name)) command.option("--all", "every item of every page, one JSON line each (NDJSON); progress on stderr on a terminal");
  if (tool.answer)
    command.option(
      "--fields <list>",
      "only these fields of each record, comma-separated, dotted for members of objects (last_item.summary): fields the spec documents, listed below; another name is refused",
    );
  if (op.idempotencyKey)
    command.option("--idempotency-key <key>", "the Idempotency-Key to send (else one is made): Allo does the write once per key");
  else if (op.atMostOnce)
    command.option(
      "--idempotency-key <key>",
      "a key for this send, kept by the client, which sends at most once under it (Allo does not deduplicate it): in this process's memory only, so it guards the retries of this run, not a second `allo` run with the same key",
    );
  if (op.method === "DELETE")
    command.option(
      "--yes",
      "delete without asking first; needed where stdin or stderr is not a terminal (a script), which cannot be asked",
    );
  command.option("--dry-run", "print the request (method, URL, headers with the key masked, body) and send nothing");
  command.option("-i, --include", "print the answer's status line and headers before its body, as curl -i does");
  for (const option of command.options) {
    if (shared.has(option.long)) throw new Error(`allo: ${name} has a field whose flag ${option.long} is a shared option`);
    takesOnce(option);
  }

  command.action(async (...args: unknown[]) => {
    running.name = name;
    const values = command.optsWithGlobals<SharedValues & Record<string, unknown>>();
    await runOperation(name, flags, Object.fromEntries(pathParamsOf(op).map((param, i) => [param, args[i]])), values, cli);
  });
}
