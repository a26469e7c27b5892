// Every test file runs with a global fetch that reaches this machine only: a test that forgot to
// give its client a baseUrl (and so would call Allo) fails here, before anything leaves. Tests
// connect to loopback only, even to prove a refusal; those that need another host inject a fetch.
import { isLoopback } from "../../src/options.js";

const platformFetch = globalThis.fetch;

globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
  // A path (a browser test's proxy route) is on the page's host.
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  const url = new URL(input instanceof Request ? input.url : String(input), page);
  if (!isLoopback(url.hostname)) {
    return Promise.reject(
      new TypeError(`a test called fetch on ${url.host}: tests reach loopback only (inject a fetch, or give a baseUrl on 127.0.0.1)`),
    );
  }
  return platformFetch(input, init);
}) as typeof fetch;
