import { DataError } from "./DataError.ts";
import type { Dataset } from "./model.ts";
import { readProjectFiles } from "./readProject.ts";
import { validateProject } from "./validateProject.ts";

let last: { key: string; dataset: Dataset } | undefined;

/**
 * Reads and validates the project at `root` (a folder path), throwing a {@link DataError} that lists every
 * problem. The seven content collections of a build each ask for it: the files are read each time (cheap) but
 * validated only when their text changed since the last call, so a build validates once, and an editor's save once.
 */
export function loadProject(root: string): Dataset {
  const files = readProjectFiles(root);
  const key = JSON.stringify(files);
  if (last?.key !== key) {
    const { dataset, problems } = validateProject(files);
    if (problems.length) throw new DataError(problems);
    last = { key, dataset };
  }
  return last.dataset;
}
