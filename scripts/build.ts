// npm run build: builds into a temporary folder and swaps it into dist/ only when the whole build succeeded,
// so a host that syncs dist/ never publishes half a site, and a failed build leaves the last good one.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = process.cwd();
const dist = join(root, "dist");
const next = join(root, `.cache/build-${process.pid}`);
const old = join(root, `.cache/dist-old-${process.pid}`);

if (!process.env.SITE_URL) {
  console.log("SITE_URL is not set: pages link by path, and the sitemap, feeds, link-preview tags and embed code (which need absolute addresses) are left out. Set it to the site's public address, e.g. SITE_URL=https://news.example/ npm run build (see README, Hosting).");
}
const astro = join(root, "node_modules/astro/bin/astro.mjs");
const build = spawnSync(process.execPath, [astro, "build", "--outDir", next], { stdio: "inherit", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
if (build.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(existsSync(dist) ? "The build failed: dist/ still holds the previous site, unchanged." : "The build failed: nothing was written to dist/.");
  process.exit(build.status ?? 1);
}
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
