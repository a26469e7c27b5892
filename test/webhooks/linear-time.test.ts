// Handling is linear in the size of the body: one unauthenticated request under the size limit must
// not hold a worker for minutes. A key of 64,000 capitals took 6.7 s to handle when snake_casing
// backtracked on runs of capitals (quadratic), against well under a millisecond for as many
// lower-case letters. Measured as a ratio within this run, never as a time: the fastest of several
// rounds of each, interleaved, so that a pause of the machine hits both sides alike.
import { describe, expect, it } from "vitest";
import { WebhookReceiver } from "../../src/webhooks/index.js";

const SIZE = 64_000;
const ROUNDS = 7;

/** The fastest time, in ms, of handling each body, rounds interleaved. */
async function fastest(receiver: WebhookReceiver, bodies: readonly string[]): Promise<number[]> {
  const best = bodies.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, body] of bodies.entries()) {
      const start = performance.now();
      await receiver.handle(body);
      best[i] = Math.min(best[i]!, performance.now() - start);
    }
  }
  return best;
}

const withKey = (topic: string, key: string, v2 = false) =>
  JSON.stringify(v2 ? { topic, version: "2.0", timestamp: "2025-03-15T14:30:00.000Z", data: { [key]: 1 } } : { topic, data: { [key]: 1 } });

describe("time to handle a long key, against a lower-case key as long, in the same run", () => {
  // Each of these took seconds with the quadratic casing (ratios in the thousands); linear, they stay
  // within a small factor of the lower-case key. 25 leaves room for a noisy machine.
  it.each([
    ["64,000 capitals", "A".repeat(SIZE)],
    ["a lower-case letter then 64,000 capitals", `a${"A".repeat(SIZE)}`],
    ["64,000 capitals then a lower-case letter", `${"A".repeat(SIZE)}a`],
    ["alternating case (an underscore every two characters)", "aB".repeat(SIZE / 2)],
    ["runs of two capitals (two underscores every three characters)", "ABc".repeat(Math.floor(SIZE / 3))],
  ])("%s: within 25 times the lower-case key's time", async (_, key) => {
    const receiver = new WebhookReceiver();
    const [lower, hostile] = await fastest(receiver, [withKey("PING", "a".repeat(key.length)), withKey("PING", key)]);
    expect(hostile! / lower!).toBeLessThan(25);
  });

  it("holds for a key of the envelope itself and for an unknown topic's payload", async () => {
    const receiver = new WebhookReceiver();
    const caps = "A".repeat(SIZE);
    const [lower, root, unknown] = await fastest(receiver, [
      withKey("VOICEMAIL_LEFT", "a".repeat(SIZE)),
      JSON.stringify({ topic: "PING", [caps]: 1 }),
      withKey("VOICEMAIL_LEFT", caps),
    ]);
    expect(root! / lower!).toBeLessThan(25);
    expect(unknown! / lower!).toBeLessThan(25);
  });
});
