// The rate gate against the mock (the run's one Prism): a suite against it is never paced.
import { afterEach, beforeEach, expect, inject, it, vi } from "vitest";
import { AlloClient } from "../../src/index.js";

const SMS = { from: "+13055550180", to: "+13055550142", message: "hi" };

beforeEach(() => {
  // Only the gate's timers are frozen here: Prism and the sockets run as they do.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
});
afterEach(() => {
  vi.useRealTimers();
});

it("does not pace a client of anything else: a suite against the mock starts every call at once, the clock never moving", async () => {
  const allo = new AlloClient({ apiKey: "k", baseUrl: inject("prismUrl") });
  const sent = await Promise.all(Array.from({ length: 30 }, () => allo.sms.send(SMS)));
  expect(sent).toHaveLength(30);
  const listed = await Promise.all(Array.from({ length: 30 }, () => allo.numbers.list()));
  expect(listed).toHaveLength(30);
});
