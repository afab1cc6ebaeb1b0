import { parseCsv } from "../data/parseCsv.ts";

/** What recording an archived copy's file name in data/sources.csv did, with the file's new text when it changed. */
export type ArchiveRecord =
  | { kind: "written"; text: string }
  | { kind: "already" }
  | { kind: "different"; name: string }
  | { kind: "no-row"; columns: string[] }
  | { kind: "no-column" };

/**
 * Writes `name` into the `archive` cell of source `id` in the text of data/sources.csv, when that cell is empty;
 * every other byte of the file stays as it was. A cell that already names another file is left alone (the
 * editor chose it) and reported, as is a source that has no row yet, with the file's columns to write one.
 */
export function recordArchive(sourcesText: string, id: string, name: string): ArchiveRecord {
  const table = parseCsv(sourcesText, "");
  const columns = table.header.map((c) => c.text);
  const idAt = columns.indexOf("id");
  const archiveAt = columns.indexOf("archive");
  const row = table.rows.find((r) => r.cells[idAt]?.text === id);
  if (!row) return { kind: "no-row", columns };
  const cell = archiveAt === -1 ? undefined : row.cells[archiveAt];
  if (!cell) return { kind: "no-column" };
  if (cell.text === name) return { kind: "already" };
  if (cell.text.trim() !== "") return { kind: "different", name: cell.text };
  const offset = lineStart(sourcesText, cell.line) + cell.column - 1;
  // A quoted empty cell ("") gets the name inside its quotes.
  const at = sourcesText.startsWith('""', offset) ? offset + 1 : offset;
  const safe = /[",\r\n]/.test(name) && at === offset ? `"${name.replaceAll('"', '""')}"` : name;
  return { kind: "written", text: sourcesText.slice(0, at) + safe + sourcesText.slice(at) };
}

/** Offset of the start of a 1-based line (after a byte-order mark, which parseCsv drops). */
function lineStart(text: string, line: number): number {
  let at = text.startsWith("\uFEFF") ? 1 : 0;
  for (let l = 1; l < line; l++) at = text.indexOf("\n", at) + 1;
  return at;
}
