// npm run docs builds the Redoc page; a real headless Chromium, with the network cut off, must
// render every operation's summary and scope and every incoming webhook, without a page error.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, HOW_TO_ENABLE, chromiumPath } from "../helpers/chromium.js";
import { HTTP_METHODS, operations, scopeOf, spec } from "../helpers/spec.js";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url);
const page_url = pathToFileURL(new URL("docs/index.html", root).pathname).href;

const webhookEntries = Object.entries(spec.webhooks as Record<string, any>).flatMap(([topic, item]) =>
  HTTP_METHODS.filter((m) => item[m]).map((m) => ({
    topic,
    operationId: item[m].operationId as string,
    summary: item[m].summary as string,
    tag: item[m].tags[0] as string,
  })),
);

// Without Chromium the page test is reported as skipped, saying how to enable it: never as passed.
if (!chromiumPath) {
  describe("the Redoc page (docs/index.html)", () => {
    it.skip(`renders in headless Chromium: skipped, ${HOW_TO_ENABLE}`, () => {});
  });
}

describe.runIf(chromiumPath)("the Redoc page (docs/index.html)", () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const external: string[] = [];

  beforeAll(async () => {
    await run("npm", ["run", "--silent", "docs"], { cwd: root });
    browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
      external.push(url);
      return route.abort("internetdisconnected");
    });
    await page.goto(page_url);
    await page.waitForSelector("[data-component-name='Menu/MenuItem'] a[href='/conversations']", { timeout: 30_000 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Redoc's address of an operation: its first tag, slugged, then its operationId; and its section. */
  async function open(operationId: string, tag: string) {
    const id = `${tag.toLowerCase().replace(/\s+/g, "-")}/${operationId.toLowerCase()}`;
    await page.goto(`${page_url}#/${id}`);
    const section = page.locator(`[id="${id}"]`).first();
    await section.waitFor({ timeout: 10_000 });
    return section;
  }

  // Redoc puts a "Copy" button (or a "Webhook" badge) inside the heading, so match the heading text, not its accessible name.
  function headingFor(summary: string) {
    const escaped = summary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return page
      .locator("h1, h2")
      .filter({ hasText: new RegExp(`^\\s*${escaped}\\s*(Copy|Webhook)?\\s*$`) })
      .first();
  }

  it.each(operations)("shows $operationId with its summary, scope, and its TypeScript and curl samples", async ({ operationId, op }) => {
    const section = await open(operationId, op.tags[0]);
    const heading = headingFor(op.summary);
    await heading.waitFor({ state: "visible", timeout: 10_000 });
    expect(await heading.isVisible()).toBe(true);
    const text = await section.innerText();
    const scope = scopeOf(op);
    if (scope) {
      expect(text).toMatch(new RegExp(`Required scopes:\\s*${scope}\\b`));
      expect(text).toContain(`Required scope: ${scope}`);
    } else {
      expect(text).toContain("Required scope: none");
    }
    // The samples panel of the operation: pick each language from its menu and read the code shown.
    const samples = op["x-codeSamples"] as Array<{ lang: string; label?: string; source: string }>;
    for (const lang of ["TypeScript", "curl"]) {
      const sample = samples.find((s) => s.lang === lang)!;
      const title = sample.label ?? sample.lang;
      await section.getByRole("button", { name: /^(allo-client|curl|Payload)$/ }).click();
      await page.getByRole("menuitem", { name: title, exact: true }).click();
      const firstLine = sample.source.trim().split("\n")[0]!.trim();
      await expect.poll(async () => (await section.innerText()).includes(firstLine), { timeout: 5_000 }).toBe(true);
    }
  });

  it.each(webhookEntries)("shows the incoming webhook $topic", async ({ operationId, summary, tag }) => {
    await open(operationId, tag);
    const heading = headingFor(summary);
    await heading.waitFor({ state: "visible", timeout: 10_000 });
    expect(await heading.isVisible()).toBe(true);
  });

  it("renders without a page error and makes no network request at all", async () => {
    // Telemetry is posted late (after the first render): give the page a moment of idle first.
    await page.waitForLoadState("networkidle");
    expect(pageErrors, pageErrors.slice(0, 3).join("\n")).toEqual([]);
    expect(external).toEqual([]);
  });

  it("is built with Redoc's telemetry disabled and no remote logo", async () => {
    const html = await readFile(new URL("docs/index.html", root), "utf8");
    expect(html).toContain('"disableTelemetry":true');
    expect(html).not.toMatch(/https:\/\/cdn\.redoc\.ly/);
  });
});
