import { didYouMean } from "./closest.ts";
import { allColumns, headerLine, type Columns } from "./columns.ts";
import type { Cell, CsvTable } from "./parseCsv.ts";
import type { Problem } from "./Problem.ts";
import { CELL, overLimit } from "./limits.ts";
import { PLACEHOLDER } from "./fields.ts";
import { undecidedMessage } from "./undecided.ts";

/** A CSV row as text by column name, with each cell's position for error messages. */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
  /** Where a column's cell of this row is; the row start when the cell is absent. */
  at(column: string): { line: number; column: number };
}

/** Checks a table's header against the expected columns and turns its rows into records by column name. */
export function readRecords(
  table: CsvTable,
  spec: Columns,
): { records: CsvRecord[]; problems: Problem[] } {
  const { file } = table;
  const known: readonly string[] = allColumns(spec);
  const expected = headerLine(spec);
  const problems: Problem[] = [...table.problems];

  if (table.header.length === 0 || table.header.every((c) => c.text.trim() === "")) {
    problems.push({ file, line: 1, column: 1, message: `the file is empty: its first line must be the header ${expected}` });
    return { records: [], problems };
  }

  // A file saved with semicolons or tabs (spreadsheets with Vietnamese regional settings) reads as one column.
  const only = table.header.length === 1 ? table.header[0]! : undefined;
  if (only && /[;\t]/.test(only.text)) {
    problems.push({ file, line: 1, column: 1, message: `the file is separated by ${only.text.includes(";") ? "semicolons (;)" : "tabs"}, not commas: save it as CSV with commas, so the header reads ${expected}` });
    return { records: [], problems };
  }
  const names = table.header.map((c) => c.text);
  const seen = new Set<string>();
  for (const cell of table.header) {
    if (seen.has(cell.text)) {
      problems.push({ file, ...pos(cell), message: `column "${cell.text}" appears twice in the header: keep one` });
    } else if (!known.includes(cell.text)) {
      const missing = known.filter((k) => !names.includes(k));
      problems.push({
        file,
        ...pos(cell),
        message: `column "${cell.text}" is not known.${didYouMean(cell.text, missing)} The header must be ${expected}`,
      });
    }
    seen.add(cell.text);
  }
  const end = table.header.at(-1)!;
  for (const name of spec.required) {
    if (names.includes(name)) continue;
    // A misspelt column was already reported at its cell; say nothing twice.
    if (table.header.some((c) => !known.includes(c.text) && didYouMean(c.text, [name]))) continue;
    problems.push({
      file,
      line: end.line,
      column: end.column + end.text.length,
      message: `the header has no "${name}" column: the header must be ${expected}`,
    });
  }
  if (problems.length > table.problems.length) return { records: [], problems };

  const records: CsvRecord[] = [];
  for (const row of table.rows) {
    // Appending extract's output with >> once brought a second header and npm's "> script" banner into files.
    if (row.cells.length === names.length && row.cells.every((c, i) => c.text.trim() === names[i])) {
      problems.push({ file, line: row.line, column: 1, message: `duplicate header: this line repeats the header of line ${table.header[0]!.line}; delete it` });
      continue;
    }
    if (row.cells.length === 1 && /^\s*> \S/.test(row.cells[0]!.text)) {
      problems.push({ file, line: row.line, column: 1, message: `this line is npm's banner ("${row.cells[0]!.text.trim()}"), not a row: delete it (npm run extract -- --to <slug> writes rows without it)` });
      continue;
    }
    if (row.cells.length !== names.length) {
      const extra = row.cells[names.length];
      problems.push({
        file,
        ...(extra ? pos(extra) : { line: row.line, column: 1 }),
        message:
          `this row has ${row.cells.length} cells but the header has ${names.length}: ` +
          (row.cells.length > names.length
            ? 'put a cell that contains a comma in double quotes ("…, …")'
            : "add the missing cells (an empty cell is written as nothing between two commas)"),
      });
      continue;
    }
    const byName = new Map<string, Cell>(names.map((n, i) => [n, row.cells[i]!]));
    problems.push(...placeholders(file, byName));
    for (const [name, cell] of byName) {
      if (cell.text.length > CELL.max) problems.push({ file, ...pos(cell), message: `column "${name}": ${overLimit(CELL, cell.text.length, "keep the quote to the phrase that states the figure, and the note to a few sentences")}` });
    }
    const values: Record<string, string> = {};
    for (const name of known) values[name] = byName.get(name)?.text ?? "";
    records.push({
      line: row.line,
      values,
      at: (column) => {
        const cell = byName.get(column);
        return cell ? pos(cell) : { line: row.line, column: 1 };
      },
    });
  }
  return { records, problems };
}

/**
 * Every cell of a row that still says TODO, in any case: nothing marked unfinished is published. A metric cell the
 * extractor left undecided ("TODO", "TODO:<id>") is the results reader's to explain, with its own message.
 */
function placeholders(file: string, cells: Map<string, Cell>): Problem[] {
  return [...cells].flatMap(([name, cell]) => {
    const found = PLACEHOLDER.exec(cell.text);
    if (!found || (name === "metric" && undecidedMessage(cell.text))) return [];
    return [{ file, ...pos(cell), message: `column "${name}" still says "${found[0]}": write the real text in its place (nothing marked TODO is published)` }];
  });
}

function pos(cell: Cell): { line: number; column: number } {
  return { line: cell.line, column: cell.column };
}
