#!/usr/bin/env node
// allo-mock: Prism serving the Allo spec, until Ctrl-C. `npm run mock` in this repository runs it too.
//   allo-mock [--port 4010] [--host 127.0.0.1] [--dynamic]     (or ALLO_MOCK_PORT, ALLO_MOCK_DYNAMIC=1)
import { startAlloMock } from "./start-mock.js";

function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i === -1) return undefined;
  const arg = args[i]!;
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : (args[i + 1] ?? "");
}

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log("allo-mock [--port 4010] [--host 127.0.0.1] [--dynamic]\nA local mock of the Allo API (Prism on the allo-client spec).");
  process.exit(0);
}

const portText = flag("port") ?? process.env.ALLO_MOCK_PORT ?? "4010";
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`allo-mock: the port must be a number from 0 to 65535, got ${JSON.stringify(portText)}.`);
  process.exit(2);
}

try {
  const mock = await startAlloMock({
    port,
    host: flag("host") ?? "127.0.0.1",
    dynamic: process.argv.includes("--dynamic") || process.env.ALLO_MOCK_DYNAMIC === "1",
  });
  console.log(`Allo mock (Prism) listening. Base URL: ${mock.url}

  new AlloClient({ apiKey: "any-non-empty-key", baseUrl: "${mock.url}" })
  curl -H 'Authorization: anything' ${mock.url}/numbers

Select an error with a Prefer header, e.g. -H 'Prefer: code=429'. Ctrl-C to stop.`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void mock.stop().then(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
