#!/usr/bin/env node
// allo-mock: Prism serving the Allo spec until Ctrl-C, one line per request; `npm run mock` in this
// repository runs it too. With --proxy, Prism forwards to the real Allo and reports drift from the
// spec. `allo-mock trigger` sends a signed test webhook to a local receiver.
//   allo-mock [--port 4010] [--host 127.0.0.1] [--dynamic] [--quiet]   (or ALLO_MOCK_PORT, ALLO_MOCK_DYNAMIC=1)
//   allo-mock --proxy [url] [--errors] [--report drift.json] [--port 4010] [--quiet]
//   allo-mock trigger <topic> --to <url> [--secret whsec_...] [--data '{...}']
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { AlloValidationError } from "../errors/index.js";
import type { AlloMockDriftReport } from "./drift.js";
import type { AlloMockViolation } from "./violations.js";
import { summaryText, violationText } from "./drift-text.js";
import { ALLO_API, AlloMockPortInUseError, startAlloMock, type AlloMockRequest } from "./start-mock.js";
import { TRIGGER_USAGE, trigger } from "./trigger.js";
import { freePortNear } from "./free-port.js";

const USAGE = `allo-mock [--port 4010] [--host 127.0.0.1] [--dynamic] [--quiet]
A local mock of the Allo API (Prism on the allo-client spec): its answers are the spec's fixed
examples (--dynamic: generated from the schemas). One line per request unless --quiet.

allo-mock --proxy [url] [--errors] [--report drift.json] [--port 4010] [--quiet]
Prism in front of the real Allo (url: ${ALLO_API} by default): every request
goes on to it with the caller's key; each request or answer that breaks the spec is printed on
stderr as it happens (where and what, never a value) and summed up on Ctrl-C. --report writes the
summary as JSON; --errors answers a violation with an error (a bad request is then not sent).

${TRIGGER_USAGE}`;

function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

function requestLine({ method, path, status, durationMs, aborted }: AlloMockRequest): string {
  return `${clock()} ${method} ${path} ${status || "-"} ${Math.round(durationMs)} ms${aborted ? " (client went away)" : ""}`;
}

function usageError(message: string): never {
  console.error(`allo-mock: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** The serve command's flags, parsed; a flag it does not know ends the process with the usage. */
function parseOrExit(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        dynamic: { type: "boolean" },
        quiet: { type: "boolean" },
        proxy: { type: "string" },
        errors: { type: "boolean" },
        report: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

/** The serve command's flags, checked together. */
function serveArgs(argv: readonly string[]) {
  // `--proxy` may come without its URL: it then means Allo's.
  const values = parseOrExit(
    argv.map((arg, i) => (arg === "--proxy" && (argv[i + 1] === undefined || argv[i + 1]!.startsWith("-")) ? `--proxy=${ALLO_API}` : arg)),
  );
  if (values.proxy === undefined && (values.errors || values.report !== undefined)) usageError("--errors and --report go with --proxy.");
  if (values.proxy !== undefined && values.dynamic) usageError("--dynamic is for the mock; --proxy answers what Allo answers.");
  return values;
}

function violationLine(v: AlloMockViolation): string {
  return `${clock()} drift ${v.method} ${v.path} ${violationText(v)}`;
}

/** Prints the proxy's summary and writes `--report`; false when the report could not be written. */
function summarize(report: AlloMockDriftReport, file: string | undefined): boolean {
  console.error(summaryText(report));
  if (file === undefined) return true;
  try {
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.error(`Report written to ${file}.`);
    return true;
  } catch (error) {
    console.error(`allo-mock: could not write the report to ${file}: ${error instanceof Error ? error.message : error}`);
    return false;
  }
}

async function serve(argv: readonly string[]): Promise<void> {
  const values = serveArgs(argv);
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const portText = values.port ?? process.env.ALLO_MOCK_PORT ?? "4010";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    console.error(`allo-mock: the port must be a number from 0 to 65535, got ${JSON.stringify(portText)}.`);
    process.exit(2);
  }
  const host = values.host ?? "127.0.0.1";

  const onRequest = values.quiet ? undefined : (request: AlloMockRequest) => console.log(requestLine(request));
  try {
    let stop: () => Promise<boolean>;
    if (values.proxy !== undefined) {
      const proxy = await startAlloMock({
        port,
        host,
        proxy: values.proxy,
        errors: values.errors === true,
        onRequest,
        onViolation: (v) => console.error(violationLine(v)),
      });
      stop = () => proxy.stop().then((report) => summarize(report, values.report));
      console.log(`Allo proxy (Prism) listening. Base URL: ${proxy.url}, forwarding to ${proxy.upstream}

  new AlloClient({ apiKey: process.env.ALLO_API_KEY, baseUrl: "${proxy.url}" })
  curl -H "Authorization: $ALLO_API_KEY" ${proxy.url}/v2/api/me

Every request goes on to ${proxy.upstream} with its own key. What breaks the spec is printed on stderr${
        values.errors ? " and answered with an error" : ""
      }. Ctrl-C to stop and sum up.`);
    } else {
      const mock = await startAlloMock({
        port,
        host,
        dynamic: values.dynamic === true || process.env.ALLO_MOCK_DYNAMIC === "1",
        onRequest,
      });
      stop = () => mock.stop().then(() => true);
      console.log(`Allo mock (Prism) listening. Base URL: ${mock.url}

  new AlloClient({ apiKey: "any-non-empty-key", baseUrl: "${mock.url}" })
  curl -H 'Authorization: anything' ${mock.url}/v1/api/numbers

Answers are the spec's examples. Select an error with a Prefer header, e.g. -H 'Prefer: code=429'.
Ctrl-C to stop.`);
    }
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        void stop().then((ok) => process.exit(ok ? 0 : 1));
      });
    }
  } catch (error) {
    if (error instanceof AlloMockPortInUseError) {
      const next = await freePortNear(host, port + 1);
      console.error(`allo-mock: port ${port} is in use, try ALLO_MOCK_PORT=${next} (or --port ${next}; --port 0 picks any free port).`);
    } else if (error instanceof AlloValidationError) {
      usageError(`--proxy ${error.reason}.`);
    } else {
      console.error(`allo-mock: ${error instanceof Error ? error.message : error}`);
    }
    process.exit(1);
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === "trigger") {
  const { code, lines } = await trigger(rest);
  for (const line of lines) (code === 0 ? console.log : console.error)(line);
  process.exitCode = code;
} else {
  await serve(process.argv.slice(2));
}
