// A shared store that does not answer (a paused Redis, a network that drops packets) must not
// hold a call longer than the call's own time: each wait for one is bounded. A store that answers
// at once (the memory stores) is not timed.

/** A store did not answer within the time the call had. */
export class StoreTimeout extends Error {
  override name = "StoreTimeout";
}

/** The store's answer, or a StoreTimeout after `ms`. */
export function inTime<T>(answer: T | Promise<T>, ms: number, what: string): Promise<T> {
  if (!(answer instanceof Promise)) return Promise.resolve(answer);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StoreTimeout(`${what} did not answer within ${ms} ms`)), Math.max(1, ms));
    answer.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
