import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { withTrailingSlash } from "../lib/format/withTrailingSlash.ts";

/** What a step after the build gets: the built site's folder (a path), the base path with its slash, a logger. */
export interface BuiltSite {
  dist: string;
  base: string;
  logger: AstroIntegrationLogger;
}

/** An integration that runs one step on the built site after each build (integrations run in config order). */
export function afterBuild(name: string, step: (site: BuiltSite) => void | Promise<void>): AstroIntegration {
  let base = "/";
  return {
    name,
    hooks: {
      "astro:config:done": ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      "astro:build:done": ({ dir, logger }) => step({ dist: fileURLToPath(dir), base, logger }),
    },
  };
}
