/**
 * The metric cell the extractor writes for a row an editor has not decided yet: "TODO" when it could not tell
 * what the figure measures, "TODO:<id>" when it proposes an id that data/metrics.csv lacks. Check and the build
 * refuse both, so no row goes out before an editor has chosen its metric.
 */
export function undecidedCell(proposed?: string): string {
  return proposed ? `TODO:${proposed}` : "TODO";
}

/** What to tell the editor about a metric cell the extractor left undecided, or undefined when the cell is decided. */
export function undecidedMessage(cell: string): string | undefined {
  const m = /^\s*TODO\b:?\s*([a-z0-9_]*)/.exec(cell);
  if (!m) return undefined;
  const id = m[1];
  return id
    ? `undecided row (TODO): the extractor proposes a new metric "${id}". Add it to data/metrics.csv (its words in keywords_vi) and write ${id} here, or write an existing id, or delete the row if it is not a figure`
    : "undecided row (TODO): the extractor could not tell what this figure measures. Write a metric id from data/metrics.csv here, or delete the row if it is not a figure";
}
