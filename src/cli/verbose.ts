// --verbose: a line on stderr per attempt, from the client's own log events, with what a person
// debugging a call wants on one line: method, the operation's path template (never the path filled
// in, nor the query: either can carry a phone number), status, the attempt's time, the SDK method
// and the request id. The key is in no event.
import type { AlloLogEvent, AlloLogger } from "../logger.js";

export function verboseLogger(write: (line: string) => void, now: () => number = Date.now): AlloLogger {
  // The client times a response from the call's start; an attempt's own time is measured here.
  const started = new Map<string, number>();
  const attempt = (e: AlloLogEvent) => `${e.requestId}#${e.attempt}`;
  const took = (e: AlloLogEvent) => {
    const at = started.get(attempt(e));
    started.delete(attempt(e));
    return at === undefined ? "" : ` in ${Math.round(now() - at)} ms`;
  };
  const tail = (e: AlloLogEvent) => ` (${e.operation}, attempt ${e.attempt}, request ${e.requestId})`;
  const status = (e: AlloLogEvent) => (e.status === undefined ? "no answer" : String(e.status));
  const line = (_: string, e: AlloLogEvent) => {
    switch (e.event) {
      case "request":
        started.set(attempt(e), now());
        return write(`> ${e.method} ${e.path}${tail(e)}\n`);
      case "response":
        return write(`< ${e.method} ${e.path} ${status(e)}${took(e)}${tail(e)}\n`);
      case "retry":
        return write(
          `< ${e.method} ${e.path} ${status(e)}${took(e)}${tail(e)}: ${e.reason}; retrying in ${Math.round(e.waitMs ?? 0)} ms\n`,
        );
      case "error":
        return write(`< ${e.method} ${e.path} ${status(e)}${took(e)}${tail(e)}: ${e.reason}\n`);
    }
  };
  return { debug: line, info: line, warn: line, error: line };
}
