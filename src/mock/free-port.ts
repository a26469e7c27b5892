// A port to suggest when the one asked for is taken: the first free one from `start`, so that the
// advice ("try ALLO_MOCK_PORT=4011") works when followed.
import { createServer } from "node:net";

function isFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `start` among the next 50, or 0 (any free port) when none is. */
export async function freePortNear(host: string, start: number): Promise<number> {
  for (let port = start; port < Math.min(start + 50, 65536); port++) {
    if (await isFree(host, port)) return port;
  }
  return 0;
}
