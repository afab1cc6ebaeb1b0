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

/** Builds the real site once before the test files run; build and browser tests read it through inject("dist"). */
export default function setup(project: TestProject) {
  const dist = join(ROOT, ".cache/test-dist");
  rmSync(dist, { recursive: true, force: true });
  const build = astroBuild(ROOT, dist);
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  project.provide("dist", dist);
}
