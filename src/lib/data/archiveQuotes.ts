import type { Dataset } from "./model.ts";
import type { Problem } from "./Problem.ts";

/**
 * Checks that every quote is the article's own words: each row's quote must stand, character for character,
 * in the archived copy its source names. `read` returns an archived file's text, or undefined if it is absent.
 */
export function archiveQuotes(dataset: Dataset, read: (file: string) => string | undefined): Problem[] {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const told = new Set<string>(); // a missing copy is said once per source, at its first row
  return dataset.results.flatMap((row): Problem[] => {
    const archive = sources.get(row.source)?.archive;
    const where = { file: row.file, line: row.line, column: 1 };
    const once = (message: string): Problem[] => (told.has(row.source) ? [] : (told.add(row.source), [{ ...where, message }]));
    if (!archive) return once(`source "${row.source}" names no archived copy (archive column of data/sources.csv): save the article in the archive and write its file name there, so its quotes can be checked`);
    const text = read(archive);
    if (text === undefined) return once(`the archived copy "${archive}" of ${row.source} is not in the archive folder: add it, or correct the archive column`);
    return text.includes(row.quote) ? [] : [{ ...where, message: `the quote is not in the article ${archive} as written: copy it from the article exactly (Ctrl-F must find it)` }];
  });
}
