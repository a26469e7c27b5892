// npm run mock: Prism on the spec, on ALLO_MOCK_PORT (default 4010), until Ctrl-C.
import { startAlloMock } from "../src/mock/index.js";

const port = Number(process.env.ALLO_MOCK_PORT ?? 4010);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`ALLO_MOCK_PORT must be a port number, got ${JSON.stringify(process.env.ALLO_MOCK_PORT)}.`);
  process.exit(2);
}

const mock = await startAlloMock({ port, dynamic: process.env.ALLO_MOCK_DYNAMIC === "1" });
console.log(`Allo mock (Prism) listening. Base URL: ${mock.url}

  new AlloClient({ apiKey: "any-non-empty-key", baseUrl: "${mock.url}" })
  curl -H 'Authorization: anything' ${mock.url}/numbers

Select an error with a Prefer header, e.g. -H 'Prefer: code=429'. Ctrl-C to stop.`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void mock.stop().then(() => process.exit(0));
  });
}
