import type { Dataset, Metric, Province } from "../data/model.ts";
import { sortProvinces } from "./sortProvinces.ts";

/** How much the provinces' reports overlap: the finding the home page leads with and the coverage matrix states. */
export interface CoverageSummary {
  /** Provinces on the site. */
  provinces: number;
  /** Measures in the dictionary (data/metrics.csv). */
  measures: number;
  /** Measures at least one province reported, with or without a count. */
  reported: number;
  /** Measures at least one province gave a number for (a stated count or share, not "given, no count"). */
  withNumbers: number;
  /** Measures with numbers from more than one province, in dictionary order: the only ones that can be set side by side. */
  shared: Metric[];
  /** Of `shared`, those the dictionary marks comparable as they stand (not counted differently from province to province). */
  comparable: Metric[];
  /** Of `shared`, those each province counts its own way: `shared` less `comparable`. */
  sharedDiffering: Metric[];
  /** Per province, north to south: how many measures it reported (with or without a count). */
  perProvince: { province: Province; reported: number }[];
}

/**
 * Counts the measures, how many carry numbers from more than one province, how many of those compare as they
 * stand, and how much each province reported. A figure without a number ("unquantified") is reported but is
 * not a number: it cannot be compared.
 */
export function coverageSummary(dataset: Pick<Dataset, "metrics" | "provinces" | "results">): CoverageSummary {
  const known = new Set(dataset.metrics.map((m) => m.id));
  const withNumber = new Map<string, Set<string>>();
  const reportedBy = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => map.set(key, (map.get(key) ?? new Set()).add(value));
  for (const row of dataset.results) {
    if (!known.has(row.metric)) continue;
    add(reportedBy, row.metric, row.province);
    if (row.value !== null) add(withNumber, row.metric, row.province);
  }
  const shared = dataset.metrics.filter((m) => (withNumber.get(m.id)?.size ?? 0) > 1);
  return {
    provinces: dataset.provinces.length,
    measures: dataset.metrics.length,
    reported: reportedBy.size,
    withNumbers: withNumber.size,
    shared,
    comparable: shared.filter((m) => m.comparable === "yes"),
    sharedDiffering: shared.filter((m) => m.comparable !== "yes"),
    perProvince: sortProvinces(dataset.provinces).map((province) => ({
      province,
      reported: dataset.metrics.filter((m) => reportedBy.get(m.id)?.has(province.slug)).length,
    })),
  };
}
