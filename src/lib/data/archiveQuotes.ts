import type { Dataset } from "./model.ts";
import type { Problem } from "./Problem.ts";

/** What comparing quotes with the archive found: quotes that are not their article's words, and sources with no copy to compare. */
export interface ArchiveCheck {
  /** Rows whose quote is not, character for character, in the archived copy its source names. */
  problems: Problem[];
  /** One entry per source whose copy is not in the archive (or that names none), at the first row citing it. */
  missing: Problem[];
}

/**
 * Checks that every quote is the article's own words: each row's quote must stand, character for character,
 * in the archived copy its source names. `read` returns an archived file's text, or undefined if it is absent.
 * A source without a copy is reported apart, once: its quotes were not checked, which is not the same as wrong.
 */
export function archiveQuotes(dataset: Dataset, read: (file: string) => string | undefined, archiveName = "the archive folder"): ArchiveCheck {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const told = new Set<string>();
  const missing: Problem[] = [];
  const problems = dataset.results.flatMap((row): Problem[] => {
    const archive = sources.get(row.source)?.archive;
    const where = { file: row.file, line: row.line, column: 1 };
    const text = archive ? read(archive) : undefined;
    if (text === undefined) {
      if (!told.has(row.source)) {
        told.add(row.source);
        missing.push({
          ...where,
          message: archive
            ? `source "${row.source}" names the copy "${archive}", which is not in ${archiveName}: save the article there as ${archive}, or set ARCHIVE_DIR to the folder that holds the newsroom's copies`
            : `source "${row.source}" names no archived copy (archive column of data/sources.csv): save the article (npm run extract -- --to <slug> --source ${row.source} article.txt saves it and writes the name)`,
        });
      }
      return [];
    }
    return text.includes(row.quote) ? [] : [{ ...where, message: `the quote is not in the article ${archive} as written: copy it from the article exactly (Ctrl-F must find it)` }];
  });
  return { problems, missing };
}
