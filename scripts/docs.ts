// npm run docs: the Redoc page of the spec, self-contained and silent on the network.
//
// `redocly build-docs --inlineBundle` inlines Redoc itself; redocly.yaml's `telemetry: off` makes the
// page's `disableTelemetry` true. One request is still left: the "API docs by Redocly" badge loads
// its logo from cdn.redoc.ly. It is swapped here for an inline SVG of the same text, so a reader
// offline (or behind a strict firewall) opens a page that asks nothing of any server.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = new URL("../", import.meta.url);
export const DOCS_PAGE = new URL("docs/index.html", root);

const LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g;

const badge = (text: string) =>
  "data:image/svg+xml," +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${text.length * 7 + 4}" height="16"><text x="2" y="12" font-family="sans-serif" font-size="11" fill="#888">${text}</text></svg>`,
  );

/** The built page with every remote logo replaced by an inline one. */
export function offline(html: string): string {
  return html.replace(LOGO, (_url, full: string | undefined) => badge(full ? "Redocly" : "R"));
}

export async function buildDocs(): Promise<void> {
  const cli = fileURLToPath(new URL("node_modules/@redocly/cli/bin/cli.js", root));
  await promisify(execFile)(
    process.execPath,
    [cli, "build-docs", "spec/allo.openapi.yaml", "--inlineBundle", "-o", fileURLToPath(DOCS_PAGE)],
    {
      cwd: fileURLToPath(root),
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    },
  );
  const html = await readFile(DOCS_PAGE, "utf8");
  if (!html.includes('"disableTelemetry":true')) throw new Error("docs: the built page does not disable Redoc's telemetry");
  await writeFile(DOCS_PAGE, offline(html));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildDocs();
  console.log(`wrote ${fileURLToPath(DOCS_PAGE)}`);
}
