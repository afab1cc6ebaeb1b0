import { resolve } from "node:path";

/** The folder name, inside the project, where the newsroom keeps its copies of the articles unless ARCHIVE_DIR says otherwise. */
export const DEFAULT_ARCHIVE = "archive";

/**
 * The folder of archived article copies for a project: ARCHIVE_DIR (relative to the project root, or absolute)
 * or `archive/` inside the project. The copies are the publishers' text, so git ignores that folder.
 */
export function archiveDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env.ARCHIVE_DIR || DEFAULT_ARCHIVE);
}
