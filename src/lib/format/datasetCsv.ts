import type { Metric, Result, Source } from "../data/model.ts";
import { toCsv } from "./toCsv.ts";

/** Column order of the downloadable dictionary, as in data/metrics.csv. */
const METRIC_COLUMNS = ["id", "group", "label_vi", "label_en", "unit", "comparable", "award_level", "recipient", "definition_vi", "definition_en", "keywords_vi"] as const;
/** Column order of the downloadable sources, as in data/sources.csv. */
const SOURCE_COLUMNS = ["id", "province", "outlet", "title", "published", "event_date", "author", "url", "archive", "note", "note_en"] as const;
/** Column order of a downloadable results file, as in data/results/<slug>.csv. */
const RESULT_COLUMNS = ["metric", "value", "qualifier", "source", "quote", "note", "note_en"] as const;

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
