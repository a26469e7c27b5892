// The benchmarks' server, in its own process so that its work is not timed with the client's:
// GET /v1/api/numbers (a small answer), GET /v1/api/contacts?page&size over CONTACTS contacts made on the fly.
import { createServer } from "node:http";
import { contactsPage } from "./contacts.mjs";

const TOTAL = Number(process.env.CONTACTS ?? 100_000);
const numbers = JSON.stringify({ data: [{ number: "+13055550180", name: "Support line", country: "US", is_shared_number: true }] });

const server = createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  let body;
  if (url.pathname === "/v1/api/numbers") body = numbers;
  else if (url.pathname === "/v1/api/contacts") {
    body = JSON.stringify(contactsPage(url.searchParams, TOTAL));
  } else {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`));
