import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";

/** A point of the swap where a test may stop the process, to see what a build killed there leaves. */
export type SwapPoint = "built" | "linked" | "swapped";

/** Whether a process id is running (a build of another terminal, say), so its folders are left alone. */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The folder (relative to the project root) that dist/ points to, or undefined when dist/ is not a link. */
export function distTarget(root: string): string | undefined {
  const dist = join(root, "dist");
  return existsSync(dist) && lstatSync(dist).isSymbolicLink() ? readlinkSync(dist) : undefined;
}

/**
 * Removes what killed or failed builds left in `.cache/`: build folders and links of processes that no longer
 * run, and every published site but the one dist/ points to (and those of running builds). Safe to run at the
 * start of every build.
 */
export function clearLeftovers(root: string): string[] {
  const cache = join(root, ".cache");
  if (!existsSync(cache)) return [];
  const current = distTarget(root);
  const removed: string[] = [];
  for (const name of readdirSync(cache)) {
    const m = /^(build|site|dist-link|dist-old)-(\d+)(?:-\d+)?$/.exec(name);
    if (!m) continue;
    if (`.cache/${name}` === current || running(Number(m[2]))) continue;
    rmSync(join(cache, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Publishes a finished build: `built` (a folder inside `.cache/`) becomes the site that dist/ points to.
 * dist/ is a symbolic link, replaced by one rename(2) of a new link over it, so at every instant it is either
 * the old site or the new one, complete. The old site is removed afterwards. `stop` is called at each point of
 * the swap (tests kill the process there). A dist/ that is still a real folder (from before dist/ was a link)
 * is moved aside first: that one swap has a moment without dist/. Returns the site's folder, relative to `root`.
 */
export function publishDist(root: string, built: string, stop: (point: SwapPoint) => void = () => {}): string {
  const cache = join(root, ".cache");
  mkdirSync(cache, { recursive: true });
  const dist = join(root, "dist");
  const previous = distTarget(root);
  // A name no other build uses: this process, and a counter in case one process publishes twice (no clock: the
  // build reads none, tests/build/reproducible.test.ts).
  let n = 1;
  while (existsSync(join(cache, `site-${process.pid}-${n}`))) n++;
  const site = `site-${process.pid}-${n}`;
  renameSync(built, join(cache, site));
  stop("built");
  const link = join(cache, `dist-link-${process.pid}`);
  rmSync(link, { force: true });
  // Relative, so the project folder can be moved or copied with its link intact.
  symlinkSync(`.cache/${site}`, link, "dir");
  stop("linked");
  const old = join(cache, `dist-old-${process.pid}`);
  if (existsSync(dist) && !lstatSync(dist).isSymbolicLink()) renameSync(dist, old);
  renameSync(link, dist);
  stop("swapped");
  rmSync(old, { recursive: true, force: true });
  if (previous && previous !== `.cache/${site}`) rmSync(join(root, previous), { recursive: true, force: true });
  clearLeftovers(root);
  return `.cache/${site}`;
}
