// The options every command shares, read into the client's options: the key (ALLO_API_KEY or
// --api-key-file, never a flag: a flag's value lands in the shell's history and in `ps`), where
// the API is, time limits, extra headers and --verbose (the client's own debug lines, on stderr).
import { readFile } from "node:fs/promises";
import { Option } from "commander";
import type { AlloLogger } from "../logger.js";
import type { AlloClientOptions, RequestOptions } from "../options.js";
import { CliInputError } from "./failure.js";
import { verboseLogger } from "./verbose.js";
import type { Io } from "./output.js";

/** The shared options, as commander reads them. */
export interface SharedValues {
  apiKeyFile?: string;
  baseUrl?: string;
  allowInsecureHttp?: boolean;
  timeout?: string;
  maxRetries?: string;
  header?: string[];
  verbose?: boolean;
}

export function sharedOptions(): Option[] {
  return [
    new Option("--api-key-file <path>", "read the API key from this file (else ALLO_API_KEY)"),
    new Option("--base-url <url>", "the API's origin, or a mock's (allo-mock prints it)").env("ALLO_BASE_URL"),
    new Option("--allow-insecure-http", "let --base-url be http:// on a host other than this machine (the key then travels unencrypted)"),
    new Option("--timeout <ms>", "time allowed per attempt, reading the answer included (default 30000)"),
    new Option("--max-retries <n>", "retries of what is safe to retry (default 2; a write only when nothing was done)"),
    new Option("--header <name: value>", "a header to send, such as 'Prefer: code=429' for the mock (repeatable)").argParser(
      (text: string, before: string[] | undefined) => [...(before ?? []), text],
    ),
    new Option("--verbose", "each attempt on stderr: method, path template (never a phone number), status, time, SDK method, request id"),
  ];
}

/**
 * The client's options and the per-call options from the shared options and the environment; the
 * key is handed to `io` to hide. Headers go with each call, where the client checks them.
 */
export async function optionsOf(
  values: SharedValues,
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<{ client: AlloClientOptions; request: RequestOptions }> {
  const apiKey = await keyOf(values, env);
  io.hide(apiKey);
  const toStderr = (line: string) => void io.err(`${line}\n`);
  const logger: AlloLogger = values.verbose
    ? verboseLogger((line) => void io.err(line))
    : { debug: toStderr, info: toStderr, warn: toStderr, error: toStderr };
  const client: AlloClientOptions = {
    apiKey,
    baseUrl: values.baseUrl,
    allowInsecureHttp: values.allowInsecureHttp,
    // Text that is not a number reaches the client as NaN, which it refuses by name.
    timeout: values.timeout === undefined ? undefined : Number(values.timeout),
    maxRetries: values.maxRetries === undefined ? undefined : Number(values.maxRetries),
    logger,
    // stdout carries the JSON: the client's lines go to stderr, at debug with --verbose, else as ALLO_LOG says.
    logLevel: values.verbose ? "debug" : undefined,
  };
  return { client, request: values.header?.length ? { headers: headersOf(values.header) } : {} };
}

async function keyOf(values: SharedValues, env: NodeJS.ProcessEnv): Promise<string> {
  if (values.apiKeyFile !== undefined) {
    let text: string;
    try {
      text = await readFile(values.apiKeyFile, "utf8");
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw new CliInputError(`--api-key-file ${values.apiKeyFile} cannot be read${typeof code === "string" ? ` (${code})` : ""}.`);
    }
    // A file written by `echo` ends with a line break, which is not part of the key.
    const key = text.trim();
    if (!key) throw new CliInputError(`--api-key-file ${values.apiKeyFile} is empty: put the key from Allo > Settings > API in it.`);
    return key;
  }
  const key = env.ALLO_API_KEY?.trim();
  if (!key)
    throw new CliInputError(
      "no API key: set ALLO_API_KEY (Allo > Settings > API) or pass --api-key-file <path>. Against a mock any non-empty key works.",
    );
  return key;
}

function headersOf(lines: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon <= 0)
      throw new CliInputError(`--header takes 'Name: value' (such as 'Prefer: code=429'); got a header without a name and a colon.`);
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}
