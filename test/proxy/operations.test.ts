// The proxy's table of operations is the spec's: same method and path per operationId, every
// operation present, and the query parameters it reads as integers or lists are the spec's.
import { describe, expect, it } from "vitest";
import { OPERATIONS } from "../../src/proxy/operations.js";
import { INTEGER_PARAMS, LIST_PARAMS } from "../../src/proxy/query.js";
import { operations, parameters } from "../helpers/spec.js";

const table = Object.entries(OPERATIONS).map(([name, op]) => ({ name, ...op }));

describe("the proxy's operations", () => {
  it.each(table)("$name is $method $path, as $operationId in the spec", ({ operationId, method, path }) => {
    const inSpec = operations.find((o) => o.operationId === operationId);
    expect(inSpec, `${operationId} is not in the spec`).toBeDefined();
    expect({ method: inSpec!.method.toUpperCase(), path: inSpec!.path }).toEqual({ method, path });
  });

  it("cover every operation of the spec", () => {
    expect(new Set(table.map((op) => op.operationId))).toEqual(new Set(operations.map((o) => o.operationId)));
  });

  it("read as integers and as comma-separated lists exactly the spec's integer and array query parameters", () => {
    const query = operations.flatMap((o) => parameters(o.op)).filter((p) => p.in === "query");
    const ofType = (type: string) => new Set(query.filter((p) => p.schema?.type === type).map((p) => p.name as string));
    expect(new Set(INTEGER_PARAMS)).toEqual(ofType("integer"));
    expect(new Set(LIST_PARAMS)).toEqual(ofType("array"));
  });
});
