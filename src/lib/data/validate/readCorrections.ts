import { CORRECTION_COLUMNS } from "../columns.ts";
import type { Result, TextFile } from "../model.ts";
import { parseCsv } from "../parseCsv.ts";
import { parseValue } from "../parseValue.ts";
import type { Problem } from "../Problem.ts";
import { PATHS } from "../projectPaths.ts";
import { readRecords } from "../readRecords.ts";
import { correctionRow, type Correction } from "../schemas.ts";
import { columnProblems } from "./readTable.ts";

/** Reads data/corrections.csv: each row must name a published figure, and its "to" must be that figure now. */
export function readCorrections(file: TextFile, results: readonly Result[], problems: Problem[]): Correction[] {
  const { records, problems: found } = readRecords(parseCsv(file.text, file.path), CORRECTION_COLUMNS);
  problems.push(...found);
  return records.flatMap((record): Correction[] => {
    const parsed = correctionRow.safeParse(record.values);
    if (!parsed.success) {
      problems.push(...columnProblems(file.path, record, parsed.error.issues));
      return [];
    }
    const c = parsed.data;
    const say = (column: string, message: string) => problems.push({ file: file.path, ...record.at(column), message });
    const row = results.find((r) => r.province === c.province && r.metric === c.metric && r.source === c.source);
    if (!row) {
      say("metric", `no row of ${PATHS.results}/${c.province}.csv has metric "${c.metric}" from "${c.source}": a correction must name a published figure`);
      return [];
    }
    const [from, to] = [parseValue(c.from), parseValue(c.to)];
    if (!from.ok) say("from", from.message);
    if (!to.ok) say("to", to.message);
    else if (to.value !== row.value) {
      say("to", `"${c.to}" is not the figure now published (${row.value ?? "empty"}, line ${row.line} of ${row.file}): correct the results file first, then write its value here`);
    }
    return from.ok && to.ok && to.value === row.value ? [c] : [];
  });
}
