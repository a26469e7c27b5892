/** This package's version; test/client/version.test.ts keeps it equal to package.json's. */
export const VERSION = "0.1.0";
