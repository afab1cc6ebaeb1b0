import type { Dataset } from "./model.ts";
import { cellAt } from "./positions.ts";
import type { Problem } from "./Problem.ts";
import { figureInArticle, type ReadArticle } from "./validate/figureInArticle.ts";

/** What comparing quotes with the archive found: quotes that are not their article's words, and sources with no copy to compare. */
export interface ArchiveCheck {
  /** Rows whose quote is not, character for character, in the archived copy its source names; copies that are not UTF-8 text. */
  problems: Problem[];
  /** One entry per source whose copy is not in the archive (or that names none), at the first row citing it. */
  missing: Problem[];
}

/** An archived copy as read: its text, or why it could not be read as text (see decodeText). */
export type Archived = string | { problem: Problem } | undefined;

/**
 * Checks that every quote is the article's own words: each row's quote must stand, character for character,
 * in the archived copy its source names, and the article, read where the quote stands, must state the row's
 * figure as the row gives it (see figureInArticle). `read` returns an archived file's text, a problem when the file is not
 * UTF-8 text, or undefined if it is absent. Both sides are compared in Unicode NFC, the form every editor's file
 * is read in. A source without a copy is reported apart, once: its quotes were not checked, which is not the
 * same as wrong. A row whose source row is itself invalid is left to that row's own problem.
 */
export function archiveQuotes(dataset: Dataset, read: (file: string) => Archived, archiveName = "the archive folder"): ArchiveCheck {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const told = new Set<string>();
  const missing: Problem[] = [];
  const unreadable: Problem[] = [];
  const texts = new Map<string, ReadArticle | { problem: Problem } | undefined>();
  const metrics = new Map(dataset.metrics.map((m) => [m.id, m]));
  const problems = dataset.results.flatMap((row): Problem[] => {
    const source = sources.get(row.source);
    // An invalid row of data/sources.csv is reported where it is; "names no archived copy" would be a second, false message.
    if (!source) return [];
    const archive = source.archive;
    // A quote that is not the article's words is the quote cell's problem; a copy that is missing, the source cell's.
    const cell = (name: "quote" | "source") => ({ file: row.file, ...cellAt(row, name) });
    if (archive && !texts.has(archive)) {
      const copy = read(archive);
      // Normalised once per article, not once per quote checked against it.
      const text = typeof copy === "string" ? copy.normalize("NFC") : undefined;
      // The numbers of its lines are read as rows need them, once each (figureInArticle).
      texts.set(archive, text !== undefined ? { text, lines: new Map() } : (copy as { problem: Problem } | undefined));
      if (typeof copy === "object") unreadable.push(copy.problem);
    }
    const got = archive ? texts.get(archive) : undefined;
    if (got && "problem" in got) return [];
    if (got === undefined) {
      if (!told.has(row.source)) {
        told.add(row.source);
        missing.push({
          ...cell("source"),
          message: archive
            ? `source "${row.source}" names the copy "${archive}", which is not in ${archiveName}: save the article there as ${archive}, or set ARCHIVE_DIR to the folder that holds the newsroom's copies`
            : `source "${row.source}" names no archived copy (archive column of data/sources.csv): save the article (npm run extract -- --to <slug> --source ${row.source} article.txt saves it and writes the name)`,
        });
      }
      return [];
    }
    const message = figureInArticle(got, row, metrics.get(row.metric), archive!);
    return message ? [{ ...cell("quote"), message }] : [];
  });
  return { problems: [...unreadable, ...problems], missing };
}
