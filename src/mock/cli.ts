#!/usr/bin/env node
// allo-mock: Prism serving the Allo spec until Ctrl-C, one line per request; `npm run mock` in this
// repository runs it too. `allo-mock trigger` sends a signed test webhook to a local receiver.
//   allo-mock [--port 4010] [--host 127.0.0.1] [--dynamic] [--quiet]   (or ALLO_MOCK_PORT, ALLO_MOCK_DYNAMIC=1)
//   allo-mock trigger <topic> --to <url> [--secret whsec_...] [--data '{...}']
import { parseArgs } from "node:util";
import { AlloMockPortInUseError, startAlloMock, type AlloMockRequest } from "./start-mock.js";
import { TRIGGER_USAGE, trigger } from "./trigger.js";
import { freePortNear } from "./free-port.js";

const USAGE = `allo-mock [--port 4010] [--host 127.0.0.1] [--dynamic] [--quiet]
A local mock of the Allo API (Prism on the allo-client spec): its answers are the spec's fixed
examples (--dynamic: generated from the schemas). One line per request unless --quiet.

${TRIGGER_USAGE}`;

function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

function requestLine({ method, path, status, durationMs, aborted }: AlloMockRequest): string {
  return `${clock()} ${method} ${path} ${status || "-"} ${Math.round(durationMs)} ms${aborted ? " (client went away)" : ""}`;
}

/** The serve command's flags; a flag it does not know ends the process with the usage. */
function serveArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        port: { type: "string" },
        host: { type: "string" },
        dynamic: { type: "boolean" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    console.error(`allo-mock: ${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    process.exit(2);
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

  try {
    const mock = await startAlloMock({
      port,
      host,
      dynamic: values.dynamic === true || process.env.ALLO_MOCK_DYNAMIC === "1",
      onRequest: values.quiet ? undefined : (request) => console.log(requestLine(request)),
    });
    console.log(`Allo mock (Prism) listening. Base URL: ${mock.url}

  new AlloClient({ apiKey: "any-non-empty-key", baseUrl: "${mock.url}" })
  curl -H 'Authorization: anything' ${mock.url}/v1/api/numbers

Answers are the spec's examples. Select an error with a Prefer header, e.g. -H 'Prefer: code=429'.
Ctrl-C to stop.`);
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        void mock.stop().then(() => process.exit(0));
      });
    }
  } catch (error) {
    if (error instanceof AlloMockPortInUseError) {
      const next = await freePortNear(host, port + 1);
      console.error(`allo-mock: port ${port} is in use, try ALLO_MOCK_PORT=${next} (or --port ${next}; --port 0 picks any free port).`);
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
