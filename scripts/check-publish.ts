// Run by `npm publish` (prepublishOnly): refuses to publish a package.json that lacks the fields a
// user on the registry needs to find the source and report a problem. `npm pack` does not run it.
import { readFile } from "node:fs/promises";

/** The fields a published package.json must carry, and what each is for. */
export const REQUIRED_FOR_PUBLISH = {
  repository: 'where the source lives (`{ "type": "git", "url": "git+https://..." }`)',
  bugs: 'where to report a problem (`{ "url": "https://.../issues" }`)',
  homepage: "the page users land on from the registry",
} as const;

/** Names what is missing or empty, one line each; empty when the manifest may be published. */
export function missingForPublish(manifest: Record<string, unknown>): string[] {
  const missing: string[] = [];
  for (const [field, purpose] of Object.entries(REQUIRED_FOR_PUBLISH)) {
    const value = manifest[field];
    const url = typeof value === "string" ? value : (value as { url?: unknown } | undefined)?.url;
    if (typeof url !== "string" || !/^(git\+)?https:\/\//.test(url)) missing.push(`${field}: ${purpose}`);
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
  const missing = missingForPublish(manifest);
  if (missing.length) {
    console.error(`package.json is not ready to publish; add an https URL for:\n${missing.map((m) => `  - ${m}`).join("\n")}`);
    process.exit(1);
  }
}
