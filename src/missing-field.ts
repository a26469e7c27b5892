// A field left out of an input or a delivery is said "is required" (zod says "must be a string"
// of it): the fix is to give it. The client's inputs and the webhook receiver say it alike.

/**
 * Whether `path` names a member left out of an object of `value`, the object itself being there (a
 * whole input left out keeps zod's `must be an object`: it says what to give).
 */
export function isMissing(value: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  let parent: unknown = value;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== "object") return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  return parent !== null && typeof parent === "object" && (parent as Record<PropertyKey, unknown>)[path.at(-1)!] === undefined;
}
