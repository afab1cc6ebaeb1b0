import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AstroIntegration } from "astro";
import { afterBuild } from "./afterBuild.ts";
import { builtPages } from "./builtPages.ts";
import { ROUTES } from "../project/routes.ts";
import { headersFile } from "./securityHeaders.ts";

/** Writes dist/_headers after each build, so hosts that read it serve the CSP and caching headers. */
export function securityHeaders(): AstroIntegration {
  return afterBuild("security-headers", ({ dist, base }) => {
    // Every page but the embeds refuses to be framed.
    const embeds = Object.values(ROUTES.embed);
    const framed = builtPages(dist).filter((p) => !embeds.some((e) => p.startsWith(e))).map((p) => base + p);
    writeFileSync(join(dist, "_headers"), headersFile(base, framed));
  });
}
