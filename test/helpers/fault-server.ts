// A real node:http server that misbehaves on purpose, one behaviour per attempt.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  at: number;
}

/** Answers the n-th request (0-based); the request body is already read into `seen.body`. */
export type Behaviour = (req: IncomingMessage, res: ServerResponse, seen: Seen, n: number) => void;

export interface FaultServer {
  url: string;
  /** Every request the server received, in order. */
  seen: Seen[];
  /** Resolves once the server has received `n` requests (its behaviour already called). */
  received(n: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultServer(behaviour: Behaviour): Promise<FaultServer> {
  const seen: Seen[] = [];
  const waiting: Array<{ n: number; resolve: () => void }> = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const entry: Seen = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
        at: Date.now(),
      };
      seen.push(entry);
      behaviour(req, res, entry, seen.length - 1);
      for (const w of waiting.filter((w) => seen.length >= w.n)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    received: (n) => (seen.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ n, resolve }))),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/**
 * Sends the status, the headers and the first bytes of a JSON body, and never the rest: the reader
 * is left waiting mid-body. (`writeHead` alone sends nothing until the first write, so a reader
 * would be left waiting for the headers instead.)
 */
export function stallMidBody(res: ServerResponse, headers: Record<string, string> = {}): void {
  res.writeHead(200, { "content-type": "application/json", ...headers });
  res.flushHeaders();
  res.write('{"data":');
}

/** A port on which nothing listens: connections to it are refused. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

export const NUMBERS = { data: [{ number: "+13055550180", name: "Support", country: "US", is_shared_number: false }] };
export const SENT = {
  data: {
    from_number: "+13055550180",
    sender_id: null,
    to_number: "+13055550142",
    type: "OUTBOUND",
    content: "hi",
    start_date: "2026-04-21T10:30:00",
  },
};
