import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { startAlloMock } from "../../src/mock/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the Prism mock started from spec/allo.openapi.yaml. */
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = await startAlloMock();
  project.provide("prismUrl", mock.url);
  return () => mock.stop();
}
