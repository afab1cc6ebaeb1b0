import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DataError } from "./DataError.ts";
import type { ProjectFiles, TextFile } from "./model.ts";
import { PATHS } from "./projectPaths.ts";

export { PATHS };

/** Reads the editor's files of the project at `root` (a folder path) as text; a missing one is a DataError. */
export function readProjectFiles(root: string): ProjectFiles {
  const missing = (path: string): never => {
    throw new DataError([{ file: path, line: 1, column: 1, message: "is missing: restore it with git checkout -- " + path }]);
  };
  const read = (path: string): TextFile => {
    if (!existsSync(join(root, path))) missing(path);
    return { path, text: readFileSync(join(root, path), "utf8") };
  };
  const list = (dir: string, ext: string): TextFile[] => {
    if (!existsSync(join(root, dir))) missing(dir);
    return readdirSync(join(root, dir))
      .filter((name) => name.endsWith(ext))
      .sort()
      .map((name) => read(`${dir}/${name}`));
  };
  return {
    metrics: read(PATHS.metrics),
    sources: read(PATHS.sources),
    results: list(PATHS.results, ".csv"),
    stories: list(PATHS.stories, ".mdx"),
    translations: list(PATHS.translations, ".mdx"),
    corrections: existsSync(join(root, PATHS.corrections)) ? read(PATHS.corrections) : undefined,
    edition: read(PATHS.edition),
  };
}
