// A browser's query string read into the values the generated validators expect, and the query
// sent to Allo written again from those values alone: nothing the browser wrote (`pag%65=1`,
// `page=%31`, `page=1&&size=10`) reaches Allo except through a value that was validated.
import type { QueryKind } from "../../generated/query-params.js";

/**
 * The query as an object for the validators, each value read as its kind in the operation's table
 * entry says. A value of the wrong form stays a string, and a repeated name becomes an array: the
 * validators refuse both, naming the parameter.
 */
export function readQuery(search: URLSearchParams, kinds: Readonly<Record<string, QueryKind>>): Record<string, unknown> {
  // fromEntries defines own properties: a parameter named `__proto__` stays a (refused) parameter.
  return Object.fromEntries(
    [...new Set(search.keys())].map((name) => {
      const kind = Object.hasOwn(kinds, name) ? kinds[name] : "string";
      const values = search.getAll(name).map((value) => parse(kind ?? "string", value));
      return [name, values.length === 1 ? values[0] : values];
    }),
  );
}

/**
 * `?a=1&b=x,y` from validated values, in the table's order and written as the client writes them
 * (openapi-fetch, lists comma-separated): what Allo sees through the proxy is what it would see
 * from the client directly.
 */
export function writeQuery(values: Readonly<Record<string, unknown>>, kinds: Readonly<Record<string, QueryKind>>): string {
  const parts: string[] = [];
  for (const name of Object.keys(kinds)) {
    if (!Object.hasOwn(values, name) || values[name] === undefined) continue;
    const value = values[name];
    const text = Array.isArray(value) ? value.map((v) => encodeURIComponent(String(v))).join(",") : encodeURIComponent(String(value));
    parts.push(`${encodeURIComponent(name)}=${text}`);
  }
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

function parse(kind: QueryKind, value: string): unknown {
  switch (kind) {
    case "integer":
      return /^-?\d{1,15}$/.test(value) ? Number(value) : value;
    case "number":
      return /^-?\d{1,15}(\.\d{1,15})?$/.test(value) ? Number(value) : value;
    case "boolean":
      return value === "true" ? true : value === "false" ? false : value;
    case "list":
      return value.split(",");
    default:
      return value;
  }
}
