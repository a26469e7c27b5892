// The query keys: named after the operation table (["allo", SDK method name, ...arguments]), one
// per input, by value; each prefix matches all of its queries and nothing of another kind, so the
// keys users invalidate do what they say.
import { hashKey, QueryClient, type QueryKey } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { operations } from "../../generated/operations.js";
import { AlloValidationError } from "../../src/index.js";
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
  alloKeys.me(),
  alloKeys.conversations({ allo_number: "+14155550100", page: 1 }),
  alloKeys.conversations({ allo_number: "+14155550100", page: 2 }),
  alloKeys.conversationItems({}),
  alloKeys.conversationItems({ search: "refund", type: "CALL" }),
  alloKeys.conversationItem("cll-a", {}),
  alloKeys.conversationItem("cll-a", { extend: ["transcript"] }),
  alloKeys.conversationItem("msg-b", {}),
  alloKeys.of("users.list", {}),
  alloKeys.of("conversations.items.batchGet", ["cll-a"], {}),
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
    expect(hashKey(alloKeys.conversationItems({ search: "refund", type: "CALL" }))).toBe(
      hashKey(alloKeys.conversationItems({ type: "CALL", search: "refund" })),
    );
    expect(hashKey(alloKeys.contacts({ page: 0, size: 20 }))).not.toBe(hashKey(alloKeys.contacts({ page: 1, size: 20 })));
    expect(new Set(keyed.map((k) => hashKey(k))).size).toBe(keyed.length);
  });

  it("every key starts with alloKeys.all, which matches them all", () => {
    expect(matched(alloKeys.all)).toEqual(expected(...keyed));
  });

  it('every key is ["allo", the SDK method name of a read of the operation table, ...its arguments]', () => {
    for (const key of keyed) {
      expect(key[0]).toBe("allo");
      const name = key[1] as keyof typeof operations;
      expect(Object.keys(operations)).toContain(name);
      expect(operations[name].readOnly, `${name} is a read`).toBe(true);
    }
  });

  it.each([
    ["numbers()", alloKeys.numbers(), ["allo", "numbers.list"]],
    ["webhooks()", alloKeys.webhooks(), ["allo", "webhooks.list"]],
    ["calls(input)", alloKeys.calls({ allo_number: "+13055550180" }), ["allo", "calls.search", { allo_number: "+13055550180" }]],
    ["contacts()", alloKeys.contacts(), ["allo", "contacts.search"]],
    ["contact(id, input)", alloKeys.contact("cnt_a", {}), ["allo", "contacts.get", "cnt_a", {}]],
    ["conversation(id)", alloKeys.conversation("cnt_a"), ["allo", "contacts.conversation", "cnt_a"]],
    ["me()", alloKeys.me(), ["allo", "me"]],
    [
      "conversations(input)",
      alloKeys.conversations({ allo_number: "+14155550100" }),
      ["allo", "conversations.list", { allo_number: "+14155550100" }],
    ],
    ["conversationItems(input)", alloKeys.conversationItems({ search: "x" }), ["allo", "conversations.items.search", { search: "x" }]],
    ["conversationItem(id)", alloKeys.conversationItem("cll-a"), ["allo", "conversations.items.get", "cll-a"]],
  ] as const)("%s is named after the operation it calls: %j", (_name, key, literal) => {
    expect(key).toEqual(literal);
  });

  it("a named key is alloKeys.of(its operation, ...the same arguments)", () => {
    expect(alloKeys.contact("cnt_a", { extend: ["activity"] })).toEqual(alloKeys.of("contacts.get", "cnt_a", { extend: ["activity"] }));
    expect(alloKeys.conversationItem("cll-a")).toEqual(alloKeys.of("conversations.items.get", "cll-a"));
    expect(alloKeys.conversations()).toEqual(alloKeys.of("conversations.list"));
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
    ["me()", alloKeys.me(), [keyed[11]!]],
    ["conversations()", alloKeys.conversations(), [keyed[12]!, keyed[13]!]],
    ["conversationItems()", alloKeys.conversationItems(), [keyed[14]!, keyed[15]!]],
    ["conversationItem()", alloKeys.conversationItem(), [keyed[16]!, keyed[17]!, keyed[18]!]],
    ["conversationItem(id)", alloKeys.conversationItem("cll-a"), [keyed[16]!, keyed[17]!]],
    ['of("users.list")', alloKeys.of("users.list"), [keyed[19]!]],
    ['of("conversations.items.batchGet")', alloKeys.of("conversations.items.batchGet"), [keyed[20]!]],
  ] as const)("%s matches exactly its own queries", (_name, prefix, own) => {
    expect(matched(prefix)).toEqual(expected(...own));
  });

  it("alloKeys.of refuses a name the table does not have, and a write, with an AlloValidationError naming `name`", () => {
    expect(() => alloKeys.of("contacts.list" as never)).toThrow(AlloValidationError);
    expect(() => alloKeys.of("contacts.list" as never)).toThrow(/alloKeys\.of: name must be an SDK method name .*"contacts\.list"/);
    expect(() => alloKeys.of("sms.send" as never)).toThrow(/name "sms\.send" changes data/);
    expect(() => alloKeys.of("toString" as never)).toThrow(AlloValidationError);
  });
});

describe("the 0.2 names kept", () => {
  it("useConversation is useContactConversation, and alloKeys.conversation its key", async () => {
    const { useConversation, useContactConversation } = await import("../../src/react/index.js");
    expect(useConversation).toBe(useContactConversation);
    expect(alloKeys.conversation("cnt_1", { size: 20 })).toEqual(alloKeys.contactConversation("cnt_1", { size: 20 }));
    expect(alloKeys.contactConversation("cnt_1")).toEqual(["allo", "contacts.conversation", "cnt_1"]);
  });
});
