// The test files that need a real redis-server: their tests when this machine has one, else one
// skipped test saying how to enable them, never a pass.
import { describe, it } from "vitest";
import { HOW_TO_ENABLE, redisServerPath } from "./redis-server.js";

export function describeWithRedis(label: string, body: () => void): void {
  if (redisServerPath) describe(label, body);
  else
    describe(label, () => {
      it.skip(`against a real redis-server: skipped, ${HOW_TO_ENABLE}`, () => {});
    });
}
