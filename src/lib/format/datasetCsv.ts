import { allColumns, METRIC_COLUMNS as METRICS, RESULT_COLUMNS as RESULTS, SOURCE_COLUMNS as SOURCES } from "../data/columns.ts";
import type { Metric, Result, Source } from "../data/model.ts";
import { toCsv } from "./toCsv.ts";

/** Column order of the downloadable dictionary, as in data/metrics.csv, without `compare`: which chart of this
 * site shows a metric is the site's layout, not part of the data readers download; nor `reading`, which tells
 * the quote check what kind of number a metric publishes (no metric sets it yet, so the download is unchanged). */
const METRIC_COLUMNS = allColumns(METRICS).filter((c) => c !== "compare" && c !== "reading");
/** Column order of the downloadable sources, as in data/sources.csv. */
const SOURCE_COLUMNS = allColumns(SOURCES);
/** Column order of a downloadable results file, as in data/results/<slug>.csv. */
const RESULT_COLUMNS = allColumns(RESULTS);

/** The metric dictionary as readers download it: the editor's columns, each text cell safe to open in a spreadsheet. */
export function metricsCsv(metrics: readonly Metric[]): string {
  return toCsv(METRIC_COLUMNS, metrics.map((m) => METRIC_COLUMNS.map((c) => m[c])));
}

/** The sources as readers download them. */
export function sourcesCsv(sources: readonly Source[]): string {
  return toCsv(SOURCE_COLUMNS, sources.map((s) => SOURCE_COLUMNS.map((c) => s[c])));
}

/** One province's figures as readers download them. */
export function resultsCsv(results: readonly Result[]): string {
  return toCsv(RESULT_COLUMNS, results.map((r) => RESULT_COLUMNS.map((c) => r[c])));
}
