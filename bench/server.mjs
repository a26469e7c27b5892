// The benchmarks' server, in its own process so that its work is not timed with the client's:
// GET /v1/api/numbers (a small answer), GET /v1/api/contacts?page&size over CONTACTS contacts made on the fly.
import { createServer } from "node:http";

const TOTAL = Number(process.env.CONTACTS ?? 100_000);
const numbers = JSON.stringify({ data: [{ number: "+13055550180", name: "Support line", country: "US", is_shared_number: true }] });

const contact = (i) => ({
  id: `cnt_${i}`,
  name: `Name ${i}`,
  last_name: "Dupont",
  job_title: null,
  website: null,
  status: null,
  is_archived: false,
  created_at: "2026-04-21T10:00:00",
  updated_at: "2026-04-21T10:00:00",
  numbers: [`+3361234${String(i % 10000).padStart(4, "0")}`],
  emails: [`c${i}@example.com`],
  company: null,
  engagement: null,
  last_activity_date: null,
});

const server = createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  let body;
  if (url.pathname === "/v1/api/numbers") body = numbers;
  else if (url.pathname === "/v1/api/contacts") {
    const page = Number(url.searchParams.get("page") ?? 0);
    const size = Number(url.searchParams.get("size") ?? 10);
    const results = [];
    for (let i = page * size; i < Math.min(TOTAL, page * size + size); i++) results.push(contact(i));
    body = JSON.stringify({ data: { results, metadata: { pagination: { total_pages: Math.ceil(TOTAL / size), current_page: page } } } });
  } else {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`));
