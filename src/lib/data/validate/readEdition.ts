import { EDITION_COLUMNS } from "../columns.ts";
import type { TextFile } from "../model.ts";
import { parseCsv } from "../parseCsv.ts";
import type { Problem } from "../Problem.ts";
import { readRecords } from "../readRecords.ts";
import { editionRow, type Edition } from "../schemas.ts";
import { columnProblems } from "./readTable.ts";

/** Reads data/edition.csv: one row, the site's first publication and latest update. */
export function readEdition(file: TextFile, problems: Problem[]): Edition {
  const { records, problems: found } = readRecords(parseCsv(file.text, file.path), EDITION_COLUMNS);
  problems.push(...found);
  const fallback = { published: "", updated: "" };
  if (found.length) return fallback;
  if (records.length !== 1) {
    const line = records.length ? records[1]!.line : 2;
    problems.push({ file: file.path, line, column: 1, message: records.length ? "keep one row: the day of first publication and the day of the latest update" : "write one row under the header: published,updated as YYYY-MM-DD" });
    return fallback;
  }
  const parsed = editionRow.safeParse(records[0]!.values);
  if (!parsed.success) {
    problems.push(...columnProblems(file.path, records[0]!, parsed.error.issues));
    return fallback;
  }
  return parsed.data;
}
