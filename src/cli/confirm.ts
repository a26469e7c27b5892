// A delete asks first, as `gh repo delete` does: on a terminal, `Delete a deal (DELETE ...)? [y/N]`,
// and anything but y or yes cancels; where nobody can answer (stdin or stderr is not a terminal: a
// script, a pipe, CI), it is refused unless --yes says so, rather than done unasked or left waiting.
import type { OperationName } from "../../generated/operations.js";
import { shownCall } from "./answered.js";
import { CliCancelled, CliInputError } from "./failure.js";
import type { Io } from "./output.js";

/** What asking needs of the CLI's context (run-operation's CliContext): a terminal on both sides. */
export interface Asking {
  io: Pick<Io, "err" | "stderrIsTTY">;
  stdinIsTTY: boolean;
  readLine(): Promise<string | null>;
}

export async function confirmDelete(name: OperationName, positional: Readonly<Record<string, unknown>>, cli: Asking): Promise<void> {
  if (!cli.stdinIsTTY || !cli.io.stderrIsTTY) {
    throw new CliInputError(
      `${name} deletes, and asks first; stdin or stderr is not a terminal, so nobody can answer: pass --yes to delete without asking. Nothing was sent.`,
    );
  }
  await cli.io.err(`${shownCall(name, positional)}? [y/N] `);
  const answer = await cli.readLine();
  // The end of stdin (Ctrl-D) leaves the cursor after the question.
  if (answer === null) await cli.io.err("\n");
  if (!/^\s*y(es)?\s*$/i.test(answer ?? "")) throw new CliCancelled();
}
