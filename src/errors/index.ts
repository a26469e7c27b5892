export { AlloError, type RequestFailure } from "./allo-error.js";
export { AlloRequestError } from "./request-error.js";
export { AlloApiError, type AlloApiErrorInit, type AlloErrorCode, type AlloErrorDetail } from "./api-error.js";
export { AlloNetworkError } from "./network-error.js";
export { AlloTimeoutError } from "./timeout-error.js";
export { AlloValidationError, type AlloValidationIssue } from "./validation-error.js";
export { AlloIdempotencyError, type IdempotencyRefusal } from "./idempotency-error.js";
export { AlloAnswerError, type AlloAnswerErrorInit, type AlloAnswerIssue } from "./answer-error.js";
