// Compiles, from the bundled spec, what a client's error message adds for an error code: the
// `x-hint` of the code's examples in the error answers (what to do, where Allo's own answer says
// nothing of it, as for v1 codes). The client loads the result on its first error answer
// (src/http/error-hints.ts), so its core carries none of these texts.
import { deref, operationsOf, type Schema } from "./lib/spec.js";

/** Each code's hint, in code order; a code whose examples give two different hints is refused. */
export function errorHintsFromSpec(spec: Schema): Record<string, string> {
  const hints = new Map<string, string>();
  for (const { op, where } of operationsOf(spec)) {
    for (const [status, raw] of Object.entries((op.responses ?? {}) as Record<string, Schema>)) {
      if (/^2\d\d$/.test(status)) continue;
      const examples = (deref(spec, raw).content?.["application/json"]?.examples ?? {}) as Record<string, Schema>;
      for (const example of Object.values(examples).map((e) => deref(spec, e))) {
        const hint = example["x-hint"];
        if (hint === undefined) continue;
        const code: unknown = example.value?.code ?? example.value?.error?.code;
        if (typeof code !== "string" || typeof hint !== "string") {
          throw new Error(`error-hints-from-spec: an x-hint of ${where} ${status} needs a string, on an example with a code`);
        }
        const known = hints.get(code);
        if (known !== undefined && known !== hint)
          throw new Error(`error-hints-from-spec: ${code} has two different x-hints (${where} ${status})`);
        hints.set(code, hint);
      }
    }
  }
  return Object.fromEntries([...hints].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function errorHintsSource(spec: Schema): string {
  return `/** What to do about an error code, from the spec's x-hint: added to the message of an AlloApiError with that code. */
export const errorHints: Readonly<Record<string, string>> = ${JSON.stringify(errorHintsFromSpec(spec), null, 2)};
`;
}
