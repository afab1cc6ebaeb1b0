import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { archiveDir, archiveReader, DEFAULT_ARCHIVE } from "../../scripts/lib/archiveDir.ts";
import { ROOT } from "./project.ts";

/** The newsroom's archive of article copies, as `npm run check` finds it (ARCHIVE_DIR, or archive/ in the project). */
export const ARCHIVE = archiveDir(ROOT);

/** Reads an archived copy as `npm run check` does (strict UTF-8, NFC), or undefined when it is not there. */
export function readArchived(file: string): string | undefined {
  const read = archiveReader(ARCHIVE, "archive/")(file);
  if (typeof read === "object") throw new Error(read.problem.message);
  return read;
}

/**
 * True when tests that compare quotes with the articles can run. The articles are the publishers' text and stay
 * out of the repository, so a fresh clone has none: those tests then say in one line why they did not run. CI
 * sets REQUIRE_ARCHIVE=1, and there they always run (and fail if the archive is missing).
 */
export function archiveTestsRun(what: string): boolean {
  const present = existsSync(ARCHIVE) && readdirSync(ARCHIVE).some((f) => f.endsWith(".txt"));
  if (present || process.env.REQUIRE_ARCHIVE === "1") return true;
  console.warn(`${what}: not run — no article archive at ${ARCHIVE} (set ARCHIVE_DIR to the newsroom's copies; CI sets it).`);
  return false;
}

/**
 * Gives a project copy an archive: the newsroom's copies (when this machine has them) and `articles` (file name →
 * text), in the copy's own archive/ folder. Returns the environment a build or check of the copy runs with, so that
 * made-up provinces are verified like real ones: required where the newsroom's copies are here (as in CI), and
 * otherwise the copy's folder alone, with the real sources said to be not compared (no folder when there is nothing to put in it).
 */
export function archiveWith(dir: string, articles: Record<string, string>): Record<string, string> {
  const folder = join(dir, DEFAULT_ARCHIVE);
  const present = existsSync(ARCHIVE);
  // Without copies or articles the copy stays as a fresh clone is: no archive/ at all.
  if (present || Object.keys(articles).length) mkdirSync(folder, { recursive: true });
  if (present) for (const name of readdirSync(ARCHIVE)) copyFileSync(join(ARCHIVE, name), join(folder, name));
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(folder, name), text);
  return present ? { ARCHIVE_DIR: folder } : { ARCHIVE_DIR: "", REQUIRE_ARCHIVE: "" };
}

/** An article made of a results file's quotes, one sentence each: what a test's made-up source says. */
export function articleOf(resultsCsv: string): string {
  const rows = Papa.parse<Record<string, string>>(resultsCsv.trim(), { header: true }).data;
  return `${rows.map((r) => `${r.quote}.`).join("\n")}\n`;
}
