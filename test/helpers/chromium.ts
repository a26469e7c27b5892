import { existsSync } from "node:fs";

/** Where Debian's Chromium is, or CHROMIUM_PATH; undefined when this machine has none. */
export const chromiumPath: string | undefined = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (p): p is string => Boolean(p && existsSync(p)),
);

export const HOW_TO_ENABLE = "no Chromium here: `apt-get install -y chromium` or set CHROMIUM_PATH to run it";

/** Flags for a headless Chromium on a closed network: without the background-networking ones, its own connections are refused by the sandbox, many at a time. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
