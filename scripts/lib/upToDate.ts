import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { archiveDir } from "./archiveDir.ts";
import { distTarget } from "./publishDist.ts";

// Everything a build reads: the site's code, the editors' files, the static files, the build scripts, the
// configuration, and the packages (by the lock file, and by npm's record of what node_modules holds, which
// differs from the lock file until `npm ci` has run).
const INPUTS = ["src", "content", "data", "public", "scripts", "astro.config.mjs", "package.json", "package-lock.json", "node_modules/.package-lock.json", "tsconfig.json"];
// The environment a build reads (astro.config.mjs, src/): each changes the output, or (the archive's) whether
// the build may publish at all.
const ENV = ["SITE_URL", "BASE_PATH", "ARCHIVE_DIR", "REQUIRE_ARCHIVE"];
// Where the last finished build is recorded: which site it published, made from what.
const RECORD = ".cache/last-build.json";

/** What the last finished build published: its site folder, and hashes of its inputs and of that folder's files. */
interface BuildRecord {
  site: string;
  inputs: string;
  output: string;
}

/** Adds every file below `path` (relative to `root`) to a hash, in a fixed order: each file's path, then its bytes. */
function hashTree(hash: ReturnType<typeof createHash>, root: string, path: string): void {
  const full = join(root, path);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) hashTree(hash, root, join(path, name));
    return;
  }
  // Lengths first, so no two different trees hash alike by shifting bytes between a name and a body.
  const bytes = readFileSync(full);
  hash.update(`${path.length}:${path}\0${bytes.length}:`).update(bytes);
}

/** SHA-256 (hex) of what a build of `root` reads: its input files, the build environment and the Node version. */
export function inputsHash(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash("sha256").update(`node ${process.version}\n`);
  for (const name of ENV) hash.update(`${name}=${env[name] ?? ""}\n`);
  for (const path of INPUTS) hashTree(hash, root, path);
  // The archived articles every quote is verified against: a changed copy may make a published row wrong.
  hash.update("archive\0");
  hashTree(hash, archiveDir(root, env), ".");
  return hash.digest("hex");
}

/** SHA-256 (hex) of every file of a built site folder. */
export function outputHash(site: string): string {
  const hash = createHash("sha256");
  hashTree(hash, site, ".");
  return hash.digest("hex");
}

/**
 * Whether dist/ already holds the build of these inputs: the last finished build had the same inputs hash, and
 * the site dist/ shows is still the one it published, file for file (a site edited or damaged since is built again).
 */
export function upToDate(root: string, inputs: string): boolean {
  const path = join(root, RECORD);
  if (!existsSync(path)) return false;
  let record: BuildRecord;
  try {
    record = JSON.parse(readFileSync(path, "utf8")) as BuildRecord;
  } catch {
    return false; // an unreadable record is no record
  }
  const site = distTarget(root);
  return record.inputs === inputs && site === record.site && existsSync(join(root, site)) && outputHash(join(root, site)) === record.output;
}

/**
 * Records the site just published (`site`, relative to the root) as the build of `inputs`, for the next build to
 * compare, unless an input changed while it was built (its pages may then hold a mix of both).
 */
export function recordBuild(root: string, site: string, inputs: string, env: NodeJS.ProcessEnv = process.env): void {
  if (inputsHash(root, env) !== inputs) return;
  const record: BuildRecord = { site, inputs, output: outputHash(join(root, site)) };
  writeFileSync(join(root, RECORD), `${JSON.stringify(record, null, 2)}\n`);
}
