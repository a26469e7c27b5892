// npm start: Prism on the spec, the README's two examples against it (the v1 quick start of the
// seed, then the v2 example), Prism stopped. No key needed.
import { startAlloMock } from "../src/mock/index.js";

const mock = await startAlloMock({ port: Number(process.env.ALLO_MOCK_PORT ?? 0) });
console.log(`Allo mock (Prism, from spec/allo.openapi.yaml) on ${mock.url}`);
let code = 0;
try {
  process.env.ALLO_BASE_URL = mock.url;
  process.env.ALLO_API_KEY = "mock-key";
  console.log("\n── examples/quickstart.ts (v1: numbers, SMS, calls, contacts, webhooks) ──\n");
  await import("../examples/quickstart.js");
  console.log("\n── examples/v2.ts (v2: the key, an incremental sync, a transcript search) ──\n");
  await import("../examples/v2.js");
  console.log(`
Done: every call above was answered by the mock (the spec's examples, whatever you send).

Next:
  - against your account, reads only:   ALLO_API_KEY=ak_live_... npx tsx examples/v2.ts
  - the quick start for real (it sends an SMS and creates a contact and a webhook):
                                         ALLO_API_KEY=ak_live_... ALLO_QUICKSTART_LIVE=1 npx tsx examples/quickstart.ts
  - the mock on its own, for your tests: npm run mock   (http://127.0.0.1:4010)
  - the reference, offline:              npm run docs   (then open docs/index.html)`);
} catch (error) {
  console.error("\nThe examples failed:", error);
  code = 1;
} finally {
  await mock.stop();
}
process.exit(code);
