// A local twin of Allo for `npm run bench:scale`, in a process of its own: a fixed latency on every
// answer and Allo's published limits enforced per key, 20 reads (GET) and 5 writes (any other
// method) per one-second window, a 429 with `Retry-After: 1` beyond them, and the `X-RateLimit-*`
// headers on every answer. Time is scaled: with SCALE=0.1 a window lasts 100 ms and the latency is a
// tenth of LATENCY_MS, so that a run takes seconds; the ratios to the ideal do not change with it.
// (A 429's `Retry-After` stays `1`: a whole second, as Allo says it, which at SCALE=0.1 is ten
// windows. The twin is harsher on a 429 than Allo would be.)
//
//   GET  /v1/api/contacts?page&size  CONTACTS contacts, v1 pages (0-indexed, total_pages)
//   POST /v1/api/sms                 records each message sent; its content names it
//   GET  /twin/stats, POST /twin/reset  counters for the bench (neither limited nor delayed)
//
// Prints {"port": N} on its first line of stdout.
import { createServer } from "node:http";
import { contactsPage } from "./contacts.mjs";

const SCALE = Number(process.env.SCALE ?? 0.1);
const LATENCY = Number(process.env.LATENCY_MS ?? 150) * SCALE;
const WINDOW = 1000 * SCALE;
const LIMITS = { read: 20, write: 5 };
const TOTAL = Number(process.env.CONTACTS ?? 20_000);

let stats;
function reset() {
  stats = { reads: 0, writes: 0, rejected: { read: 0, write: 0 }, sms: new Map() };
}
reset();

// Fixed windows, as `X-RateLimit-Reset` ("when the window resets") describes them.
const windows = { read: { start: 0, used: 0 }, write: { start: 0, used: 0 } };

/** Counts a call in its bucket's window; false when the window is full. */
function admit(bucket, now) {
  const w = windows[bucket];
  const start = Math.floor(now / WINDOW) * WINDOW;
  if (start !== w.start) {
    w.start = start;
    w.used = 0;
  }
  if (w.used >= LIMITS[bucket]) return false;
  w.used++;
  return true;
}

function rateHeaders(bucket) {
  const w = windows[bucket];
  return {
    // Per second, as Allo documents it: in scaled time, the window's limit over its length.
    "x-ratelimit-limit": String(LIMITS[bucket] / SCALE),
    "x-ratelimit-remaining": String(Math.max(0, LIMITS[bucket] - w.used)),
    // Seconds since 1970, with the fraction a scaled window needs.
    "x-ratelimit-reset": ((w.start + WINDOW) / 1000).toFixed(3),
  };
}

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const url = new URL(req.url, "http://twin");
    if (url.pathname === "/twin/stats") {
      const counts = [...stats.sms.values()];
      return send(res, 200, {
        reads: stats.reads,
        writes: stats.writes,
        rejected: stats.rejected,
        sms: {
          distinct: counts.length,
          received: counts.reduce((a, b) => a + b, 0),
          duplicates: counts.reduce((a, b) => a + Math.max(0, b - 1), 0),
        },
        sent: [...stats.sms.keys()],
      });
    }
    if (url.pathname === "/twin/reset") {
      reset();
      return send(res, 200, { ok: true });
    }
    const bucket = req.method === "GET" ? "read" : "write";
    const admitted = admit(bucket, Date.now());
    const headers = rateHeaders(bucket);
    setTimeout(() => {
      if (!admitted) {
        stats.rejected[bucket]++;
        return send(
          res,
          429,
          {
            error: {
              type: "rate_limit_error",
              code: "RATE_LIMIT_EXCEEDED",
              message: `You have exceeded the rate limit of ${LIMITS[bucket]} requests per second.`,
              retryable: true,
              retry_after_seconds: 1,
            },
          },
          { ...headers, "retry-after": "1" },
        );
      }
      if (bucket === "read") stats.reads++;
      else stats.writes++;
      if (req.method === "GET" && url.pathname === "/v1/api/contacts") {
        return send(res, 200, contactsPage(url.searchParams, TOTAL), headers);
      }
      if (req.method === "POST" && url.pathname === "/v1/api/sms") {
        const { from, to, message } = JSON.parse(Buffer.concat(chunks).toString());
        stats.sms.set(message, (stats.sms.get(message) ?? 0) + 1);
        return send(
          res,
          200,
          {
            data: {
              from_number: from,
              sender_id: null,
              to_number: to,
              type: "OUTBOUND",
              content: message,
              start_date: "2026-11-27T10:00:00",
            },
          },
          headers,
        );
      }
      send(res, 404, { code: "NOT_FOUND" }, headers);
    }, LATENCY);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () =>
  process.stdout.write(`${JSON.stringify({ port: server.address().port, scale: SCALE, latencyMs: LATENCY, windowMs: WINDOW })}\n`),
);
