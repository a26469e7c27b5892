// The dashboard's server: the page, its bundle (main.tsx by esbuild), and the Allo proxy at
// /api/allo, the only place the API key exists. Run it with
//   npx tsx examples/react-dashboard/server.ts                  # against a local mock of Allo (Prism)
//   ALLO_API_KEY=... npx tsx examples/react-dashboard/server.ts # against Allo, texts are real
// (ALLO_BASE_URL picks another Allo, PORT the port.)
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { startAlloMock } from "allo-client/mock";
import { createAlloProxy } from "allo-client/proxy";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** main.tsx and what it imports, allo-client included (through tsconfig's paths), as one script. */
async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [here("main.tsx")],
    tsconfig: here("../../tsconfig.json"),
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    // 'use client' means nothing inside a bundle; esbuild would warn that it dropped it.
    logLevel: "error",
  });
  return result.outputFiles[0]!.text;
}

// This demo's stand-in for your app's login: loading the page opens a session (an HttpOnly
// cookie), and the proxy serves only requests that carry it. Without a check of this kind, anyone
// who finds /api/allo sends SMS on your bill.
const SESSION = randomBytes(32).toString("hex");
const SESSION_COOKIE = `dashboard_session=${SESSION}; HttpOnly; SameSite=Strict; Path=/`;

function hasSession(request: Request): boolean {
  const sent = /(?:^|;\s*)dashboard_session=([0-9a-f]{64})(?:;|$)/.exec(request.headers.get("cookie") ?? "")?.[1];
  return sent !== undefined && timingSafeEqual(Buffer.from(sent), Buffer.from(SESSION));
}

export async function startDashboard(options: { apiKey: string; baseUrl?: string | undefined; port?: number }) {
  const [html, script] = await Promise.all([readFile(here("index.html"), "utf8"), bundle()]);
  const proxy = createAlloProxy({
    apiKey: options.apiKey,
    baseUrl: options.baseUrl,
    basePath: "/api/allo",
    // What this page does, nothing more: no webhooks, no contact edits, no French sender, no
    // other v2 operation.
    allow: ["numbers.list", "contacts.search", "sms.send", "conversations.list", "conversations.act"],
    authorize: hasSession,
  });
  const forward = proxy.nodeHandler();

  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host ?? "localhost"}`;
    const path = new URL(req.url ?? "/", origin).pathname;
    if (path.startsWith("/api/allo/")) return void forward(req, res);
    if (req.method === "GET" && path === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "set-cookie": SESSION_COOKIE });
      return res.end(html);
    }
    if (req.method === "GET" && path === "/main.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      return res.end(script);
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ALLO_API_KEY, ALLO_BASE_URL, PORT } = process.env;
  // No key and no URL: a local mock of Allo, so the demo runs without an account.
  const mock = ALLO_API_KEY || ALLO_BASE_URL ? undefined : await startAlloMock();
  const dashboard = await startDashboard({
    apiKey: ALLO_API_KEY || "mock-key",
    baseUrl: ALLO_BASE_URL || mock?.url,
    port: Number(PORT ?? 0),
  });
  console.log(`Dashboard on ${dashboard.url} (Allo: ${ALLO_BASE_URL || mock?.url || "https://api.withallo.com"})`);
  const stop = async () => {
    await dashboard.close();
    await mock?.stop();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
