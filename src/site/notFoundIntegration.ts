import { existsSync, renameSync, rmdirSync } from "node:fs";
import { join } from "node:path";
import type { AstroIntegration } from "astro";
import { afterBuild } from "./afterBuild.ts";
import { ROUTES } from "../project/routes.ts";

/**
 * Astro writes only the root 404 page as 404.html; the English one comes out as en/404/index.html. This moves it
 * to en/404.html, where hosts that look for the nearest 404.html up the path (Cloudflare Pages, and our test
 * server) serve it for every missing English address. Runs before the integrations that list built pages.
 */
export function notFoundPages(): AstroIntegration {
  return afterBuild("not-found-pages", ({ dist }) => {
    const folder = join(dist, ROUTES.home.en, "404");
    if (!existsSync(join(folder, "index.html"))) return;
    renameSync(join(folder, "index.html"), join(dist, ROUTES.home.en, "404.html"));
    rmdirSync(folder);
  });
}
