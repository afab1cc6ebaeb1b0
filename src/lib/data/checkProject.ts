import { archiveQuotes } from "./archiveQuotes.ts";
import { archiveReader, archiveSetting } from "./archiveFolder.ts";
import type { Dataset, ProjectFiles } from "./model.ts";
import type { Problem } from "./Problem.ts";
import { readProjectFiles } from "./readProject.ts";
import { validateProject } from "./validateProject.ts";

/** A project as check and the build see it: the dataset, every problem, and what could not be compared and why. */
export interface CheckedProject {
  dataset: Dataset;
  /** Every problem: the editor's files, and each row verified where its quote stands in its archived article. */
  problems: Problem[];
  /** Sources whose quotes were not compared because their copy is not in the archive (only where none is required). */
  notCompared: Problem[];
  /** One line saying that quotes were not compared with their articles, and why; undefined when all were. */
  notice?: string;
}

/**
 * Validates a project and verifies every row where its quote stands in its archived article: the one check
 * `npm run check`, `npm run build` and the content collections share, so they refuse the same rows. Where an
 * archive is required (ARCHIVE_DIR set, or REQUIRE_ARCHIVE=1 as in CI) a source without its copy is a problem;
 * elsewhere (a fresh clone has no archive) the quotes that cannot be compared are said to be so, in one line.
 */
export function checkProject(root: string, env: NodeJS.ProcessEnv = process.env, files: ProjectFiles = readProjectFiles(root)): CheckedProject {
  const { dataset, problems } = validateProject(files);
  const { dir, shown, required, present } = archiveSetting(root, env);
  if (!present && !required) {
    const notice = `Quotes were NOT compared with their articles: there is no archive folder ${shown} (set ARCHIVE_DIR to the newsroom's copies to compare them, as CI does).`;
    return { dataset, problems, notCompared: [], notice };
  }
  const { problems: misquoted, missing } = archiveQuotes(dataset, archiveReader(dir, shown), shown);
  if (required || !missing.length) return { dataset, problems: [...problems, ...misquoted, ...missing], notCompared: [] };
  const sources = new Set(dataset.results.map((r) => r.source)).size;
  const notice = `Quotes NOT checked for ${missing.length} of ${sources} sources: their archived copy is not in ${shown}.`;
  return { dataset, problems: [...problems, ...misquoted], notCompared: missing, notice };
}
