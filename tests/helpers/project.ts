import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { readProjectFiles } from "../../src/lib/data/readProject.ts";
import type { ProjectFiles, TextFile } from "../../src/lib/data/model.ts";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** A fresh copy of the real project's editor files, to mutate in a test. */
export function realFiles(): ProjectFiles {
  return readProjectFiles(ROOT);
}

/** Finds an editor's file in a ProjectFiles by its path. */
export function fileAt(files: ProjectFiles, path: string): TextFile {
  const all = [files.metrics, files.sources, ...files.results, ...files.stories];
  const file = all.find((f) => f.path === path);
  if (!file) throw new Error(`no file ${path}`);
  return file;
}

/** Replaces the first occurrence of `from` in a file, failing loudly if it is absent so a test cannot pass vacuously. */
export function edit(files: ProjectFiles, path: string, from: string, to: string): ProjectFiles {
  const file = fileAt(files, path);
  if (!file.text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
  file.text = file.text.replace(from, to);
  return files;
}

/** 1-based line number of the first line of a file's text that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`no line contains ${JSON.stringify(needle)}`);
  return index + 1;
}

/** Copies the project (sources, content, data, config) to a temporary folder that shares node_modules. */
export function copyProject(): { dir: string; write(path: string, text: string): void; read(path: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "c09-"));
  for (const entry of ["src", "scripts", "content", "data", "public", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return {
    dir,
    write: (path, text) => writeFileSync(join(dir, path), text),
    read: (path) => readFileSync(join(dir, path), "utf8"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `astro build` in a project folder and returns its exit code and everything it printed. */
export function astroBuild(dir: string, outDir = "dist", env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir], {
    cwd: dir,
    encoding: "utf8",
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: "1", TZ: "UTC", NO_COLOR: "1", FORCE_COLOR: "0", ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The environment without what vitest adds to it (BASE_URL, MODE, DEV, PROD, SSR, VITEST…): a child build
 * would take vitest's BASE_URL=/ into Astro's import.meta.env and ignore the BASE_PATH under test.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*)$/.test(key)) delete env[key];
  return env;
}
