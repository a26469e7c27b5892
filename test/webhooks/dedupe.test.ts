// Deduplication by webhook-id: claimed atomically before the handlers run, marked handled when they
// succeed, released when one fails. Allo delivers at least once and retries while a slow handler
// may still be running, so the concurrent case is the one that matters: a copy that arrives then is
// refused (DELIVERY_IN_FLIGHT, retried by Allo), and only a copy of a handled delivery is acknowledged.
import { Webhook } from "standardwebhooks";
import { describe, expect, it, vi } from "vitest";
import { AlloValidationError } from "../../src/errors/index.js";
import { MemoryDedupeStore, WebhookReceiver, type DedupeStore, type WebhookEvent } from "../../src/webhooks/index.js";
import { exampleOf } from "./helpers.js";
import { inFlightContract } from "./in-flight-contract.js";

const SECRET = `whsec_${Buffer.from("dedupe test secret, 32 bytes ok!").toString("base64")}`;
const body = JSON.stringify(exampleOf("sms.received"));

function headersFor(id: string): Record<string, string> {
  const now = new Date();
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
    "webhook-signature": new Webhook(SECRET).sign(id, now, body),
  };
}

/** A promise and the function that settles it: handlers wait on it until every delivery has been started. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** A store whose answers come a turn of the event loop later, as a network store's would; atomic like Redis SET NX. */
function asyncStore(inner = new MemoryDedupeStore()): DedupeStore & { claims: Array<[string, number]> } {
  const claims: Array<[string, number]> = [];
  const later = () => new Promise((resolve) => setImmediate(resolve));
  return {
    claims,
    async claim(id, ttlMs) {
      claims.push([id, ttlMs]);
      await later();
      return inner.claim(id, ttlMs);
    },
    async complete(id, ttlMs) {
      await later();
      inner.complete(id, ttlMs);
    },
    async release(id) {
      await later();
      inner.release(id);
    },
  };
}

/** The code a rejected handle() carries, or "duplicate" / "handled" for a fulfilled one. */
const outcomeOf = (o: PromiseSettledResult<WebhookEvent>) =>
  o.status === "fulfilled" ? (o.value.delivery.duplicate ? "duplicate" : "handled") : (o.reason as { code?: string }).code;

const count = (outcomes: PromiseSettledResult<WebhookEvent>[]) => {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[String(outcomeOf(o))] = (counts[String(outcomeOf(o))] ?? 0) + 1;
  return counts;
};

describe("20 signed deliveries, each delivered 10 times: 5 copies at once, 5 more while its handler still runs, then one more", () => {
  const ids = Array.from({ length: 20 }, (_, i) => `msg_${i}`);

  it.each([
    ["the default memory store", () => undefined],
    ["a store that answers asynchronously", () => asyncStore()],
  ])("runs each handler once with %s: 20 runs, 180 copies refused as in flight, then 20 duplicates acknowledged", async (_, store) => {
    const { opened, open } = gate();
    const started = gate();
    let running = 0;
    const handler = vi.fn(async () => {
      if (++running === ids.length) started.open();
      await opened;
    });
    const receiver = new WebhookReceiver({ signingSecret: SECRET, dedupeStore: store() }).on("sms.received", handler);
    // Settled as they come: a copy refused while the others wait is not an unhandled rejection.
    const deliver = (copies: number) =>
      Promise.allSettled(ids.flatMap((id) => Array.from({ length: copies }, () => receiver.handle(body, { headers: headersFor(id) }))));
    const atOnce = deliver(5);
    await started.opened;
    const meanwhile = deliver(5);
    open();
    expect(count([...(await atOnce), ...(await meanwhile)])).toEqual({ handled: 20, DELIVERY_IN_FLIGHT: 180 });
    expect(handler).toHaveBeenCalledTimes(20);
    expect(new Set(handler.mock.calls.map((call) => (call as unknown as [unknown, WebhookEvent])[1].delivery.id))).toEqual(new Set(ids));
    expect(count(await deliver(1))).toEqual({ duplicate: 20 });
    expect(handler).toHaveBeenCalledTimes(20);
  });

  it("releases the id when the handler fails, so Allo's retry runs it, while the copies that came meanwhile were refused as in flight", async () => {
    const { opened, open } = gate();
    let failing = true;
    const handler = vi.fn(async () => {
      await opened;
      if (failing) throw new Error("database down");
    });
    const receiver = new WebhookReceiver({ signingSecret: SECRET }).on("sms.received", handler);
    const first = ids.flatMap((id) => Array.from({ length: 10 }, () => receiver.handle(body, { headers: headersFor(id) })));
    open();
    const outcomes = await Promise.allSettled(first);
    expect(outcomes.filter((o) => o.status === "rejected" && (o.reason as Error).message === "database down")).toHaveLength(20);
    expect(count(outcomes)).toMatchObject({ DELIVERY_IN_FLIGHT: 180 });

    failing = false;
    const retries = await Promise.all(ids.map((id) => receiver.handle(body, { headers: headersFor(id) })));
    expect(retries.every((e) => !e.delivery.duplicate)).toBe(true);
    expect(handler).toHaveBeenCalledTimes(40);
    const again = await receiver.handle(body, { headers: headersFor("msg_0") });
    expect(again.delivery.duplicate).toBe(true);
  });

  it("refuses a copy in flight with a WebhookError of status 503 that says when to deliver again", async () => {
    const { opened, open } = gate();
    const receiver = new WebhookReceiver({ signingSecret: SECRET }).on("sms.received", () => opened);
    const first = receiver.handle(body, { headers: headersFor("msg_status") });
    const copy = await receiver.handle(body, { headers: headersFor("msg_status") }).catch((e: unknown) => e);
    expect(copy).toMatchObject({ name: "WebhookError", code: "DELIVERY_IN_FLIGHT", status: 503, retryAfter: 20, topic: "sms.received" });
    open();
    await first;
  });
});

inFlightContract("the memory store", () => new MemoryDedupeStore());

describe("the dedupe store", () => {
  it("is shared by replicas: a delivery one receiver handled is a duplicate on the other", async () => {
    const store = new MemoryDedupeStore();
    const a = vi.fn();
    const b = vi.fn();
    const one = new WebhookReceiver({ signingSecret: SECRET, dedupeStore: store }).on("sms.received", a);
    const two = new WebhookReceiver({ signingSecret: SECRET, dedupeStore: store }).on("sms.received", b);
    await one.handle(body, { headers: headersFor("msg_shared") });
    await expect(two.handle(body, { headers: headersFor("msg_shared") })).resolves.toMatchObject({ delivery: { duplicate: true } });
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 0]);
  });

  it("is asked to claim the verified webhook-id for dedupeTtlMs, 28 hours by default", async () => {
    const store = asyncStore();
    await new WebhookReceiver({ signingSecret: SECRET, dedupeStore: store }).handle(body, { headers: headersFor("msg_ttl") });
    await new WebhookReceiver({ signingSecret: SECRET, dedupeStore: store, dedupeTtlMs: 60_000 }).handle(body, {
      headers: headersFor("msg_ttl2"),
    });
    expect(store.claims).toEqual([
      ["msg_ttl", 28 * 3600 * 1000],
      ["msg_ttl2", 60_000],
    ]);
  });

  it("is not asked about deliveries refused before the handlers (bad payload, number not allowed)", async () => {
    const store = asyncStore();
    const receiver = new WebhookReceiver({ signingSecret: SECRET, dedupeStore: store, allowedAlloNumbers: ["+13055550180"] });
    await expect(receiver.handle(body, { headers: headersFor("msg_foreign") })).rejects.toMatchObject({ code: "NUMBER_NOT_ALLOWED" });
    expect(store.claims).toEqual([]);
  });

  it("makes the delivery fail (a 5xx, so Allo retries) when claim throws, running no handler", async () => {
    const handler = vi.fn();
    const down = new Error("redis unreachable");
    const store: DedupeStore = { claim: () => Promise.reject(down), complete: () => {}, release: () => {} };
    const receiver = new WebhookReceiver({ signingSecret: SECRET, dedupeStore: store }).on("sms.received", handler);
    await expect(receiver.handle(body, { headers: headersFor("msg_x") })).rejects.toBe(down);
    expect(handler).not.toHaveBeenCalled();
  });

  it("throws both errors, saying retries will be taken for duplicates, when release fails after a handler did", async () => {
    const failure = new Error("handler failed");
    const store: DedupeStore = {
      claim: () => "claimed",
      complete: () => {},
      release: () => Promise.reject(new Error("redis unreachable")),
    };
    const receiver = new WebhookReceiver({ signingSecret: SECRET, dedupeStore: store }).on("sms.received", () => Promise.reject(failure));
    const error = (await receiver.handle(body, { headers: headersFor("msg_y") }).catch((e: unknown) => e)) as AggregateError;
    expect(error).toBeInstanceOf(AggregateError);
    expect(error.errors[0]).toBe(failure);
    expect(error.message).toMatch(/taken for duplicates/);
  });

  it("acknowledges a delivery whose handlers succeeded even when complete fails, leaving later copies refused as in flight", async () => {
    const handler = vi.fn();
    const inner = new MemoryDedupeStore();
    const store: DedupeStore = {
      claim: (id, ttl) => inner.claim(id, ttl),
      complete: () => Promise.reject(new Error("redis unreachable")),
      release: (id) => inner.release(id),
    };
    const receiver = new WebhookReceiver({ signingSecret: SECRET, dedupeStore: store }).on("sms.received", handler);
    await expect(receiver.handle(body, { headers: headersFor("msg_c") })).resolves.toMatchObject({ delivery: { duplicate: false } });
    await expect(receiver.handle(body, { headers: headersFor("msg_c") })).rejects.toMatchObject({ code: "DELIVERY_IN_FLIGHT" });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("fails the delivery, running no handler, when claim answers something else than the three states (a store written for booleans)", async () => {
    const handler = vi.fn();
    const store = { claim: () => true, complete: () => {}, release: () => {} } as unknown as DedupeStore;
    const receiver = new WebhookReceiver({ signingSecret: SECRET, dedupeStore: store }).on("sms.received", handler);
    await expect(receiver.handle(body, { headers: headersFor("msg_b") })).rejects.toThrow(
      /must answer "claimed", "in-flight" or "handled", not boolean/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it("is not used for unsigned deliveries: without a verified webhook-id, each one runs", async () => {
    const handler = vi.fn();
    const receiver = new WebhookReceiver().on("sms.received", handler);
    await receiver.handle(body, { headers: headersFor("msg_z") });
    await receiver.handle(body, { headers: headersFor("msg_z") });
    expect(handler).toHaveBeenCalledTimes(2);
  });
});

describe("MemoryDedupeStore", () => {
  const t0 = 1_800_000_000_000;
  const clock = () => {
    const c = { now: t0 };
    return { c, now: () => c.now };
  };

  it("grants a claim to the first claimant only, in flight for the others until it expires", () => {
    const { c, now } = clock();
    const store = new MemoryDedupeStore({ now });
    expect(store.claim("a", 1000)).toBe("claimed");
    expect(store.claim("a", 1000)).toBe("in-flight");
    expect(store.claim("b", 1000)).toBe("claimed");
    c.now = t0 + 999;
    expect(store.claim("a", 1000)).toBe("in-flight");
    c.now = t0 + 1000;
    expect(store.claim("a", 1000)).toBe("claimed");
  });

  it("answers handled for a completed claim, for the ttl given to complete", () => {
    const { c, now } = clock();
    const store = new MemoryDedupeStore({ now });
    store.claim("a", 1000);
    c.now = t0 + 500;
    store.complete("a", 1000);
    c.now = t0 + 1499;
    expect(store.claim("a", 1000)).toBe("handled");
    c.now = t0 + 1500;
    expect(store.claim("a", 1000)).toBe("claimed");
  });

  it("grants a released claim again", () => {
    const store = new MemoryDedupeStore();
    store.claim("a", 60_000);
    store.release("a");
    expect(store.claim("a", 60_000)).toBe("claimed");
  });

  it("forgets the oldest claims first past maxIds, so memory stays bounded", () => {
    const store = new MemoryDedupeStore({ maxIds: 3, now: () => t0 });
    for (const id of ["a", "b", "c", "d"]) store.claim(id, 60_000);
    expect(store.claim("a", 60_000)).toBe("claimed");
    expect(store.claim("d", 60_000)).toBe("in-flight");
  });

  it("holds 10,000 ids by default", () => {
    const store = new MemoryDedupeStore({ now: () => t0 });
    for (let i = 0; i <= 10_000; i++) store.claim(`id${i}`, 60_000);
    expect(store.claim("id1", 60_000)).toBe("in-flight");
    expect(store.claim("id0", 60_000)).toBe("claimed");
  });

  it("refuses a maxIds that is not a positive integer", () => {
    expect(() => new MemoryDedupeStore({ maxIds: 0 })).toThrow(AlloValidationError);
    expect(() => new MemoryDedupeStore({ maxIds: 0 })).toThrow(/maxIds/);
  });
});
