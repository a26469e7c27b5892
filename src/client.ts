import { AlloMethods } from "../generated/client.js";
import type { OperationName } from "../generated/operation-names.js";
import { AlloPromise } from "./allo-promise.js";
import type { AnswerDrift } from "./operations/answer-check.js";
import { createCaller, type Caller, type MethodCaller } from "./operations/caller.js";
import { reshapers } from "./operations/reshape.js";
import type { Answer } from "./operations/types.js";
import type { AlloClientOptions } from "./options.js";

/**
 * The Allo API client, v1 and v2: a method per operation of the spec (generated/client.ts), each
 * validating its input before sending, resolving to the answer's `data` typed from the spec, and
 * throwing `AlloError`s.
 *
 * @example
 * import { AlloClient } from "allo-client";
 * const allo = new AlloClient({ apiKey: process.env.ALLO_API_KEY! });
 * const { results } = await allo.conversations.items.search({ search: "refund", type: "CALL" });
 */
export class AlloClient extends AlloMethods {
  readonly #drift: () => AnswerDrift[];

  constructor(options: AlloClientOptions) {
    const caller = createCaller(options);
    super(reshaping(caller));
    this.#drift = caller.drift;
  }

  /**
   * Where the answers received so far differ from the spec, with `validateAnswers` on: each
   * method, place and rule once, with how many answers showed it and the request id of the first.
   * Never a value. Empty when answers are not checked.
   *
   * @example
   * const allo = new AlloClient({ apiKey, validateAnswers: "warn" });
   * await allo.calls.search({ allo_number: "+13055550180" });
   * for (const d of allo.drift()) console.log(d.operation, d.location, d.rule, d.count, d.firstRequestId);
   */
  drift(): AnswerDrift[] {
    return this.#drift();
  }
}

/** The caller as the client's methods use it: each answer reshaped where `Reshaped` says. */
function reshaping(caller: Caller): MethodCaller {
  const reshapeOf = reshapers as Partial<Record<OperationName, (data: unknown) => unknown>>;
  return {
    ...caller,
    call: <N extends OperationName>(name: N, input: Parameters<Caller["call"]>[1], options?: Parameters<Caller["call"]>[2]) => {
      const answer = caller.call(name, input, options);
      const reshape = reshapeOf[name];
      // A name `Reshaped` does not list answers as the spec says: its Answer is its SpecAnswer.
      if (!reshape) return answer as AlloPromise<Answer<N>>;
      const reshaped = async () => {
        const { data, response } = await answer.withResponse();
        return { data: reshape(data) as Answer<N>, response };
      };
      return new AlloPromise(reshaped());
    },
  };
}
