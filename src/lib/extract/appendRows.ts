import { parseCsv } from "../data/parseCsv.ts";
import { toCsv } from "../format/toCsv.ts";

/** What appending rows to a CSV file gives: the new text, and which rows went in and which were there already. */
export interface Appended {
  text: string;
  added: string[][];
  present: string[][];
}

/**
 * Appends rows (cells by column name) to the text of a CSV file that has a header: in the file's own column
 * order and line endings, after a line break if the file lacks a final one, without a second header, and
 * without a row the file already holds. A row is already there when a row of the file has the same source
 * and quote (an editor may since have decided its metric or written its note), or the same cells.
 */
export function appendRows(fileText: string, rows: readonly Record<string, string>[]): Appended {
  const table = parseCsv(fileText, "");
  const columns = table.header.map((c) => c.text);
  const index = (name: string) => columns.indexOf(name);
  const existing = table.rows.map((r) => r.cells.map((c) => c.text));
  const keyOf = (cells: readonly string[]) => `${cells[index("source")] ?? ""}\u0000${cells[index("quote")] ?? ""}`;
  const seen = new Set([...existing.map(keyOf), ...existing.map((cells) => cells.join("\u0000"))]);
  const added: string[][] = [];
  const present: string[][] = [];
  for (const row of rows) {
    const cells = columns.map((c) => row[c] ?? "");
    if (seen.has(keyOf(cells)) || seen.has(cells.join("\u0000"))) {
      present.push(cells);
      continue;
    }
    seen.add(keyOf(cells));
    added.push(cells);
  }
  return { text: appendLines(fileText, columns, added), added, present };
}

/**
 * Appends rows of cells (in the file's column order) to the text of a CSV file that has a header, with the
 * file's line endings, after a line break if it lacks a final one, keeping every existing byte.
 */
export function appendLines(fileText: string, columns: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return fileText;
  const eol = /\r\n/.test(fileText) ? "\r\n" : "\n";
  // toCsv writes a header line first; the file has its own, so only each row's own line is kept. Cells for
  // editors keep every character (no formula guard).
  const header = toCsv(columns, []);
  const lines = rows.map((cells) => toCsv(columns, [cells], { guardFormulas: false }).slice(header.length, -1));
  const body = fileText === "" || /\n$/.test(fileText) ? fileText : fileText + eol;
  return body + lines.join(eol) + eol;
}
