import { correctionRow, editionRow, metricRow, resultRow, sourceRow } from "./schemas.ts";

/** The header a CSV file must have: every column its schema names, of which `optional` may be left out. */
export interface Columns<K extends string = string> {
  required: readonly K[];
  optional: readonly K[];
}

/** Columns of a schema's rows, read from its shape so that a column is named in one place only. */
function columnsOf<K extends string>(shape: Record<K, unknown>, optional: readonly NoInfer<K>[] = []): Columns<K> {
  return { required: (Object.keys(shape) as K[]).filter((c) => !optional.includes(c)), optional };
}

/** Column names of `data/results/<slug>.csv`; `note` and its English `note_en` may be left out. */
export const RESULT_COLUMNS = columnsOf(resultRow.shape, ["note", "note_en"]);
/** Column names of `data/metrics.csv`; `reading`, `compare` and `keywords_vi` may be left out. */
export const METRIC_COLUMNS = columnsOf(metricRow.shape, ["reading", "compare", "keywords_vi"]);
/** Column names of `data/sources.csv`; the archive name and the notes may be left out. */
export const SOURCE_COLUMNS = columnsOf(sourceRow.shape, ["archive", "note", "note_en"]);
/** Column names of `data/corrections.csv`. */
export const CORRECTION_COLUMNS = columnsOf(correctionRow.shape);
/** Column names of `data/edition.csv`. */
export const EDITION_COLUMNS = columnsOf(editionRow.shape);

/** Every column of a file, in the order an editor writes its header. */
export function allColumns<K extends string>(columns: Columns<K>): K[] {
  return [...columns.required, ...columns.optional];
}

/** The full header line of a file with these columns, as an editor writes it. */
export function headerLine(columns: Columns): string {
  return allColumns(columns).join(",");
}
