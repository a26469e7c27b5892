// What the client says about its requests, when asked to: `logLevel` (or ALLO_LOG=debug in the
// environment) and a `logger` (console by default). Every line names the SDK method, the HTTP
// method and the operation's path template (never the path filled in, nor the query: both can carry
// phone numbers), the attempt, the status, the time taken and the request id; never the key, never
// a body.
import { envVar } from "./env.js";

/** The levels, least to most severe; `off` says nothing. */
export type AlloLogLevel = "debug" | "info" | "warn" | "error" | "off";

/** What a log line is about. */
export interface AlloLogEvent {
  /** `request`: an attempt starts (debug); `response`: a call succeeded (info, or debug per attempt); `retry`: a failed attempt is tried again (warn); `error`: a call failed for good (error). */
  event: "request" | "response" | "retry" | "error";
  /** The SDK method called (`contacts.get`). */
  operation: string;
  method: string;
  /** The operation's path template (`/v1/api/contact/{contact_id}`): a filled-in path can hold a phone number. */
  path: string;
  /** 1 for the first attempt. */
  attempt: number;
  requestId: string;
  /** The answer's status, when there was one. */
  status?: number;
  /** Time since the attempt (request, retry) or the call (response, error) started. */
  durationMs?: number;
  /** For a retry, the wait before the next attempt; for a request, the wait for its turn at the rate limit. */
  waitMs?: number;
  /** For a retry or an error, what went wrong (an error code, "timeout", "connection refused"). */
  reason?: string;
}

/** A console-like logger: any of its methods may be missing. */
export interface AlloLogger {
  debug?(message: string, event: AlloLogEvent): void;
  info?(message: string, event: AlloLogEvent): void;
  warn?(message: string, event: AlloLogEvent): void;
  error?(message: string, event: AlloLogEvent): void;
}

/** The default logger: console, one line per event (the event object goes to loggers that want it). */
export const consoleLogger: AlloLogger = {
  debug: (line) => console.debug(line),
  info: (line) => console.info(line),
  warn: (line) => console.warn(line),
  error: (line) => console.error(line),
};

const ORDER: Readonly<Record<AlloLogLevel, number>> = { debug: 0, info: 1, warn: 2, error: 3, off: 4 };

export function isLogLevel(value: unknown): value is AlloLogLevel {
  return typeof value === "string" && Object.hasOwn(ORDER, value);
}

/** ALLO_LOG from the environment, where there is one (Node, Bun, Deno with --allow-env). */
export function envLogLevel(): AlloLogLevel | undefined {
  const value = envVar("ALLO_LOG");
  return isLogLevel(value) ? value : undefined;
}

/**
 * What a shared store says once about its own setup (a Redis that does not persist, a namespace set
 * by hand): one line, no request event.
 */
export interface Notices {
  warn(line: string): void;
  debug(line: string): void;
}

/**
 * The client's notices: a warning goes to the logger's `warn` unless `logLevel` (or ALLO_LOG) was
 * set to `error` or `off`, since the default level, `off`, is about request lines; a debug line
 * only at `debug`. A logger's methods get the line alone.
 */
export function createNotices(logger: AlloLogger, level: AlloLogLevel, levelGiven: boolean): Notices {
  const say = (at: "warn" | "debug", line: string) => {
    try {
      (logger[at] as ((this: AlloLogger, line: string) => void) | undefined)?.call(logger, line);
    } catch {
      // A failing logger must not fail the call that set up the store.
    }
  };
  const quiet = levelGiven && (level === "error" || level === "off");
  return {
    warn: (line) => {
      if (!quiet) say("warn", line);
    },
    debug: (line) => {
      if (level === "debug") say("debug", line);
    },
  };
}

/** Sends each event at or above `level` to the logger, as one line and the event itself. */
export type Log = (level: Exclude<AlloLogLevel, "off">, event: AlloLogEvent) => void;

export function createLog(logger: AlloLogger, level: AlloLogLevel): Log | null {
  if (level === "off") return null;
  return (at, event) => {
    if (ORDER[at] < ORDER[level]) return;
    const line = format(event);
    try {
      logger[at]?.(line, event);
    } catch {
      // A failing logger must not fail the call it describes.
    }
  };
}

function format(e: AlloLogEvent): string {
  const took = e.durationMs === undefined ? "" : ` in ${Math.round(e.durationMs)} ms`;
  const tail = ` (${e.operation}, attempt ${e.attempt}, request ${e.requestId})`;
  switch (e.event) {
    case "request":
      return `allo-client: ${e.method} ${e.path}${e.waitMs ? ` after ${Math.round(e.waitMs)} ms waiting for its turn` : ""}${tail}`;
    case "response":
      return `allo-client: ${e.method} ${e.path} ${e.status}${took}${tail}`;
    case "retry":
      return `allo-client: ${e.method} ${e.path} failed (${e.reason}); retrying in ${Math.round(e.waitMs ?? 0)} ms${tail}`;
    case "error":
      return `allo-client: ${e.method} ${e.path} failed (${e.reason})${took}${tail}`;
  }
}
