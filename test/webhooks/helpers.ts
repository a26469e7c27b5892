// Deliveries for the webhook tests, built from the spec's own examples so they cannot drift from it.
import { once } from "node:events";
import { createServer, request, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { requestExamples, spec } from "../helpers/spec.js";

type Json = Record<string, any>;

export interface SpecDelivery {
  topic: string;
  /** 2 for the dotted topics, whose envelope has `version` and `timestamp`. */
  version: 1 | 2;
  delivery: { topic: string; version?: string; timestamp?: string; data?: Json };
}

/** Each topic of the spec's webhooks: section, v1 and v2, with its first example delivery. */
export const specDeliveries: SpecDelivery[] = Object.entries(spec.webhooks as Json).map(([topic, item]) => ({
  topic,
  version: topic.includes(".") ? 2 : 1,
  delivery: requestExamples(item.post)[0]![1] as SpecDelivery["delivery"],
}));

export const v1Deliveries = specDeliveries.filter((d) => d.version === 1);
export const v2Deliveries = specDeliveries.filter((d) => d.version === 2);

/** The spec's first example of `topic`. */
export function exampleOf(topic: string): SpecDelivery["delivery"] {
  const found = specDeliveries.find((d) => d.topic === topic);
  if (!found) throw new Error(`the spec has no webhook topic ${topic}`);
  return found.delivery;
}

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

/**
 * POSTs an endless chunked body until the server answers, and resolves with the status and how
 * many bytes were sent by then. A server that buffered the whole body before answering would
 * never answer: the test would time out instead.
 */
export function uploadUntilAnswered(url: string, headers: Record<string, string> = {}): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { "content-type": "application/json", ...headers } });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    let answered = false;
    const pump = () => {
      while (!answered && sent < 256 * 1024 * 1024) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) reject(new Error(`sent ${sent} bytes and got no answer`));
    };
    req.on("response", (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sent });
      req.destroy();
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    req.flushHeaders();
    pump();
  });
}

/**
 * A node:http listener that serves a fetch-style handler, as Bun, Deno or @hono/node-server do:
 * the request body becomes a ReadableStream (cancelling it drops the rest without killing the
 * connection) and the Response is written back.
 */
export function fetchBridge(handler: (request: Request) => Promise<Response>): RequestListener {
  return async (req, res) => {
    let done = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        req.on("data", (chunk: Buffer) => done || controller.enqueue(new Uint8Array(chunk)));
        req.on("end", () => done || controller.close());
      },
      cancel() {
        done = true;
      },
    });
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers: Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])),
      ...(hasBody ? { body, duplex: "half" } : {}),
    } as RequestInit);
    const response = await handler(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  };
}
