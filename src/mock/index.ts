export { AlloMockPortInUseError, startAlloMock, type AlloMock, type AlloMockOptions, type AlloMockProxy } from "./start-mock.js";
export type { AlloMockRequest } from "./request-log.js";
export type { AlloMockDriftProblem, AlloMockDriftReport } from "./drift.js";
export type { AlloMockViolation } from "./violations.js";
