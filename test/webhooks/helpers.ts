// Deliveries for the webhook tests, built from the spec's own examples so they cannot drift from it.
import { once } from "node:events";
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { requestExamples, spec } from "../helpers/spec.js";

type Json = Record<string, any>;

/** Each topic of the spec's webhooks: section with its first example delivery. */
export const specDeliveries: Array<{ topic: string; delivery: { topic: string; data?: Json } }> = Object.entries(
  spec.webhooks as Json,
).map(([topic, item]) => ({ topic, delivery: requestExamples(item.post)[0]![1] as { topic: string; data?: Json } }));

/** `from_number` → `fromNumber`, recursively over object keys; values untouched. The receiver's inverse. */
export function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()), camelKeys(v)]),
  );
}

export type Casing = "snake_case" | "camelCase";
export type EnvelopeKey = "data" | "body";

/** The delivery in the given casing, its payload under the given envelope key. */
export function variant(delivery: { topic: string; data?: Json }, casing: Casing, key: EnvelopeKey): Json {
  const data = casing === "camelCase" ? camelKeys(delivery.data) : delivery.data;
  return { topic: delivery.topic, [key]: data };
}

/** A node:http server on a free port of 127.0.0.1, and its base URL. */
export async function listen(handler: RequestListener): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer(handler);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
