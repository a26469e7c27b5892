#!/usr/bin/env node
// allo: the Allo API from a terminal, one command per operation of the spec.
//   allo conversations items search --search refund --type CALL [--all] [--fields id,summary]
//   allo help | allo <resource> --help | allo <resource> <method> --help
import { createInterface } from "node:readline";
import { CliInputError, EXIT, reportFailure } from "./failure.js";
import { createIo } from "./output.js";
import { buildProgram, type Running } from "./program.js";

const io = createIo(process.stdout, process.stderr);
// The key from the environment is hidden from the start, even from commander's own messages.
if (process.env.ALLO_API_KEY) io.hide(process.env.ALLO_API_KEY.trim());

// A reader that stopped reading (`allo ... --all | head -3`) is no failure of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(EXIT.ok);
  throw error;
});

/** All of stdin, but never more than `limit` bytes: a larger body is refused, not read into memory. */
async function stdin(limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    bytes += chunk.byteLength;
    if (bytes > limit)
      throw new CliInputError(`--data @-: stdin holds more than ${limit} bytes, the most a request body may be (maxRequestBytes).`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function readLine(): Promise<string | null> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of lines) return line;
    return null;
  } finally {
    lines.close();
  }
}

const running: Running = { name: null };
const program = buildProgram({ io, env: process.env, stdin, stdinIsTTY: process.stdin.isTTY === true, readLine }, running);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = await reportFailure(error, io, running.name);
}
