import type { Dataset, Metric, Province } from "../data/model.ts";
import { figureKey, type Figure } from "./figures.ts";
import { sortProvinces } from "./sortProvinces.ts";

/** What a province did about one measure: gave a number, said it happened without a count, or did not report it. */
export type CoverageStatus = "number" | "unquantified" | "none";

/** One cell of the coverage matrix: a measure and a province, with the figure where there is one. */
export interface CoverageCell {
  metric: Metric;
  province: Province;
  figure?: Figure;
  status: CoverageStatus;
}

/** Every measure × every province (north to south), in dictionary order. */
export function coverageCells(dataset: Dataset, figures: ReadonlyMap<string, Figure>): CoverageCell[] {
  const provinces = sortProvinces(dataset.provinces);
  return dataset.metrics.flatMap((metric) =>
    provinces.map((province) => {
      const figure = figures.get(figureKey(province.slug, metric.id));
      const status: CoverageStatus = !figure ? "none" : figure.value === null ? "unquantified" : "number";
      return { metric, province, figure, status };
    }),
  );
}

/** The measures a comparison figure shows, as data/metrics.csv's `compare` column assigns them, in dictionary order. */
export function comparisonMetrics(metrics: readonly Metric[], comparison: string): Metric[] {
  return metrics.filter((m) => m.compare === comparison);
}
