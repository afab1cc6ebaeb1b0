import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { isArchiveName } from "./archiveName.ts";
import type { Archived } from "./archiveQuotes.ts";
import { decodeText } from "./decodeText.ts";

/** The folder name, inside the project, where the newsroom keeps its copies of the articles unless ARCHIVE_DIR says otherwise. */
export const DEFAULT_ARCHIVE = "archive";

/**
 * The folder of archived article copies for a project: ARCHIVE_DIR (relative to the project root, or absolute)
 * or `archive/` inside the project. The copies are the publishers' text, so git ignores that folder.
 */
export function archiveDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env.ARCHIVE_DIR || DEFAULT_ARCHIVE);
}

/**
 * A reader of the archived copies in `dir`, decoded strictly as UTF-8 like every editor's file and normalised to
 * NFC; `shown` is how the folder is named in problems (e.g. "archive/"). Undefined for a copy that is absent, and
 * for a name that would leave the folder: a quote is never "checked" against the editor's own files.
 */
export function archiveReader(dir: string, shown: string): (file: string) => Archived {
  return (file) => {
    const path = join(dir, file);
    if (!isArchiveName(file) || relative(dir, path).startsWith("..") || !existsSync(path)) return undefined;
    const decoded = decodeText(readFileSync(path), `${shown.replace(/\/?$/, "/")}${file}`, "article");
    return "problem" in decoded ? decoded : decoded.text.normalize("NFC");
  };
}

/**
 * Where a project's archive is and what it is for: `required` when ARCHIVE_DIR names it or REQUIRE_ARCHIVE=1
 * (always in CI), so that every source must have its copy there; `present` when the folder exists.
 */
export function archiveSetting(root: string, env: NodeJS.ProcessEnv = process.env): { dir: string; shown: string; required: boolean; present: boolean } {
  const dir = archiveDir(root, env);
  const inside = relative(root, dir);
  return { dir, shown: inside.startsWith("..") || inside === "" ? dir : `${inside}/`, required: env.REQUIRE_ARCHIVE === "1" || Boolean(env.ARCHIVE_DIR), present: existsSync(dir) };
}
