import { overLimit, PROJECT, RESULTS_FILE, STORY_FILE, TABLE_FILE, type Limit } from "./limits.ts";
import type { Problem } from "./Problem.ts";
import { PATHS } from "./projectPaths.ts";

/** Which size limit an editor's file falls under, by where it lives. */
function limitOf(path: string): Limit {
  if (path.endsWith(".mdx")) return STORY_FILE;
  return path.startsWith(`${PATHS.results}/`) ? RESULTS_FILE : TABLE_FILE;
}

/** The problem with a file of `size` bytes at `path`, when it is over its limit. */
export function fileLimit(path: string, size: number): Problem | undefined {
  const limit = limitOf(path);
  if (size <= limit.max) return undefined;
  const instead = limit === STORY_FILE ? "shorten the story, or check that nothing was pasted into it by mistake" : "check that nothing was pasted or appended twice; split a province's figures only by what its articles report";
  return { file: path, line: 1, column: 1, message: overLimit(limit, size, instead) };
}

/** The problem with a project whose editor's files add up to `total` bytes, when that is over the limit. */
export function projectTooLarge(total: number): Problem | undefined {
  if (total <= PROJECT.max) return undefined;
  return { file: PATHS.metrics, line: 1, column: 1, message: overLimit(PROJECT, total, "look for a file that grew by mistake (the largest ones are listed by ls -lS data/results content/provinces)") };
}
