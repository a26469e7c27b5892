// allo-client/proxy: a server-side route that lets a browser call Allo without holding the key.
// Fetch API first (Request in, Response out), with a node:http / Express adapter that imports
// nothing from Node: no framework, no React.
export { createAlloProxy, type AlloProxy } from "./create-proxy.js";
export { AlloProxyError, type ProxyErrorCode } from "./errors.js";
export type { NodeRequestLike, NodeResponseLike } from "../http/node-like.js";
export type { AlloOperation } from "./operations.js";
export type { AlloProxyOptions, Authorize, AuthorizeContext } from "./options.js";
