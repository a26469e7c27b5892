// A small front for Prism that reports each request (method, path, status, time), as Prism's own
// console does when run by hand: Prism's log is a stream of lines per step, with nothing that ties
// a status to its request when requests overlap. Everything else passes through as it came, unless
// `onAnswer` (the proxy's drift watch) answers something else in Prism's place.
import { Agent, createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server } from "node:http";
import type { PrismAnswer, Replacement } from "./drift.js";

/** One request the mock answered. */
export interface AlloMockRequest {
  method: string;
  /** The path, without its query (queries carry phone numbers); with `proxy`, the spec's template (`/v1/api/contact/{contact_id}`). */
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

/** Sees each of Prism's answers before it is passed on; returns what to send instead, if anything. */
export type AnswerHook = (request: { method: string; path: string }, answer: PrismAnswer) => Replacement | undefined;

/** A problem answer is small; past this, it is passed on unread. */
const PROBLEM_LIMIT = 1 << 20;

/** The body of a problem answer (`application/problem+json`), parsed when whole; undefined when it is not one. */
function problemOf(answer: IncomingMessage): Promise<{ raw: Buffer; problem: unknown; whole: boolean } | undefined> {
  if (!/^application\/problem\+json\b/i.test(answer.headers["content-type"] ?? "")) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > PROBLEM_LIMIT) {
        // Too large to be Prism's: stop reading, and let the rest be piped.
        answer.pause();
        answer.off("data", onData).off("end", onEnd);
        resolve({ raw: Buffer.concat(chunks), problem: undefined, whole: false });
      }
    };
    const onEnd = () => {
      const raw = Buffer.concat(chunks);
      let problem: unknown;
      try {
        problem = JSON.parse(raw.toString("utf8"));
      } catch {
        problem = undefined;
      }
      resolve({ raw, problem, whole: true });
    };
    answer.on("data", onData).once("end", onEnd).once("error", reject);
  });
}

/** A server that forwards every request to `target` and reports it; not listening yet. */
export function createRequestLog(
  target: { host: string; port: number },
  onRequest: (entry: AlloMockRequest) => void,
  onAnswer?: AnswerHook,
): Server {
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
      const status = answer.statusCode ?? 502;
      if (!onAnswer) {
        res.writeHead(status, endToEnd(answer.headers));
        answer.pipe(res);
        return;
      }
      void problemOf(answer)
        .then((read) => {
          const instead = onAnswer({ method: req.method ?? "GET", path }, { status, headers: answer.headers, problem: read?.problem });
          if (instead) {
            answer.resume();
            // Prism's CORS headers stay, so that a page sees the answer rather than a CORS failure.
            const cors = Object.entries(answer.headers).filter(([name]) => name.startsWith("access-control-"));
            const length = String(Buffer.byteLength(instead.body));
            res.writeHead(instead.status, { ...Object.fromEntries(cors), ...instead.headers, "content-length": length });
            res.end(instead.body);
          } else if (read) {
            // Read to look at it: send what was read, then the rest, if any.
            res.writeHead(status, endToEnd(answer.headers));
            if (read.whole) res.end(read.raw);
            else {
              res.write(read.raw);
              answer.pipe(res);
            }
          } else {
            res.writeHead(status, endToEnd(answer.headers));
            answer.pipe(res);
          }
        })
        .catch(() => res.destroy());
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
