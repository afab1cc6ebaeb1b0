import type { Dataset, Metric } from "../data/model.ts";

/** How much the provinces' reports overlap: the one finding the home page leads with. */
export interface CoverageSummary {
  /** Provinces on the site. */
  provinces: number;
  /** Measures in the dictionary (data/metrics.csv). */
  measures: number;
  /** Measures at least one province gave a number for (a stated count or share, not "given, no count"). */
  withNumbers: number;
  /** Measures with numbers from more than one province, in dictionary order: the only ones that can be set side by side. */
  shared: Metric[];
  /** Of `shared`, those the dictionary marks comparable as they stand (not counted differently from province to province). */
  comparable: Metric[];
}

/**
 * Counts the measures, how many carry numbers from more than one province, and how many of those compare as
 * they stand. A figure without a number ("unquantified") does not count as a number: it cannot be compared.
 */
export function coverageSummary(dataset: Pick<Dataset, "metrics" | "provinces" | "results">): CoverageSummary {
  const provincesWithNumber = new Map<string, Set<string>>();
  for (const row of dataset.results) {
    if (row.value === null) continue;
    const set = provincesWithNumber.get(row.metric) ?? new Set<string>();
    set.add(row.province);
    provincesWithNumber.set(row.metric, set);
  }
  const shared = dataset.metrics.filter((m) => (provincesWithNumber.get(m.id)?.size ?? 0) > 1);
  return {
    provinces: dataset.provinces.length,
    measures: dataset.metrics.length,
    withNumbers: dataset.metrics.filter((m) => provincesWithNumber.has(m.id)).length,
    shared,
    comparable: shared.filter((m) => m.comparable === "yes"),
  };
}
