import { parseCsv } from "../../src/lib/data/parseCsv.ts";
import { appendLines } from "../../src/lib/extract/appendRows.ts";

/**
 * Appends rows (cells by column name) to a table that is keyed by its `id` column (data/sources.csv,
 * data/metrics.csv), in the file's own column order and line endings, keeping every existing byte. appendRows
 * is for results files: it recognises a row by its source and quote, which these tables do not have.
 */
export function appendRecords(fileText: string, rows: readonly Record<string, string>[]): string {
  const columns = parseCsv(fileText, "").header.map((c) => c.text);
  return appendLines(fileText, columns, rows.map((row) => columns.map((c) => row[c] ?? "")));
}
