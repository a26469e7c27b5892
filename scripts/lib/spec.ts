// What every generator reads of the bundled spec the same way: its operations, in spec order, and
// its `$ref`s (json-pointer.ts).
import { deref } from "./json-pointer.js";

export { deref, resolvePointer } from "./json-pointer.js";

/** A node of the bundled spec, read loosely: the generators check what they rely on. */
export type Schema = Record<string, any>;

/** The HTTP methods an OpenAPI path item can hold, in the order the generators visit them. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

export type HttpMethod = (typeof HTTP_METHODS)[number];

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

/** An operation's documented success: its 2xx status, that answer (refs followed) and its JSON body's schema, if any. */
export function successOf(spec: Schema, op: Schema): { status: string; response: Schema; schema: Schema | undefined } | null {
  const found = Object.entries((op.responses ?? {}) as Record<string, Schema>).find(([status]) => /^2\d\d$/.test(status));
  if (!found) return null;
  const response = deref(spec, found[1]);
  return { status: found[0], response, schema: response.content?.["application/json"]?.schema };
}

/** `contact_id` → `contactId`: a spec name as a TypeScript identifier. */
export function camelCase(name: string): string {
  return name.replace(/[_-]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
