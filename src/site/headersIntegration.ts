import { writeFileSync } from "node:fs";
import type { AstroIntegration } from "astro";
import { headersFile } from "./securityHeaders.ts";

/** Writes dist/_headers after each build, so hosts that read it serve the CSP and caching headers. */
export function securityHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "security-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": ({ dir }) => {
        writeFileSync(new URL("_headers", dir), headersFile(base));
      },
    },
  };
}
