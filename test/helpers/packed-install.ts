// The run's one packed install of allo-client (test/setup/packed-install.ts makes it on first demand).
import { join } from "node:path";
import { inject } from "vitest";
import type { Consumer } from "../../scripts/lib/packed-consumer.js";

export interface PackedInstall extends Consumer {
  /** The path of an installed bin, as `npx <name>` would run it. */
  bin(name: string): string;
}

/**
 * Waits for the run's install of the packed tarball, with the MCP SDK beside it, and with Prism
 * and React too when `withPeers`; a build, a pack and an install take up to a few minutes on a cold cache.
 */
export async function packedInstall({ withPeers = false } = {}): Promise<PackedInstall> {
  // undici gives up waiting for headers after five minutes, well beyond a cold build.
  const res = await fetch(`${inject("packedInstallUrl")}?peers=${withPeers ? 1 : 0}`);
  if (!res.ok) throw new Error(`the packed install failed:\n${await res.text()}`);
  const consumer = (await res.json()) as Consumer;
  return { ...consumer, bin: (name) => join(consumer.dir, "node_modules", ".bin", name) };
}

/** How long a beforeAll may wait for packedInstall(). */
export const PACK_TIMEOUT = 300_000;
