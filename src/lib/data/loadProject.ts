import { checkProject } from "./checkProject.ts";
import { DataError } from "./DataError.ts";
import type { Dataset } from "./model.ts";
import { readProjectFiles } from "./readProject.ts";

let last: { key: string; dataset: Dataset } | undefined;

/**
 * Reads, validates and verifies against the archive (checkProject) the project at `root` (a folder path),
 * throwing a {@link DataError} that lists every problem: the build refuses what `npm run check` refuses. The
 * seven content collections of a build each ask for it: the files are read each time (cheap) but checked only
 * when their text or the archive setting changed since the last call, so a build checks once, and an editor's save once.
 */
export function loadProject(root: string, env: NodeJS.ProcessEnv = process.env): Dataset {
  const files = readProjectFiles(root);
  const key = JSON.stringify([files, env.ARCHIVE_DIR ?? "", env.REQUIRE_ARCHIVE ?? ""]);
  if (last?.key !== key) {
    const { dataset, problems } = checkProject(root, env, files);
    if (problems.length) throw new DataError(problems);
    last = { key, dataset };
  }
  return last.dataset;
}
