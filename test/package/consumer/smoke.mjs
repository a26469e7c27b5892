// Run inside a fresh folder where the packed allo-client is installed, by each runtime under test
// (Node 18 to 24, Bun, Deno). Imports every entry as a user would and prints one JSON line.
import { AlloApiError, AlloClient, AlloError, AlloValidationError, VERSION } from "allo-client";
import { startAlloMock } from "allo-client/mock";
import { WebhookError, WebhookReceiver, createTestEvent } from "allo-client/webhooks";
import { createAlloProxy } from "allo-client/proxy";
import { createRedisStores } from "allo-client/redis";
import { AlloProvider, useAlloClient } from "allo-client/react";
import { createElement } from "react";
import { renderToString } from "react-dom/server";

const runtime = globalThis.Deno ? `deno ${Deno.version.deno}` : globalThis.Bun ? `bun ${Bun.version}` : `node ${process.versions.node}`;
const checks = {};
const check = (name, ok) => {
  checks[name] = Boolean(ok);
};

check("version", typeof VERSION === "string" && VERSION.length > 0);
// The redis entry loads without a Redis client installed (the user passes theirs), and refuses a non-client by name.
try {
  createRedisStores({});
} catch (e) {
  check("redis entry loads, and checks its argument", e instanceof AlloValidationError && e instanceof AlloError);
}
try {
  await new AlloClient({ apiKey: "k" }).sms.send({ from: "x", to: "y", message: "" });
} catch (e) {
  check("validation before sending", e instanceof AlloValidationError && e instanceof AlloError && e.field === "from");
}

// The webhooks entry shares the core: its errors are AlloErrors of the root entry.
const received = [];
const receiver = new WebhookReceiver({ allowedAlloNumbers: ["+13055550180"] }).onCallReceived((payload) => received.push(payload.id));
const delivery = createTestEvent("CALL_RECEIVED");
const event = await receiver.handle(delivery.body, { headers: delivery.headers });
check("webhook handled", event.topic === "CALL_RECEIVED" && received.length === 1);
try {
  await receiver.handle("{not json");
} catch (e) {
  check("WebhookError is an AlloError of the root entry", e instanceof WebhookError && e instanceof AlloError && e.code === "INVALID_JSON");
}

// The React entry uses the root's AlloClient (one core), and renders on a server.
const seen = [];
const Probe = () => {
  seen.push(useAlloClient() instanceof AlloClient);
  return null;
};
renderToString(createElement(AlloProvider, { apiKey: "k" }, createElement(Probe)));
check("react entry shares the core", seen.length === 1 && seen[0] === true);

const mock = await startAlloMock();
try {
  const allo = new AlloClient({ apiKey: "smoke-key", baseUrl: mock.url });
  const numbers = await allo.numbers.list();
  check("numbers.list through the mock", numbers.length === 2 && numbers[0].number === "+13055550180");
  const found = await allo.conversations.items.search({ search: "billing", type: "CALL" });
  check("a v2 search through the mock", found.results[0].id === "cll-abc123" && found.pagination.has_more === false);
  const sms = await allo.sms.send({ from: "+13055550180", to: "+13055550142", message: "hi" });
  check("sms.send through the mock", sms.type === "OUTBOUND");
  try {
    await allo.contacts.get("cnt_x", {}, { headers: { prefer: "code=400, example=CONTACT_NOT_FOUND" } });
  } catch (e) {
    check("API error is AlloApiError", e instanceof AlloApiError && e instanceof AlloError && e.code === "CONTACT_NOT_FOUND");
  }
  // The proxy forwards what it allows, with the key, and refuses the rest.
  const proxy = createAlloProxy({
    apiKey: "server-key",
    allow: ["numbers.list"],
    baseUrl: mock.url,
    basePath: "/api/allo",
    authorize: "public",
  });
  const allowed = await proxy(new Request("https://app.example/api/allo/v1/api/numbers"));
  const refused = await proxy(new Request("https://app.example/api/allo/v1/api/webhooks"));
  check("proxy forwards and refuses", allowed.status === 200 && (await allowed.json()).data.length === 2 && refused.status === 403);
} finally {
  await mock.stop();
}

const ok = Object.values(checks).length === 11 && Object.values(checks).every(Boolean);
console.log(JSON.stringify({ runtime, format: "esm", ok, checks }));
if (!ok) process.exitCode = 1;
