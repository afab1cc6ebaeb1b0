// The dictionary's keyword syntax (data/metrics.csv's keywords_vi), read into rows and written back, so the
// editor fills in boxes instead of learning it: "a|b" is two phrases, "a@b" the phrase a with b somewhere in
// the same clause (the extractor's guessMetric reads it so). Pure: the page and the tests use it alike.

/** One phrase of keywords_vi: the words right after a number, and the words needed elsewhere in its clause. */
export interface KeywordRow {
  words: string;
  near: string;
}

/** The rows a keywords_vi cell holds (none for an empty cell). */
export function readKeywords(cell: string): KeywordRow[] {
  return cell
    .split("|")
    .filter((k) => k.trim() !== "")
    .map((k) => {
      const at = k.indexOf("@");
      return at === -1 ? { words: k.trim(), near: "" } : { words: k.slice(0, at).trim(), near: k.slice(at + 1).trim() };
    });
}

/** The keywords_vi cell of some rows; a row without words is left out (its "needed nearby" alone means nothing). */
export function writeKeywords(rows: readonly KeywordRow[]): string {
  return rows
    .filter((r) => r.words.trim() !== "")
    .map((r) => (r.near.trim() ? `${r.words.trim()}@${r.near.trim()}` : r.words.trim()))
    .join("|");
}

/** True when a box's text holds a character of the syntax itself (| or @), which would change what the cell says. */
export function breaksSyntax(text: string): boolean {
  return /[|@]/.test(text);
}
