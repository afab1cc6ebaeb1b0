import type { Dataset, Metric, Province } from "../data/model.ts";
import { figureKey, type Figure } from "./figures.ts";
import { sortProvinces } from "./sortProvinces.ts";

/** Metrics as rows, provinces as columns; a cell is undefined where the province did not report the metric. */
export interface ComparisonTable {
  provinces: Province[];
  rows: { metric: Metric; cells: (Figure | undefined)[] }[];
}

/** Lays out the chosen metrics (in the given order) against every province, north to south. */
export function comparisonTable(
  dataset: Dataset,
  figures: ReadonlyMap<string, Figure>,
  metricIds: readonly string[],
): ComparisonTable {
  const provinces = sortProvinces(dataset.provinces);
  const byId = new Map(dataset.metrics.map((m) => [m.id, m]));
  const rows = metricIds.map((id) => {
    const metric = byId.get(id);
    if (!metric) throw new Error(`comparisonTable: no metric "${id}" in data/metrics.csv`);
    return { metric, cells: provinces.map((p) => figures.get(figureKey(p.slug, id))) };
  });
  return { provinces, rows };
}

/** Ids of the metrics of a group (or of every group), in dictionary order. */
export function metricsIn(dataset: Dataset, group?: Metric["group"]): string[] {
  return dataset.metrics.filter((m) => group === undefined || m.group === group).map((m) => m.id);
}
