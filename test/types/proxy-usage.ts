// Type tests of createAlloProxy's options, checked by `tsc --noEmit` (npm test); not run. `allow` is
// typed, so a misspelt operation fails to compile, and so does a proxy without `authorize`: each line
// marked @ts-expect-error must fail (an expected error that does not happen fails the build too).
import { createAlloProxy } from "../../src/proxy/index.js";

const KEY = "sk_live_PROXY_SECRET_55e0aa";

// @ts-expect-error "sms.sned" is not an operation
createAlloProxy({ apiKey: KEY, allow: ["sms.sned"], authorize: "public" });
// @ts-expect-error a method the SDK has, but not an HTTP operation: allow "contacts.search"
createAlloProxy({ apiKey: KEY, allow: ["contacts.searchAll"], authorize: "public" });
// @ts-expect-error authorize is required: a function, or "public" said out loud
createAlloProxy({ apiKey: KEY, allow: ["numbers.list"] });
// @ts-expect-error authorize is a function or "public"
createAlloProxy({ apiKey: KEY, allow: ["numbers.list"], authorize: true });
