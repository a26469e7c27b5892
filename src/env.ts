/** An environment variable, where there is an environment (Node, Bun, Deno with --allow-env); never throws. */
export function envVar(name: string): string | undefined {
  try {
    return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
  } catch {
    // Deno without --allow-env throws on reading the environment.
    return undefined;
  }
}
