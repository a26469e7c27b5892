// A query string read back into the values the spec's validators expect, as the client writes
// them: the integers (`page`, `size`) as digits, the one array (`extend`) comma-separated.
// test/proxy/operations.test.ts keeps these two lists equal to the spec's query parameters.
export const INTEGER_PARAMS: ReadonlySet<string> = new Set(["page", "size"]);
export const LIST_PARAMS: ReadonlySet<string> = new Set(["extend"]);

/** The query as an object for the validators; a repeated name becomes an array, which they refuse. */
export function readQuery(search: URLSearchParams): Record<string, unknown> {
  // fromEntries defines own properties: a parameter named `__proto__` stays a (refused) parameter.
  return Object.fromEntries(
    [...new Set(search.keys())].map((name) => {
      const values = search.getAll(name).map((value) => parse(name, value));
      return [name, values.length === 1 ? values[0] : values];
    }),
  );
}

function parse(name: string, value: string): unknown {
  if (INTEGER_PARAMS.has(name) && /^-?\d{1,15}$/.test(value)) return Number(value);
  if (LIST_PARAMS.has(name)) return value.split(",");
  return value;
}
