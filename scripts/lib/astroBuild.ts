import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

/** Runs a Node script with arguments in a project folder and returns its exit code and everything it printed. */
function run(dir: string, args: string[], env: Record<string, string>): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, args, {
    cwd: dir,
    encoding: "utf8",
    // A build of hundreds of provinces logs megabytes; the default 1 MB cap would kill it mid-build.
    maxBuffer: 512 * 1024 * 1024,
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: "1", TZ: "UTC", NO_COLOR: "1", FORCE_COLOR: "0", ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs `astro build` in a project folder and returns its exit code and everything it printed. */
export function astroBuild(dir: string, outDir = "dist", env: Record<string, string> = {}): { status: number | null; output: string } {
  return run(dir, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir], env);
}

/** Runs `npm run build` (scripts/build.ts: validate, build, publish dist/, or stop when it is up to date) in a project folder. */
export function siteBuild(dir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  return run(dir, [join(dir, "scripts/build.ts")], env);
}

/**
 * The environment without what vitest adds to it (BASE_URL, MODE, DEV, PROD, SSR, VITEST…): a child build
 * would take vitest's BASE_URL=/ into Astro's import.meta.env and ignore the BASE_PATH under test.
 */
export function cleanEnv(from: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env = { ...from };
  for (const key of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*)$/.test(key)) delete env[key];
  return env;
}
