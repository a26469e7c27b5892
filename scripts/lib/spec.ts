// What every generator reads of the bundled spec the same way: its JSON pointers and its
// operations, in spec order.

/** A node of the bundled spec, read loosely: the generators check what they rely on. */
export type Schema = Record<string, any>;

/** The HTTP methods an OpenAPI path item can hold, in the order the generators visit them. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

export type HttpMethod = (typeof HTTP_METHODS)[number];

/** The node a local JSON pointer (`#/components/schemas/Contact`) names, `~1` and `~0` unescaped. */
export function resolvePointer(spec: Schema, ref: string): Schema | undefined {
  if (!ref.startsWith("#/")) throw new Error(`spec: only local references are bundled, got ${ref}`);
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<Schema | undefined>((node, key) => node?.[key], spec);
}

/** A node with its `$ref`s followed until there is none. */
export function deref(spec: Schema, node: Schema): Schema {
  let current = node;
  for (let hops = 0; current?.$ref; hops++) {
    if (hops > 64) throw new Error(`spec: ${String(node.$ref)} refers to itself`);
    const next = resolvePointer(spec, String(current.$ref));
    if (next === undefined) throw new Error(`spec: ${String(current.$ref)} names nothing`);
    current = next;
  }
  return current;
}

/** One operation of the spec's `paths`, where it is. */
export interface SpecOperation {
  path: string;
  method: HttpMethod;
  op: Schema;
  /** `GET /v2/api/users`, for messages. */
  where: string;
}

/** Every operation of the spec's `paths`, in spec order. */
export function operationsOf(spec: Schema): SpecOperation[] {
  const found: SpecOperation[] = [];
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Schema>)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (op) found.push({ path, method, op, where: `${method.toUpperCase()} ${path}` });
    }
  }
  return found;
}

/** `contact_id` → `contactId`: a spec name as a TypeScript identifier. */
export function camelCase(name: string): string {
  return name.replace(/[_-]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
