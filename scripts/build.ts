// npm run build: checks the editor's files, builds into a temporary folder, and publishes it as dist/ only when
// the whole build succeeded. dist/ is a link to the finished site, swapped in one step (scripts/lib/publishDist.ts),
// so a host that syncs dist/ never sees half a site, and a failed or killed build leaves the last good one.
// When nothing the build reads has changed since the site dist/ shows was built, it stops there: that site is
// this build's (scripts/lib/upToDate.ts). `npm run build -- --force` builds anyway.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { DataError } from "../src/lib/data/DataError.ts";
import { checkProject } from "../src/lib/data/checkProject.ts";
import { clearLeftovers, publishDist, type SwapPoint } from "./lib/publishDist.ts";
import { inputsHash, recordBuild, upToDate } from "./lib/upToDate.ts";

const root = process.cwd();
const dist = join(root, "dist");
const next = join(root, `.cache/build-${process.pid}`);
const kept = () => console.error(existsSync(dist) ? "The build failed: dist/ still holds the previous site, unchanged." : "The build failed: nothing was written to dist/.");

clearLeftovers(root);

const inputs = inputsHash(root);
if (!process.argv.includes("--force") && upToDate(root, inputs)) {
  console.log("Nothing the build reads has changed since the last build: dist/ is up to date. (npm run build -- --force builds anyway.)");
  process.exit(0);
}

// The editor's problems first, as npm run check lists them (the same checkProject, quotes verified against the
// archive where there is one): Astro would print them too, inside its own error report; here they come alone,
// one file:line:column per line.
let problems;
try {
  const checked = checkProject(root);
  problems = checked.problems;
  if (checked.notice) console.log(checked.notice);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  problems = error.problems;
}
if (problems.length) {
  console.error(new DataError(problems).message);
  kept();
  process.exit(1);
}

if (!process.env.SITE_URL) {
  console.log("SITE_URL is not set: pages link by path, and the sitemap, feeds, link-preview tags and embed code (which need absolute addresses) are left out. Set it to the site's public address, e.g. SITE_URL=https://news.example/ npm run build (see README, Hosting).");
}
const astro = join(root, "node_modules/astro/bin/astro.mjs");
const build = spawnSync(process.execPath, [astro, "build", "--outDir", next], { stdio: "inherit", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
if (build.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  kept();
  process.exit(build.status ?? 1);
}
// BUILD_KILL_AT=built|linked|swapped stops the build there, as a power cut would (tests/build/atomic.test.ts).
const killAt = process.env.BUILD_KILL_AT;
const site = publishDist(root, next, (point: SwapPoint) => {
  if (point === killAt) process.kill(process.pid, "SIGKILL");
});
recordBuild(root, site, inputs);
