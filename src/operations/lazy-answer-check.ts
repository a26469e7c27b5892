// The answer check as the caller holds it: answer-check.ts and the answer schemas are imported on
// the first answer checked, so a client that does not check never loads them, and an app's bundler
// keeps them out of the code it loads up front (a chunk of their own).
import type { ValidateAnswers } from "../options.js";
import type { AnswerCheck } from "./answer-check.js";
import type { Notices } from "../logger.js";

export function lazyAnswerCheck(mode: Exclude<ValidateAnswers, false>, notices: Notices): AnswerCheck {
  let loading: Promise<AnswerCheck> | undefined;
  let loaded: AnswerCheck | undefined;
  let failureSaid = false;
  return {
    async check(...args) {
      if (!loaded) {
        loading ??= import("./answer-check.js").then(({ createAnswerCheck }) => createAnswerCheck(mode, notices));
        try {
          loaded = await loading;
        } catch (error) {
          // A chunk that could not be fetched (a deploy replaced it, the network dropped) is tried
          // again on the next answer. "warn" never fails a call for it; "throw" does, as it asked.
          loading = undefined;
          if (mode === "throw") throw error;
          if (!failureSaid) {
            failureSaid = true;
            notices.warn(
              `allo-client: validateAnswers could not load the answer schemas, so answers are not checked for now (${String(error)})`,
            );
          }
          return null;
        }
      }
      return loaded.check(...args);
    },
    // Nothing was checked before the module loaded.
    drift: () => loaded?.drift() ?? [],
  };
}
