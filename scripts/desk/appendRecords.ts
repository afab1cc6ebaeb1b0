import { parseCsv } from "../../src/lib/data/parseCsv.ts";
import { toCsv } from "../../src/lib/format/toCsv.ts";

/**
 * Appends rows (cells by column name) to a table that is keyed by its `id` column (data/sources.csv,
 * data/metrics.csv), in the file's own column order and line endings, keeping every existing byte. appendRows
 * is for results files: it recognises a row by its source and quote, which these tables do not have.
 */
export function appendRecords(fileText: string, rows: readonly Record<string, string>[]): string {
  if (!rows.length) return fileText;
  const columns = parseCsv(fileText, "").header.map((c) => c.text);
  const eol = /\r\n/.test(fileText) ? "\r\n" : "\n";
  const header = toCsv(columns, []);
  // Cells for editors keep every character (no formula guard), as appendRows writes them.
  const lines = rows.map((row) => toCsv(columns, [columns.map((c) => row[c] ?? "")], { guardFormulas: false }).slice(header.length, -1));
  const body = fileText === "" || /\n$/.test(fileText) ? fileText : fileText + eol;
  return body + lines.join(eol) + eol;
}
