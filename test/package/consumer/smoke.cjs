// The CommonJS side of smoke.mjs: require() every entry; the classes are the same whichever entry
// is loaded first.
const { AlloApiError, AlloClient, AlloError, VERSION } = require("allo-client");
const { startAlloMock } = require("allo-client/mock");
const { WebhookError, WebhookReceiver } = require("allo-client/webhooks");
const { createAlloProxy } = require("allo-client/proxy");
const { AlloProvider, alloKeys } = require("allo-client/react");
const spec = require.resolve("allo-client/openapi.yaml");

const runtime = globalThis.Deno ? `deno ${Deno.version.deno}` : globalThis.Bun ? `bun ${Bun.version}` : `node ${process.versions.node}`;
const checks = {};
const check = (name, ok) => {
  checks[name] = Boolean(ok);
};

(async () => {
  check("version", typeof VERSION === "string");
  check("spec shipped", spec.endsWith("allo.openapi.yaml"));
  check(
    "react and proxy entries load",
    typeof AlloProvider === "function" && alloKeys.all[0] === "allo" && typeof createAlloProxy === "function",
  );
  try {
    await new WebhookReceiver().handle("[]");
  } catch (e) {
    check("WebhookError is an AlloError of the root entry", e instanceof WebhookError && e instanceof AlloError && e.status === 400);
  }
  const mock = await startAlloMock();
  try {
    const allo = new AlloClient({ apiKey: "smoke-key", baseUrl: mock.url });
    check("numbers.list through the mock", (await allo.numbers.list()).length === 2);
    try {
      await allo.webhooks.delete("wh_x", { headers: { prefer: "code=404" } });
    } catch (e) {
      check("API error is AlloApiError", e instanceof AlloApiError && e instanceof AlloError && e.code === "WEBHOOK_NOT_FOUND");
    }
  } finally {
    await mock.stop();
  }
  const ok = Object.values(checks).length === 6 && Object.values(checks).every(Boolean);
  console.log(JSON.stringify({ runtime, format: "cjs", ok, checks }));
  if (!ok) process.exitCode = 1;
})().catch((error) => {
  console.log(JSON.stringify({ runtime, format: "cjs", ok: false, error: String(error) }));
  process.exitCode = 1;
});
