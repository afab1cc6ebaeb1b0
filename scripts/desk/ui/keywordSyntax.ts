// The dictionary's keyword syntax (data/metrics.csv's keywords_vi), read into rows and written back, so the
// editor fills in boxes instead of learning it: "a|b" is two phrases; "a@b" the phrase a with b somewhere in
// the same clause; "a@!b" the phrase a with b nowhere in it; a phrase may carry several of each (the
// extractor's guessMetric reads them so). Pure: the page and the tests use it alike.

/** One phrase of keywords_vi: the words right after a number, and the words needed, or not allowed, in its clause. */
export interface KeywordRow {
  words: string;
  /** Each must be in the figure's clause. */
  near: string[];
  /** None may be in the figure's clause. */
  notNear: string[];
}

/** The rows a keywords_vi cell holds (none for an empty cell). */
export function readKeywords(cell: string): KeywordRow[] {
  return cell
    .split("|")
    .filter((k) => k.trim() !== "")
    .map((k) => {
      const [words, ...conditions] = k.split("@");
      const near = conditions.filter((c) => !c.startsWith("!")).map((c) => c.trim());
      const notNear = conditions.filter((c) => c.startsWith("!")).map((c) => c.slice(1).trim());
      return { words: words!.trim(), near, notNear };
    });
}

/** The keywords_vi cell of some rows; a row without words is left out (its conditions alone mean nothing). */
export function writeKeywords(rows: readonly KeywordRow[]): string {
  const clean = (list: readonly string[]) => list.map((c) => c.trim()).filter(Boolean);
  return rows
    .filter((r) => r.words.trim() !== "")
    .map((r) => [r.words.trim(), ...clean(r.near), ...clean(r.notNear).map((c) => `!${c}`)].join("@"))
    .join("|");
}

/** The phrases of a box that holds one a line, as the page shows them: one per line, empty lines dropped. */
export function linesOf(text: string): string[] {
  return text.split("\n").map((l) => l.trim()).filter(Boolean);
}

/** True when a box's text holds a character of the syntax itself (| or @), which would change what the cell says. */
export function breaksSyntax(text: string): boolean {
  return /[|@]/.test(text);
}
