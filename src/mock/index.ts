export { startAlloMock, type AlloMock, type AlloMockOptions } from "./start-mock.js";
