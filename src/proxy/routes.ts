// From a browser's method and path to the operations of the table it can be, with its path
// parameters decoded. Built from any table of `{ method, path }` so a test can route a table the
// spec does not have (an id without a pattern) and see the path guard hold on its own.

/** What the router needs of an operation. */
export interface Routable {
  readonly method: string;
  /** The path template, version included (`/v2/api/conversations/items/{id}`). */
  readonly path: string;
}

/** A request matched to the operations its method and path can be. */
export interface Route<Name extends string = string> {
  /** One operation, or the several that share a method and path (`sms.send`, `sms.sendFrance`): the body tells them apart. */
  candidates: Name[];
  /** The path template they share. */
  template: string;
  /** The path parameters, decoded. */
  params: Record<string, string>;
  /** A decoded parameter that could name another route (`..`, or one with `/`, `\`, `%` or a control character): refused whatever the spec says of it. */
  unsafe: string | null;
}

interface Template<Name> {
  path: string;
  segments: string[];
  names: Name[];
}

export type Router<Name extends string> = (method: string, path: string) => Route<Name> | null;

/**
 * A router over `table`. Where two templates match the same path, the one with a literal segment
 * where the other has a parameter wins (`/v2/api/webhooks/event_types` over `/v2/api/webhooks/{webhook_id}`).
 */
export function createRouter<Name extends string>(table: Readonly<Record<Name, Routable>>): Router<Name> {
  const byMethod = new Map<string, Template<Name>[]>();
  for (const name of Object.keys(table) as Name[]) {
    const { method, path } = table[name];
    const list = byMethod.get(method) ?? [];
    const same = list.find((t) => t.path === path);
    if (same) same.names.push(name);
    else list.push({ path, segments: path.split("/"), names: [name] });
    byMethod.set(method, list);
  }
  for (const list of byMethod.values()) list.sort((a, b) => specificity(a.segments, b.segments));

  return (method, path) => {
    const segments = path.split("/");
    for (const template of byMethod.get(method) ?? []) {
      const params = match(template.segments, segments);
      if (params === null) continue;
      const unsafe = Object.keys(params).find((name) => escapes(params[name]!)) ?? null;
      return { candidates: [...template.names], template: template.path, params, unsafe };
    }
    return null;
  };
}

/** The path of an operation with its parameters filled in, each encoded as one segment. */
export function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
}

const isParam = (segment: string) => /^\{\w+\}$/.test(segment);

/** Literal segments sort before parameters, position by position. */
function specificity(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const pa = isParam(a[i]!);
    const pb = isParam(b[i]!);
    if (pa !== pb) return pa ? 1 : -1;
  }
  return 0;
}

function match(template: string[], segments: string[]): Record<string, string> | null {
  if (template.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of template.entries()) {
    const segment = segments[i]!;
    if (!isParam(part)) {
      if (part !== segment) return null;
    } else {
      if (segment === "") return null;
      params[part.slice(1, -1)] = decode(segment);
    }
  }
  return params;
}

// A malformed escape (`%E0%A4%A`) is kept as sent; its `%` then makes it unsafe.
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A value that, put back into a URL, could resolve to another route: a dot segment, a separator
 * (a server may decode `%2F` or treat `\` as `/`), a `%` (decoded once more by a server, `%252F`
 * becomes `/`), or a control character (a server may end the value at a NUL: `..%00` read as
 * `..`). The spec's id patterns refuse these too; this holds for an id without a pattern.
 */
function escapes(value: string): boolean {
  return value === "." || value === ".." || /[/\\%\u0000-\u001f\u007f]/.test(value);
}
