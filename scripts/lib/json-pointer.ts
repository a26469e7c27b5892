// Local `$ref`s of one OpenAPI document (`#/components/schemas/Name`), as RFC 6901 JSON pointers in a
// URI fragment: percent-decoded first, then `~1` read as `/` and `~0` as `~` (in that order, so
// `~01` stays the key `~1`).

type Json = Record<string, any>;

/** The value at `ref` in `doc`; throws naming the ref when it points at nothing or out of the document. */
export function resolvePointer(doc: unknown, ref: string): any {
  if (!ref.startsWith("#")) throw new Error(`json-pointer: ${ref} is not a local reference (only "#/..." refs are read)`);
  const pointer = decodeURIComponent(ref.slice(1));
  if (pointer === "") return doc;
  if (!pointer.startsWith("/")) throw new Error(`json-pointer: ${ref} is not a JSON pointer (it must start with "#/")`);
  let current: any = doc;
  for (const token of pointer.slice(1).split("/")) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) {
      throw new Error(`json-pointer: ${ref} points at nothing (no "${key}")`);
    }
    current = current[key];
  }
  return current;
}

/** `node`, or what its `$ref` (and that target's own `$ref`, ...) points at; throws on a loop of refs. */
export function deref(doc: unknown, node: Json): Json {
  let current = node;
  const seen = new Set<string>();
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    if (seen.has(current.$ref)) throw new Error(`json-pointer: ${current.$ref} refers to itself`);
    seen.add(current.$ref);
    current = resolvePointer(doc, current.$ref);
  }
  return current;
}
