import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withTrailingSlash } from "../lib/format/withTrailingSlash.ts";
import { builtPages } from "./builtPages.ts";
import type { AstroIntegration } from "astro";
import { ROUTES } from "./routes.ts";
import { headersFile } from "./securityHeaders.ts";

/** Writes dist/_headers after each build, so hosts that read it serve the CSP and caching headers. */
export function securityHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "security-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      "astro:build:done": ({ dir }) => {
        // Every page but the embeds refuses to be framed.
        const embeds = Object.values(ROUTES.embed);
        const framed = builtPages(fileURLToPath(dir)).filter((p) => !embeds.some((e) => p.startsWith(e))).map((p) => base + p);
        writeFileSync(new URL("_headers", dir), headersFile(base, framed));
      },
    },
  };
}
