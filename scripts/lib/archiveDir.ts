import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Archived } from "../../src/lib/data/archiveQuotes.ts";
import { decodeText } from "../../src/lib/data/decodeText.ts";

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
 * NFC; `shown` is how the folder is named in problems (e.g. "archive/"). Undefined for a copy that is absent.
 */
export function archiveReader(dir: string, shown: string): (file: string) => Archived {
  return (file) => {
    const path = join(dir, file);
    if (!existsSync(path)) return undefined;
    const decoded = decodeText(readFileSync(path), `${shown.replace(/\/?$/, "/")}${file}`, "article");
    return "problem" in decoded ? decoded : decoded.text.normalize("NFC");
  };
}
