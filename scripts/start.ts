// npm start: Prism on the spec, examples/quickstart.ts against it, Prism stopped. No key needed.
import { startAlloMock } from "../src/mock/index.js";

const mock = await startAlloMock({ port: Number(process.env.ALLO_MOCK_PORT ?? 0) });
console.log(`Allo mock (Prism, from spec/allo.openapi.yaml) on ${mock.url}\nRunning examples/quickstart.ts against it:\n`);
let code = 0;
try {
  process.env.ALLO_BASE_URL = mock.url;
  process.env.ALLO_API_KEY = "mock-key";
  await import("../examples/quickstart.js");
  console.log("\nDone: every call above was answered by the mock.");
} catch (error) {
  console.error("\nThe quick start failed:", error);
  code = 1;
} finally {
  await mock.stop();
}
process.exit(code);
