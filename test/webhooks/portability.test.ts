// allo-client/webhooks must load and run where there is no Node: Workers, Deno, Bun, browsers.
// Proof: it bundles for esbuild's "neutral" platform (any Node built-in reached, through zod or
// standardwebhooks included, fails the build), and the bundle runs in a bare vm context that has
// only Web APIs: no process, Buffer, require, setTimeout.
// esbuild comes with tsx and vite (both already dev dependencies).
import { readdirSync, readFileSync } from "node:fs";
import { runInContext, createContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { Webhook } from "standardwebhooks";
import { beforeAll, describe, expect, it } from "vitest";
import type * as Webhooks from "../../src/webhooks/index.js";
import { exampleOf, specDeliveries } from "./helpers.js";

const dir = new URL("../../src/webhooks/", import.meta.url);
const call = specDeliveries.find((d) => d.topic === "CALL_RECEIVED")!.delivery;
let bundle = "";

beforeAll(async () => {
  const result = await build({
    entryPoints: [new URL("index.ts", dir).pathname],
    bundle: true,
    platform: "neutral",
    mainFields: ["module", "main"],
    format: "iife",
    globalName: "alloWebhooks",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  bundle = result.outputFiles[0]!.text;
});

describe("allo-client/webhooks without Node", () => {
  it("imports nothing from node: in its sources", () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      expect(readFileSync(new URL(file, dir), "utf8"), file).not.toMatch(/from\s+["']node:|require\(/);
    }
  });

  it("bundles for a platform without Node built-ins, in under 40 KB gzipped", () => {
    const gzipped = gzipSync(bundle).length;
    expect(gzipped).toBeGreaterThan(1000);
    expect(gzipped).toBeLessThan(40_000);
  });

  it("runs in a context with Web APIs only: v1 deliveries, signed v2 deliveries and fetchHandler", async () => {
    const context = createContext({ TextEncoder, TextDecoder, Request, Response, Headers, ReadableStream, console });
    const lib = runInContext(`${bundle}; alloWebhooks`, context) as typeof Webhooks;
    expect(runInContext("typeof process + typeof Buffer + typeof require + typeof setTimeout", context)).toBe(
      "undefinedundefinedundefinedundefined",
    );

    const seen: string[] = [];
    const receiver = new lib.WebhookReceiver({ allowedAlloNumbers: ["+13055550180"] }).onCallReceived((p) => void seen.push(p.id));
    await receiver.handle(JSON.stringify(call));
    await receiver.handle(new TextEncoder().encode(JSON.stringify(call)));
    expect(seen).toEqual(["call_abc123", "call_abc123"]);

    const secret = `whsec_${Buffer.from("portable secret, thirty-two bytes").toString("base64")}`;
    const body = JSON.stringify(exampleOf("call.completed"));
    const now = new Date();
    const headers = {
      "webhook-id": "msg_1",
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
      "webhook-signature": new Webhook(secret).sign("msg_1", now, body),
    };
    const signed = new lib.WebhookReceiver({ signingSecret: [secret] });
    await expect(signed.handle(body, { headers })).resolves.toMatchObject({ topic: "call.completed", delivery: { signed: true } });
    await expect(signed.handle(body, { headers })).resolves.toMatchObject({ delivery: { duplicate: true } });
    await expect(signed.handle(body, { headers: { ...headers, "webhook-id": "msg_2" } })).rejects.toMatchObject({
      code: "INVALID_SIGNATURE",
    });
    // Test deliveries are signed there too (no crypto API, no Buffer).
    const test = lib.createTestEvent("sms.received", {}, { signingSecret: secret });
    await expect(signed.handle(test.body, { headers: test.headers })).resolves.toMatchObject({
      topic: "sms.received",
      delivery: { signed: true },
    });

    const res = await receiver.fetchHandler()(new Request("https://example.com/", { method: "POST", body: JSON.stringify(call) }));
    expect(res.status).toBe(200);
    expect(lib.verifyToken("abc", "abc")).toBe(true);
  });
});
