import type { Dataset, Metric } from "../data/model.ts";
import { comparisonTable, type ComparisonTable } from "./comparisonTable.ts";
import type { Figure } from "./figures.ts";

/** The whole dictionary against every province, split by metric group, with how much of it overlaps. */
export interface CoverageTable {
  sections: { group: Metric["group"]; table: ComparisonTable }[];
  /** How many metrics at least one province reported. */
  reported: number;
  /** How many metrics two or more provinces reported, i.e. can be compared at all. */
  shared: number;
}

/** Builds the "what each province reported" matrix: every metric × every province. */
export function coverageTable(dataset: Dataset, figures: ReadonlyMap<string, Figure>): CoverageTable {
  const groups = [...new Set(dataset.metrics.map((m) => m.group))];
  const sections = groups.map((group) => ({
    group,
    table: comparisonTable(dataset, figures, dataset.metrics.filter((m) => m.group === group).map((m) => m.id)),
  }));
  const counts = sections.flatMap((s) => s.table.rows.map((r) => r.cells.filter(Boolean).length));
  return { sections, reported: counts.filter((n) => n >= 1).length, shared: counts.filter((n) => n >= 2).length };
}
