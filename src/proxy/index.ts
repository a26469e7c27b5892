// allo-client/proxy: a server-side route that lets a browser call Allo without holding the key.
// Fetch API only (Request in, Response out): no framework, no React, no Node-only module.
export { createAlloProxy, type AlloProxy } from "./create-proxy.js";
export type { AlloProxyOptions } from "./options.js";
export type { AlloOperation } from "./operations.js";
export type { ProxyErrorCode } from "./answers.js";
