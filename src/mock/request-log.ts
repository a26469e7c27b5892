// A small front for Prism that reports each request (method, path, status, time), as Prism's own
// console does when run by hand: Prism's log is a stream of lines per step, with nothing that ties
// a status to its request when requests overlap. Everything else passes through as it came.
import { Agent, createServer, request, type IncomingHttpHeaders, type Server } from "node:http";

/** One request the mock answered. */
export interface AlloMockRequest {
  method: string;
  /** The path, without its query (queries carry phone numbers). */
  path: string;
  /** The status answered; 0 when the client went away before any answer. */
  status: number;
  durationMs: number;
  /** True when the client went away before the answer was complete. */
  aborted: boolean;
}

// Hop-by-hop headers describe one connection, not the message: each side sets its own.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te", "trailer"]);

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

/** A server that forwards every request to `target` and reports it; not listening yet. */
export function createRequestLog(target: { host: string; port: number }, onRequest: (entry: AlloMockRequest) => void): Server {
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req, res) => {
    const started = performance.now();
    const path = (req.url ?? "/").split("?")[0]!;
    res.once("close", () => {
      const status = res.headersSent ? res.statusCode : 0;
      const entry = { method: req.method ?? "GET", path, status, durationMs: performance.now() - started, aborted: !res.writableFinished };
      try {
        onRequest(entry);
      } catch {
        // A failing log line must not take the mock down.
      }
    });
    const upstream = request({ ...target, agent, method: req.method, path: req.url, headers: endToEnd(req.headers) }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
      answer.pipe(res);
    });
    upstream.once("error", () => {
      if (res.headersSent) return void res.destroy();
      res.writeHead(502, { "content-type": "application/json" });
      res.end('{"error":"MOCK_UNAVAILABLE","message":"Prism, behind allo-mock, did not answer"}');
    });
    req.pipe(upstream);
  });
  server.once("close", () => agent.destroy());
  return server;
}
