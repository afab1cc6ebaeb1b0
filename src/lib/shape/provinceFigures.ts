import type { Lang } from "../../i18n/lang.ts";
import type { Correction, Dataset, Metric } from "../data/model.ts";
import { noteText } from "../format/localText.ts";
import { figureKey, type Figure } from "./figures.ts";

/** A province's figures grouped as the dictionary groups metrics, each with its distinct notes. */
export interface ProvinceFigureGroup {
  group: Metric["group"];
  rows: {
    metric: Metric;
    figure: Figure;
    /** The row's distinct notes. */
    notes: string[];
    /** What the sources say, one entry per distinct quote with every source that states it in those words. */
    provenance: { quote: string; sources: string[] }[];
    /** The notes the row just above in the group did not already show: what a table prints, so no note reads twice in a row. */
    newNotes: string[];
    corrections: Correction[];
  }[];
}

/** Groups a province's figures by metric group, in dictionary order, for its provenance table. */
export function provinceFigures(
  dataset: Dataset,
  figures: ReadonlyMap<string, Figure>,
  province: string,
  lang: Lang = "vi",
): ProvinceFigureGroup[] {
  const groups: ProvinceFigureGroup[] = [];
  for (const metric of dataset.metrics) {
    const figure = figures.get(figureKey(province, metric.id));
    if (!figure) continue;
    let group = groups.find((g) => g.group === metric.group);
    if (!group) groups.push((group = { group: metric.group, rows: [] }));
    // Two articles often explain a figure the same way; say it once.
    const notes = [...new Set(figure.rows.map((r) => noteText(r, lang)).filter(Boolean))];
    const corrections = dataset.corrections.filter((c) => c.province === province && c.metric === metric.id);
    const above = new Set(group.rows.at(-1)?.notes ?? []);
    // Two articles often carry the same sentence word for word: quote it once, credit both.
    const provenance: { quote: string; sources: string[] }[] = [];
    for (const r of figure.rows) {
      const same = provenance.find((p) => p.quote === r.quote);
      if (same) same.sources.push(r.source);
      else provenance.push({ quote: r.quote, sources: [r.source] });
    }
    group.rows.push({ metric, figure, notes, provenance, newNotes: notes.filter((n) => !above.has(n)), corrections });
  }
  return groups;
}
