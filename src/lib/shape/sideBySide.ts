import type { Dataset, Metric, Province } from "../data/model.ts";
import { AWARD_LEVELS, RECIPIENTS } from "../data/schemas.ts";
import { METRIC_COMPARISONS } from "../data/figureIds.ts";
import { comparisonMetrics, type CoverageStatus } from "./coverage.ts";
import { figureKey, type Figure } from "./figures.ts";
import { sortProvinces } from "./sortProvinces.ts";

/** The three things the site compares, in the order readers meet them. */
export type SideTopic = (typeof METRIC_COMPARISONS)[number];

/** One column of the side-by-side view: a measure (models, launches, attendance) or one awarding body's awards. */
export interface SideColumn {
  /** A metric id, or `award:<level>` for an awarding body. */
  key: string;
  topic: SideTopic;
  /** The measure, for models and campaigns. */
  metric?: Metric;
  /** The awarding body, for awards, with its metric per kind of recipient. */
  award?: { level: (typeof AWARD_LEVELS)[number]; metrics: Partial<Record<(typeof RECIPIENTS)[number], Metric>> };
}

/** One part of a cell: a figure of one metric (awards have one per kind of recipient). */
export interface SidePart {
  metric: Metric;
  figure: Figure;
  recipient?: (typeof RECIPIENTS)[number];
}

/** A province × column: what the province reported there, in the site's three states. */
export interface SideCell {
  column: SideColumn;
  /** "number" when any part has a count, "unquantified" when it was only mentioned, "none" when not reported. */
  status: CoverageStatus;
  parts: SidePart[];
}

/** A province's row of the view. */
export interface SideRow {
  province: Province;
  cells: SideCell[];
}

/** The view: its columns, grouped by topic, and a row per province (north to south). */
export interface SideBySide {
  columns: SideColumn[];
  rows: SideRow[];
}

/**
 * Models, campaign launches and attendance, and awards by awarding body, for every province: the comparison the
 * site exists for, computed from the dictionary's `compare` column and `award_level`, so a new province or a
 * new measure appears in it without code. An awarding body nobody mentioned is left out; a measure is kept.
 */
export function sideBySide(dataset: Dataset, figures: ReadonlyMap<string, Figure>): SideBySide {
  const columns: SideColumn[] = METRIC_COMPARISONS.flatMap((topic): SideColumn[] => {
    if (topic !== "awards") return comparisonMetrics(dataset.metrics, topic).map((metric) => ({ key: metric.id, topic, metric }));
    return AWARD_LEVELS.map((level): SideColumn => {
      const metrics: NonNullable<SideColumn["award"]>["metrics"] = {};
      for (const m of dataset.metrics) if (m.award_level === level && m.recipient) metrics[m.recipient] = m;
      return { key: `award:${level}`, topic, award: { level, metrics } };
    });
  });
  const provinces = sortProvinces(dataset.provinces);
  const cell = (province: Province, column: SideColumn): SideCell => {
    const wanted: { metric: Metric; recipient?: SidePart["recipient"] }[] = column.metric
      ? [{ metric: column.metric }]
      : RECIPIENTS.flatMap((recipient) => (column.award!.metrics[recipient] ? [{ metric: column.award!.metrics[recipient]!, recipient }] : []));
    const parts = wanted.flatMap(({ metric, recipient }) => {
      const figure = figures.get(figureKey(province.slug, metric.id));
      return figure ? [{ metric, figure, recipient }] : [];
    });
    const status: CoverageStatus = parts.length === 0 ? "none" : parts.some((p) => p.figure.value !== null) ? "number" : "unquantified";
    return { column, status, parts };
  };
  const rows = provinces.map((province) => ({ province, cells: columns.map((c) => cell(province, c)) }));
  // An awarding body no province mentioned would be a column of "not reported" only.
  const kept = columns.filter((c, i) => c.topic !== "awards" || rows.some((r) => r.cells[i]!.status !== "none"));
  return { columns: kept, rows: rows.map((r) => ({ ...r, cells: r.cells.filter((c) => kept.includes(c.column)) })) };
}
