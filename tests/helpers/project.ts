import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { resolve } from "node:path";
import { formatProblem } from "../../src/lib/data/Problem.ts";
import { readProjectFiles } from "../../src/lib/data/readProject.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import type { ProjectFiles, TextFile } from "../../src/lib/data/model.ts";
export { copyProject } from "../../scripts/lib/copyProject.ts";
import { cleanEnv } from "../../scripts/lib/astroBuild.ts";
export { astroBuild, cleanEnv } from "../../scripts/lib/astroBuild.ts";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** A fresh copy of the real project's editor files, to mutate in a test. */
export function realFiles(): ProjectFiles {
  return readProjectFiles(ROOT);
}

/** Finds an editor's file in a ProjectFiles by its path. */
export function fileAt(files: ProjectFiles, path: string): TextFile {
  const all = [files.metrics, files.sources, ...files.results, ...files.stories, ...files.translations];
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


/**
 * Runs one of a project's scripts (`scripts/check.ts`, …) there as an editor would, with the environment a test
 * process has minus what vitest adds, plus `env`; `input` is its standard input.
 */
export function runScript(dir: string, script: string, args: string[] = [], { env = {}, input }: { env?: Record<string, string>; input?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: "utf8", input, env: { ...cleanEnv(), ...env } });
}

/** Every problem the validator finds in a project's files (the real ones by default), as file:line:column message. */
export function problemsOf(files: ProjectFiles = realFiles()): string[] {
  return validateProject(files).problems.map(formatProblem);
}

/** The real project with text added at the end of a story, and the lines the added text starts and ends on. */
export function appendToStory(path: string, added: string): { files: ProjectFiles; first: number; last: number } {
  const files = realFiles();
  const story = fileAt(files, path);
  story.text = `${story.text.trimEnd()}\n\n`;
  const first = story.text.split("\n").length;
  story.text += `${added}\n`;
  return { files, first, last: story.text.trimEnd().split("\n").length };
}
