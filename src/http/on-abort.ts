// One "abort" listener per signal, however many calls share it. Each call registering its own
// would pass Node's limit of 10 under concurrency (MaxListenersExceededWarning, "possible memory
// leak") even though every listener is removed when its call ends.

interface Fanout {
  callbacks: Set<() => void>;
  dispatch: () => void;
}

const fanouts = new WeakMap<AbortSignal, Fanout>();

/** Calls `callback` when `signal` aborts; returns the function that unsubscribes it. */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let fanout = fanouts.get(signal);
  if (!fanout) {
    const callbacks = new Set<() => void>();
    const dispatch = () => {
      fanouts.delete(signal);
      for (const cb of [...callbacks]) cb();
    };
    fanout = { callbacks, dispatch };
    fanouts.set(signal, fanout);
    signal.addEventListener("abort", dispatch, { once: true });
  }
  const { callbacks, dispatch } = fanout;
  callbacks.add(callback);
  return () => {
    callbacks.delete(callback);
    if (callbacks.size === 0 && fanouts.get(signal) === fanout) {
      fanouts.delete(signal);
      signal.removeEventListener("abort", dispatch);
    }
  };
}
