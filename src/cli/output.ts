// Where the CLI writes: JSON on stdout (pretty on a terminal, one line when piped, NDJSON for
// --all), everything else on stderr. Every write goes through here, so the key is cut out of
// anything printed, whatever said it.
import { type KeyForms, keyForms, redact } from "../http/redact.js";

/** A stream as far as the CLI writes to it. */
export interface Sink {
  write(text: string): boolean;
  once(event: "drain", listener: () => void): unknown;
  isTTY?: boolean;
}

export interface Io {
  /** Writes to stdout, waiting when the pipe is full (a slow reader gets every line, memory stays flat). */
  out(text: string): Promise<void>;
  /** Writes to stderr. */
  err(text: string): Promise<void>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Adds a secret (the key, once read) that no output may show. */
  hide(secret: string): void;
}

export function createIo(stdout: Sink, stderr: Sink): Io {
  const hidden = new Map<string, KeyForms>();
  const writer = (sink: Sink) => (text: string) =>
    new Promise<void>((resolve) => {
      let shown = text;
      for (const key of hidden.values()) shown = redact(shown, key);
      if (sink.write(shown)) resolve();
      else sink.once("drain", resolve);
    });
  return {
    out: writer(stdout),
    err: writer(stderr),
    stdoutIsTTY: stdout.isTTY === true,
    stderrIsTTY: stderr.isTTY === true,
    hide(secret) {
      // keyForms looks for no form too short to be a key's: it would cut ordinary words.
      if (!hidden.has(secret)) hidden.set(secret, keyForms(secret));
    },
  };
}

/** JSON as a person reads it on a terminal, or one line for a pipe. */
export function json(value: unknown, pretty: boolean): string {
  return `${pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`;
}

/** The `--all` progress line on a terminal's stderr: rewritten in place after each page, ended by a line break. */
export function progressLine(items: number, pages: number, state: "reading" | "done" | "stopped"): string {
  const text = `\r\u001b[K${items} item${items === 1 ? "" : "s"}, ${pages} page${pages === 1 ? "" : "s"}`;
  return state === "reading" ? `${text}...` : `${text}${state === "done" ? ", done" : ", stopped"}\n`;
}
