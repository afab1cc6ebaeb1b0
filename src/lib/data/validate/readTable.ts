import type { z } from "astro/zod";
import type { Columns } from "../columns.ts";
import { parseCsv } from "../parseCsv.ts";
import type { Problem } from "../Problem.ts";
import type { TextFile } from "../model.ts";
import { readRecords, type CsvRecord } from "../readRecords.ts";

/** A valid row of a table with the record it came from, for positions. */
export interface TableRow<T> {
  row: T;
  record: CsvRecord;
}

/**
 * Reads a CSV table keyed by one column: each row through its schema, each key once. Returns the valid rows and
 * every key written (valid rows or not, so references to a row that is wrong for another reason get no second
 * message).
 */
export function readTable<S extends z.ZodType<Record<string, string>>>(
  file: TextFile,
  columns: Columns,
  schema: S,
  problems: Problem[],
  key: string,
): { rows: TableRow<z.infer<S>>[]; ids: Set<string> } {
  const { records, problems: found } = readRecords(parseCsv(file.text, file.path), columns);
  problems.push(...found);
  const rows: TableRow<z.infer<S>>[] = [];
  const ids = new Set(records.map((r) => r.values[key]!));
  const firstLine = new Map<string, number>();
  for (const record of records) {
    const parsed = schema.safeParse(record.values);
    if (!parsed.success) {
      problems.push(...columnProblems(file.path, record, parsed.error.issues));
      continue;
    }
    const id = record.values[key]!;
    const earlier = firstLine.get(id);
    if (earlier !== undefined) {
      problems.push({ file: file.path, ...record.at(key), message: `"${id}" is already defined on line ${earlier}: ids must be unique, rename one of them` });
      continue;
    }
    firstLine.set(id, record.line);
    rows.push({ row: parsed.data, record });
  }
  return { rows, ids };
}

/** A schema's issues with a row, each at the cell of its column. */
export function columnProblems(file: string, record: CsvRecord, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => {
    const column = String(issue.path[0] ?? "");
    return { file, ...record.at(column), message: `column "${column}": ${issue.message}` };
  });
}
