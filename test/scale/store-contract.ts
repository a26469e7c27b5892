// What every implementation of the client's stores must do, run against the memory stores and
// against Redis (through ioredis and through node-redis). `passTime` moves the store's clock: a
// fake one in memory, Redis's own (waited for by asking it the time) otherwise.
import { describe, expect, it } from "vitest";
import type { ClientStores } from "../../src/stores/types.js";

export interface StoreSubject {
  /** Fresh stores (their own keys); `smsKeyTtlMs` as given. */
  make(options?: { smsKeyTtlMs?: number }): ClientStores;
  passTime(ms: number): Promise<void>;
}

export function storeContract(label: string, subject: () => StoreSubject): void {
  describe(`${label}: SMS keys`, () => {
    it("claims a free key once: a second claim finds it in flight, with the first claim's fingerprint", async () => {
      const { smsKeys } = subject().make();
      const first = await smsKeys.claim("k", "fp-1", 60_000);
      expect(first).toMatchObject({ state: "claimed", token: expect.any(String) });
      expect(await smsKeys.claim("k", "fp-2", 60_000)).toEqual({ state: "in-flight", fingerprint: "fp-1" });
    });

    it("tells what holds a key without claiming it: nothing, then the claim", async () => {
      const { smsKeys } = subject().make();
      expect(await smsKeys.peek("k")).toBeNull();
      expect(await smsKeys.peek("k")).toBeNull();
      await smsKeys.claim("k", "fp", 60_000);
      expect(await smsKeys.peek("k")).toEqual({ state: "in-flight", fingerprint: "fp" });
    });

    it("has three outcomes: sent (with its answer), unknown, or free again", async () => {
      const { smsKeys } = subject().make();
      const answer = JSON.stringify({ data: { content: "héllo ✓", tags: [] }, status: 200, requestId: "req_1" });
      for (const [key, settle, expected] of [
        ["sent", { state: "sent", answer }, { state: "sent", fingerprint: "fp", answer }],
        ["unknown", { state: "unknown" }, { state: "unknown", fingerprint: "fp" }],
      ] as const) {
        const claim = await smsKeys.claim(key, "fp", 60_000);
        if (claim.state !== "claimed") throw new Error("not claimed");
        await smsKeys.settle(key, claim.token, settle);
        expect(await smsKeys.peek(key)).toEqual(expected);
        expect(await smsKeys.claim(key, "fp", 60_000)).toEqual(expected);
      }
      const claim = await smsKeys.claim("free", "fp", 60_000);
      if (claim.state !== "claimed") throw new Error("not claimed");
      await smsKeys.release("free", claim.token);
      expect(await smsKeys.claim("free", "fp", 60_000)).toMatchObject({ state: "claimed" });
    });

    it("counts a claim whose lease ran out unsettled as unknown, never free", async () => {
      const s = subject();
      const { smsKeys } = s.make();
      await smsKeys.claim("k", "fp", 5);
      await s.passTime(10);
      expect(await smsKeys.peek("k")).toEqual({ state: "unknown", fingerprint: "fp" });
      expect(await smsKeys.claim("k", "fp", 60_000)).toEqual({ state: "unknown", fingerprint: "fp" });
    });

    it("lets the sender settle its claim after its lease ran out", async () => {
      const s = subject();
      const { smsKeys } = s.make();
      const claim = await smsKeys.claim("k", "fp", 5);
      if (claim.state !== "claimed") throw new Error("not claimed");
      await s.passTime(10);
      await smsKeys.settle("k", claim.token, { state: "sent", answer: "{}" });
      expect(await smsKeys.claim("k", "fp", 60_000)).toMatchObject({ state: "sent" });
    });

    it("settles or releases only under the claim's own token", async () => {
      const { smsKeys } = subject().make();
      const old = await smsKeys.claim("k", "fp", 60_000);
      if (old.state !== "claimed") throw new Error("not claimed");
      await smsKeys.forget("k");
      const fresh = await smsKeys.claim("k", "fp", 60_000);
      expect(fresh.state).toBe("claimed");
      await smsKeys.release("k", old.token);
      await smsKeys.settle("k", old.token, { state: "unknown" });
      expect(await smsKeys.claim("k", "fp", 60_000)).toEqual({ state: "in-flight", fingerprint: "fp" });
    });

    it("forgets a key whatever its state", async () => {
      const { smsKeys } = subject().make();
      const claim = await smsKeys.claim("k", "fp", 60_000);
      if (claim.state !== "claimed") throw new Error("not claimed");
      await smsKeys.settle("k", claim.token, { state: "unknown" });
      await smsKeys.forget("k");
      expect(await smsKeys.claim("k", "fp", 60_000)).toMatchObject({ state: "claimed" });
    });

    it("keeps a claim for its whole lease and smsKeyTtlMs after it, however short the ttl beside the lease", async () => {
      // A slow send (its retries included) outlasting a short ttl must not free its key for a second send.
      const s = subject();
      const { smsKeys } = s.make({ smsKeyTtlMs: 20 });
      await smsKeys.claim("k", "fp", 80);
      await s.passTime(40);
      expect(await smsKeys.claim("k", "fp", 60_000)).toEqual({ state: "in-flight", fingerprint: "fp" });
      await s.passTime(50);
      expect(await smsKeys.claim("k", "fp", 60_000)).toEqual({ state: "unknown", fingerprint: "fp" });
      await s.passTime(30);
      expect(await smsKeys.claim("k", "fp", 60_000)).toMatchObject({ state: "claimed" });
    });

    it("forgets a settled key after smsKeyTtlMs", async () => {
      const s = subject();
      const { smsKeys } = s.make({ smsKeyTtlMs: 20 });
      const claim = await smsKeys.claim("k", "fp", 60_000);
      if (claim.state !== "claimed") throw new Error("not claimed");
      await smsKeys.settle("k", claim.token, { state: "sent", answer: "{}" });
      expect(await smsKeys.claim("k", "fp", 60_000)).toMatchObject({ state: "sent" });
      await s.passTime(30);
      expect(await smsKeys.claim("k", "fp", 60_000)).toMatchObject({ state: "claimed" });
    });

    it("gives one key to exactly one of 50 concurrent claims", async () => {
      const { smsKeys } = subject().make();
      const claims = await Promise.all(Array.from({ length: 50 }, () => smsKeys.claim("k", "fp", 60_000)));
      expect(claims.filter((c) => c.state === "claimed")).toHaveLength(1);
      expect(claims.filter((c) => c.state === "in-flight")).toHaveLength(49);
    });
  });

  describe(`${label}: rate limits`, () => {
    it("spaces the starts of a bucket by the interval, the first at once", async () => {
      const { rateLimits } = subject().make();
      const waits = [];
      for (let i = 0; i < 4; i++) waits.push(await rateLimits.reserve("write", 1000, 60_000));
      expect(waits[0]).toBe(0);
      // Each call comes a little later than the one before, so its wait is a little shorter.
      for (let i = 1; i < 4; i++) {
        expect(waits[i]).toBeLessThanOrEqual(i * 1000);
        expect(waits[i]).toBeGreaterThan(i * 1000 - 100);
      }
    });

    it("gives 20 concurrent callers 20 distinct turns", async () => {
      const { rateLimits } = subject().make();
      const waits = (await Promise.all(Array.from({ length: 20 }, () => rateLimits.reserve("read", 1000, 60_000)))).sort((a, b) => a - b);
      for (let i = 1; i < waits.length; i++) expect(waits[i]! - waits[i - 1]!).toBeGreaterThan(900);
    });

    it("reserves nothing for a turn further than maxWaitMs", async () => {
      const { rateLimits } = subject().make();
      await rateLimits.reserve("write", 1000, 500);
      expect(await rateLimits.reserve("write", 1000, 500)).toBeGreaterThan(900);
      // The refused turn was not taken: the next caller gets it.
      expect(await rateLimits.reserve("write", 1000, 5000)).toBeLessThanOrEqual(1000);
    });

    it("holds a paused bucket until the pause ends, a shorter pause not shortening it, and keeps buckets apart", async () => {
      const { rateLimits } = subject().make();
      await rateLimits.pause("write", 5000);
      await rateLimits.pause("write", 10);
      expect(await rateLimits.pausedFor("write")).toBeGreaterThan(4900);
      expect(await rateLimits.reserve("write", 100, 60_000)).toBeGreaterThan(4900);
      expect(await rateLimits.pausedFor("read")).toBe(0);
      expect(await rateLimits.reserve("read", 100, 60_000)).toBe(0);
    });
  });
}
