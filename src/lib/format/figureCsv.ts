import type { ChartFigure } from "../shape/chartModel.ts";
import { toCsv } from "./toCsv.ts";

/** Columns of a chart's CSV download: the editor's results format, with the province each row is about. */
export const FIGURE_CSV_COLUMNS = ["province", "metric", "value", "qualifier", "source", "quote", "note", "note_en"] as const;

/** A chart's CSV: the editor's rows behind its marks; for a figure drawn from no such rows (the map), its table. */
export function figureCsv(figure: ChartFigure): string {
  if (figure.csvRows.length) {
    return toCsv(FIGURE_CSV_COLUMNS, figure.csvRows.map((r) => [r.province, r.metric, r.value, r.qualifier, r.source, r.quote, r.note, r.note_en]));
  }
  return toCsv(["", ...figure.table.columns], figure.table.rows.map((r) => [r.header, ...r.cells]));
}
