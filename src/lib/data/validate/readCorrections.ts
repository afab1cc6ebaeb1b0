import { CORRECTION_COLUMNS } from "../columns.ts";
import type { Result, TextFile } from "../model.ts";
import { parseCsv } from "../parseCsv.ts";
import { parseValue } from "../parseValue.ts";
import type { Problem } from "../Problem.ts";
import { PATHS } from "../projectPaths.ts";
import { readRecords } from "../readRecords.ts";
import { correctionRow, type Correction, type Edition } from "../schemas.ts";
import { columnProblems } from "./readTable.ts";

/**
 * Reads data/corrections.csv: each row must name a published figure, its "to" must be that figure now and differ
 * from its "from", no figure is corrected twice on one day, and none may be dated after the site's latest update (data/edition.csv),
 * which every citation gives as the date of the text it cites.
 */
export function readCorrections(file: TextFile, results: readonly Result[], edition: Edition, problems: Problem[]): Correction[] {
  const { records, problems: found } = readRecords(parseCsv(file.text, file.path), CORRECTION_COLUMNS);
  problems.push(...found);
  const seen = new Map<string, number>();
  return records.flatMap((record): Correction[] => {
    const parsed = correctionRow.safeParse(record.values);
    if (!parsed.success) {
      problems.push(...columnProblems(file.path, record, parsed.error.issues));
      return [];
    }
    const c = parsed.data;
    const say = (column: string, message: string) => problems.push({ file: file.path, ...record.at(column), message });
    // One correction per figure and day: the corrections page anchors each at date-province-metric-source
    // (project/paths.ts correctionAnchor), so a second one would repeat an id and a figure's link would find either.
    const key = JSON.stringify([c.date, c.province, c.metric, c.source]);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      say("date", `line ${earlier} already corrects this figure (${c.metric} from ${c.source}) on ${c.date}: keep one row per figure and day, with the value published before the day in "from"`);
      return [];
    }
    seen.set(key, record.line);
    let ok = true;
    if (edition.updated && c.date > edition.updated) {
      say("date", `the correction is dated ${c.date}, after the site's latest update (${edition.updated} in ${PATHS.edition}): write the day it was published, and set updated in ${PATHS.edition} to that day`);
      ok = false;
    }
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
    } else if (from.ok && from.value === to.value) {
      say("from", `"from" and "to" are both ${c.to.trim() || "empty"}: a correction changes a figure, so write in "from" the value published before`);
      ok = false;
    }
    return ok && from.ok && to.ok && to.value === row.value ? [c] : [];
  });
}
