// The query keys: one per input, by value; each kind's prefix matches all of its queries and
// nothing of another kind, so the keys users invalidate do what they say.
import { hashKey, QueryClient, type QueryKey } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { alloKeys } from "../../src/react/keys.js";

const keyed: QueryKey[] = [
  alloKeys.numbers(),
  alloKeys.webhooks(),
  alloKeys.calls({ allo_number: "+13055550180", page: 0 }),
  alloKeys.calls({ allo_number: "+13055550180", page: 1 }),
  alloKeys.contacts({ page: 0, size: 20 }),
  alloKeys.contacts({ page: 1, size: 20 }),
  alloKeys.contact("cnt_a", {}),
  alloKeys.contact("cnt_a", { extend: ["engagement"] }),
  alloKeys.contact("cnt_b", {}),
  alloKeys.conversation("cnt_a", {}),
  alloKeys.conversation("cnt_b", { page: 2 }),
];

function cacheWithEveryKey(): QueryClient {
  const cache = new QueryClient();
  for (const key of keyed) cache.setQueryData(key, hashKey(key));
  return cache;
}

const matched = (prefix: QueryKey) =>
  cacheWithEveryKey()
    .getQueriesData({ queryKey: prefix })
    .map(([key]) => hashKey(key))
    .sort();

const expected = (...keys: QueryKey[]) => keys.map((k) => hashKey(k)).sort();

describe("alloKeys", () => {
  it("the same input in any field order is the same key; another page is another key", () => {
    expect(hashKey(alloKeys.contacts({ page: 0, size: 20 }))).toBe(hashKey(alloKeys.contacts({ size: 20, page: 0 })));
    expect(hashKey(alloKeys.contacts({ page: 0, size: 20 }))).not.toBe(hashKey(alloKeys.contacts({ page: 1, size: 20 })));
    expect(new Set(keyed.map((k) => hashKey(k))).size).toBe(keyed.length);
  });

  it("every key starts with alloKeys.all, which matches them all", () => {
    expect(matched(alloKeys.all)).toEqual(expected(...keyed));
  });

  it.each([
    ["calls()", alloKeys.calls(), [keyed[2]!, keyed[3]!]],
    ["contacts()", alloKeys.contacts(), [keyed[4]!, keyed[5]!]],
    ["contact()", alloKeys.contact(), [keyed[6]!, keyed[7]!, keyed[8]!]],
    ["contact(id)", alloKeys.contact("cnt_a"), [keyed[6]!, keyed[7]!]],
    ["conversation()", alloKeys.conversation(), [keyed[9]!, keyed[10]!]],
    ["conversation(id)", alloKeys.conversation("cnt_b"), [keyed[10]!]],
    ["numbers()", alloKeys.numbers(), [keyed[0]!]],
    ["webhooks()", alloKeys.webhooks(), [keyed[1]!]],
  ] as const)("%s matches exactly its own queries", (_name, prefix, own) => {
    expect(matched(prefix)).toEqual(expected(...own));
  });
});
