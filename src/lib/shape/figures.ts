import type { Result } from "../data/model.ts";
import type { Qualifier } from "../text/qualifiers.ts";

/** What a province reported for one metric: the value (all its sources agree) and the rows that state it. */
export interface Figure {
  province: string;
  metric: string;
  value: number | null;
  qualifier: Qualifier;
  /** One row per article that states the figure, in file order. */
  rows: Result[];
}

/** Groups results into figures, one per province and metric, keyed `province/metric`. */
export function indexFigures(results: readonly Result[]): Map<string, Figure> {
  const figures = new Map<string, Figure>();
  for (const row of results) {
    const key = figureKey(row.province, row.metric);
    const figure = figures.get(key);
    if (figure) figure.rows.push(row);
    else figures.set(key, { province: row.province, metric: row.metric, value: row.value, qualifier: row.qualifier, rows: [row] });
  }
  return figures;
}

/** The key of a figure in {@link indexFigures}'s map. */
export function figureKey(province: string, metric: string): string {
  return `${province}/${metric}`;
}
