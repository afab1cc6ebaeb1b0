import { existsSync, readdirSync } from "node:fs";
import { archiveDir, archiveReader } from "../../scripts/lib/archiveDir.ts";
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
