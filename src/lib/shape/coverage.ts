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

/** What the matrix shows, counted: the finding its subtitle states. */
export interface CoverageSummary {
  /** Measures in the dictionary. */
  measures: number;
  /** Measures with a number from more than one province. */
  shared: Metric[];
  /** Of those, the ones each province counts its own way (comparable: caution). */
  sharedDiffering: Metric[];
  /** Measures at least one province reported. */
  reported: number;
  /** Per province, north to south: how many measures it reported (with or without a count). */
  perProvince: { province: Province; reported: number }[];
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

/** Counts what the matrix shows: how many measures have numbers from more than one province, and how much each province reported. */
export function coverageSummary(dataset: Dataset, cells: readonly CoverageCell[]): CoverageSummary {
  const of = (m: Metric) => cells.filter((c) => c.metric === m);
  const shared = dataset.metrics.filter((m) => of(m).filter((c) => c.status === "number").length > 1);
  return {
    measures: dataset.metrics.length,
    shared,
    sharedDiffering: shared.filter((m) => m.comparable !== "yes"),
    reported: dataset.metrics.filter((m) => of(m).some((c) => c.status !== "none")).length,
    perProvince: sortProvinces(dataset.provinces).map((province) => ({ province, reported: cells.filter((c) => c.province === province && c.status !== "none").length })),
  };
}

/** The measures a comparison figure shows, as data/metrics.csv's `compare` column assigns them, in dictionary order. */
export function comparisonMetrics(metrics: readonly Metric[], comparison: string): Metric[] {
  return metrics.filter((m) => m.compare === comparison);
}
