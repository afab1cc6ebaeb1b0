import { didYouMean } from "../closest.ts";
import { RESULT_COLUMNS } from "../columns.ts";
import type { Metric, Result, Source, TextFile } from "../model.ts";
import { parseCsv } from "../parseCsv.ts";
import { parseValue } from "../parseValue.ts";
import { cellAt } from "../positions.ts";
import type { Problem } from "../Problem.ts";
import { isQualifier, QUALIFIERS, type Qualifier } from "../../text/qualifiers.ts";
import { QUALIFIER_WORDS } from "../../text/bounds.ts";
import { readRecords } from "../readRecords.ts";
import { resultRow } from "../schemas.ts";
import { undecidedMessage } from "../undecided.ts";
import { checkFigure } from "./checkFigure.ts";
import { columnProblems } from "./readTable.ts";
import { UNTRANSLATED_NOTE } from "./untranslatedNote.ts";

/**
 * Reads a province's results file: each row through its schema, against the metric dictionary and the sources,
 * and against its own quote. Returns the valid rows and the metrics the file names (null until the file is right).
 */
export function readResults(
  file: TextFile,
  slug: string,
  metrics: Map<string, Metric>,
  sources: Map<string, Source>,
  known: { metrics: ReadonlySet<string>; sources: ReadonlySet<string>; slugs: ReadonlySet<string> },
  problems: Problem[],
): { results: Result[]; mentioned: Set<string> | null } {
  const { slugs } = known;
  const before = problems.length;
  const { records, problems: found } = readRecords(parseCsv(file.text, file.path), RESULT_COLUMNS);
  problems.push(...found);
  const results: Result[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    const say = (column: string, message: string) => problems.push({ file: file.path, ...record.at(column), message });
    const rowStart = problems.length;
    // A row the extractor left for an editor to decide says only that, at its metric cell, until decided.
    const undecided = undecidedMessage(record.values.metric!);
    if (undecided) {
      say("metric", undecided);
      continue;
    }
    const parsed = resultRow.safeParse(record.values);
    if (!parsed.success) problems.push(...columnProblems(file.path, record, parsed.error.issues));
    const { metric: metricId, source: sourceId, qualifier, quote } = record.values as Record<string, string>;

    const metric = metrics.get(metricId!);
    if (metricId && !known.metrics.has(metricId)) say("metric", `"${metricId}" is not in data/metrics.csv: use an id from there, or add the metric to it first.${didYouMean(metricId, metrics.keys())}`);
    const source = sources.get(sourceId!);
    if (sourceId && !known.sources.has(sourceId)) say("source", `"${sourceId}" is not in data/sources.csv: add the article there first, or use its id.${didYouMean(sourceId, sources.keys())}`);
    else if (source && slugs.has(source.province) && source.province !== slug) say("source", `source "${sourceId}" is an article about ${source.province}, not ${slug}: cite an article about ${slug}`);

    const key = `${metricId}\u0000${sourceId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) say("metric", `"${metricId}" from "${sourceId}" is already on line ${earlier}: keep one row per metric and source`);
    else seen.set(key, record.line);

    if (!isQualifier(qualifier!)) {
      const meant = QUALIFIER_WORDS[qualifier!.trim().toLowerCase()];
      const spaced = qualifier !== qualifier!.trim() && isQualifier(qualifier!.trim());
      say("qualifier", spaced ? `"${qualifier}" has spaces around it: write ${qualifier!.trim()}` : `"${qualifier}" is not a qualifier: write ${meant ? `${meant} for "${qualifier}"` : `one of ${QUALIFIERS.join(", ")}`}`);
    }
    const value = parseValue(record.values.value!);
    if (!value.ok) say("value", value.message);

    if (problems.length === rowStart && metric && value.ok && isQualifier(qualifier!)) {
      checkFigure(metric, value.value, record.values.value!, qualifier, quote!, say);
    }
    if ((record.values.note ?? "").trim() && !(record.values.note_en ?? "").trim()) say("note_en", UNTRANSLATED_NOTE);
    if (problems.length === rowStart && value.ok) {
      results.push({
        province: slug,
        metric: metricId!,
        value: value.value,
        qualifier: qualifier as Qualifier,
        source: sourceId!,
        quote: quote!,
        note: record.values.note ?? "",
        note_en: record.values.note_en ?? "",
        file: file.path,
        line: record.line,
        cells: { value: record.at("value"), quote: record.at("quote"), source: record.at("source") },
      });
    }
  }
  checkAgreement(results, problems);
  // Until the file itself is right, checking what stories cite from it would only repeat its problems.
  return { results, mentioned: problems.length > before ? null : new Set(results.map((r) => r.metric)) };
}

/** Two articles stating the same figure for a province must agree; a difference is for an editor to settle. */
function checkAgreement(results: readonly Result[], problems: Problem[]): void {
  const first = new Map<string, Result>();
  for (const r of results) {
    const earlier = first.get(r.metric);
    if (!earlier) first.set(r.metric, r);
    else if (earlier.value !== r.value || earlier.qualifier !== r.qualifier) {
      problems.push({
        file: r.file,
        ...cellAt(r, "value"),
        message: `${r.source} gives ${r.qualifier} ${r.value ?? ""} for ${r.metric} but line ${earlier.line} (${earlier.source}) gives ${earlier.qualifier} ${earlier.value ?? ""}: keep the figure you can stand behind and explain the other in its note`,
      });
    }
  }
}

