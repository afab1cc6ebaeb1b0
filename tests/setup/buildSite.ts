import { rmSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { astroBuild, ROOT } from "../helpers/project.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Folder of the site built once for every build and browser test. */
    dist: string;
  }
}

/**
 * Builds the real site once before the test files run; build and browser tests read it through inject("dist").
 * It is built as a host would publish it, with SITE_URL (example.org is reserved for examples); the build without
 * one is tested on its own (tests/build/no-site-url.test.ts).
 */
export default function setup(project: TestProject) {
  const dist = join(ROOT, ".cache/test-dist");
  rmSync(dist, { recursive: true, force: true });
  const build = astroBuild(ROOT, dist, { SITE_URL: "https://example.org" });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  project.provide("dist", dist);
}
