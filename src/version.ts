/** This package's version; test/client/options.test.ts keeps it equal to package.json's. */
export const VERSION = "0.2.0";
