// What a copy of a delivery is answered while, and after, the first copy is handled, through
// nodeHandler() on a real node:http server, for any dedupe store (the memory one here, Redis in
// test/scale/). A copy whose first is still in flight must get a status Allo retries, never a 200:
// the first may yet fail, and a 200 would tell Allo the event was delivered.
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebhookReceiver, type DedupeStore } from "../../src/webhooks/index.js";
import { exampleOf, listen } from "./helpers.js";

const SECRET = `whsec_${Buffer.from("in-flight contract secret, 32 b!").toString("base64")}`;
const body = JSON.stringify(exampleOf("sms.received"));

function signed(id: string): Record<string, string> {
  const now = new Date();
  return {
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
    "webhook-signature": new Webhook(SECRET).sign(id, now, body),
  };
}

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** `label`: the store's name; `makeStore`: a fresh store (its own ids) for each test. */
export function inFlightContract(label: string, makeStore: () => DedupeStore): void {
  describe(`copies of a delivery through nodeHandler, ${label}`, () => {
    let url: string;
    let close: () => Promise<void>;
    /** Each run of the handler: it tells `entered`, then waits for `release` and fails if told to. */
    let runs: Array<{ entered: () => void; release: Promise<void>; fail: boolean }> = [];
    let runCount = 0;
    const warned: string[] = [];

    beforeAll(async () => {
      const receiver = new WebhookReceiver({ signingSecret: SECRET, dedupeStore: makeStore() }).on("sms.received", async () => {
        const run = runs[runCount++];
        if (!run) return;
        run.entered();
        await run.release;
        if (run.fail) throw new Error("database down");
      });
      ({ url, close } = await listen(receiver.nodeHandler({ logger: { warn: (line) => warned.push(line), error: () => {} } })));
    });
    afterAll(() => close());

    const deliver = (id: string) => fetch(url, { method: "POST", body, headers: signed(id) });
    /**
     * Sends the first copy of `id` and waits until its handler runs; the handler blocks until
     * `release()`, then fails if `fail`. Later runs return at once.
     */
    const firstCopy = async (id: string, fail: boolean) => {
      const entered = deferred();
      const release = deferred();
      runs = [{ entered: entered.resolve, release: release.promise, fail }];
      runCount = 0;
      const answer = deliver(id);
      await entered.promise;
      return { answer, release: release.resolve };
    };

    it("answers a copy that arrives while the first is handled 503 with Retry-After, then 200 without running the handler once the first succeeded", async () => {
      const first = await firstCopy("msg_in_flight_ok", false);
      const second = await deliver("msg_in_flight_ok");
      expect(second.status).toBe(503);
      expect(second.headers.get("retry-after")).toBe("20");
      expect(await second.json()).toMatchObject({ error: "DELIVERY_IN_FLIGHT" });
      expect(warned.at(-1)).toMatch(/503 DELIVERY_IN_FLIGHT, topic "sms\.received"/);

      first.release();
      expect((await first.answer).status).toBe(200);
      const third = await deliver("msg_in_flight_ok");
      expect(third.status).toBe(200);
      expect(runCount).toBe(1);
    });

    it("runs the handler for the next copy when the first failed, having answered the copy in between 503", async () => {
      const first = await firstCopy("msg_in_flight_fail", true);
      expect((await deliver("msg_in_flight_fail")).status).toBe(503);
      first.release();
      expect((await first.answer).status).toBe(500);

      const retry = await deliver("msg_in_flight_fail");
      expect(retry.status).toBe(200);
      expect(runCount).toBe(2);
      expect((await deliver("msg_in_flight_fail")).status).toBe(200);
      expect(runCount).toBe(2);
    });
  });
}
