import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
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
        // Every page but the embeds refuses to be framed.
        const dist = fileURLToPath(dir);
        const pages = (folder: string): string[] =>
          readdirSync(folder).flatMap((name) => {
            const full = join(folder, name);
            if (statSync(full).isDirectory()) return pages(full);
            return name.endsWith(".html") ? [base + relative(dist, full).replace(/index\.html$/, "")] : [];
          });
        const framed = pages(dist).filter((p) => !p.startsWith(`${base}embed/`)).sort();
        writeFileSync(new URL("_headers", dir), headersFile(base, framed));
      },
    },
  };
}
