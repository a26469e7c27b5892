export { AlloMockPortInUseError, startAlloMock, type AlloMock, type AlloMockOptions } from "./start-mock.js";
export type { AlloMockRequest } from "./request-log.js";
