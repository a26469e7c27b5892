// The memory stores (every client's default) against the stores' contract, on a fake clock.
import { MemoryRateLimitStore, MemorySmsKeyStore } from "../../src/stores/index.js";
import { storeContract } from "./store-contract.js";

storeContract("memory", () => {
  let now = Date.parse("2026-11-27T10:00:00Z");
  const clock = () => now;
  return {
    make: ({ smsKeyTtlMs } = {}) => ({ rateLimits: new MemoryRateLimitStore(clock), smsKeys: new MemorySmsKeyStore(smsKeyTtlMs, clock) }),
    passTime: async (ms) => {
      now += ms;
    },
  };
});
