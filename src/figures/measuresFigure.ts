import type { Metric } from "../lib/data/model.ts";
import { metricLabel } from "../lib/format/localText.ts";
import { aroundHighlight } from "../lib/shape/aroundHighlight.ts";
import { barData } from "../lib/shape/barData.ts";
import type { ChartFigure, Datum } from "../lib/shape/chartModel.ts";
import { describeBars } from "../lib/shape/describe.ts";
import { rowChart } from "../charts/rowChart.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import type { SiteData } from "../project/dataset.ts";
import { measureRows } from "./measureRows.ts";
import { AROUND, definitions, panel, provenanceCells, provenanceColumns, qualifierNotes, quoteLangs, rowId, rowsOf, sourceIds } from "./figureParts.ts";

/** What a comparison of measures across provinces needs: its id and title, the measures, and the page's province. */
export interface MeasuresSpec {
  id: string;
  title: string;
  metrics: readonly Metric[];
  highlight?: string;
}

/**
 * One measure or several across provinces, one panel per measure with a scale of its own: bars where the
 * provinces count alike and two or more gave numbers, labelled numbers otherwise (a single value, or values
 * counted differently). The subtitle says who reported what, computed from the rows.
 */
export function measuresFigure(data: SiteData, lang: Lang, spec: MeasuresSpec): ChartFigure | undefined {
  if (spec.metrics.length === 0) return undefined;
  const w = UI[lang].figures;
  const sources = data.sourceById;
  const many = spec.metrics.length > 1;
  const panels = spec.metrics.map((metric) => {
    const ranking = barData(data, data.figures, metric.id, spec.highlight, lang);
    const shown = spec.highlight ? aroundHighlight(ranking, AROUND) : { rows: ranking, hidden: 0 };
    return { metric, ranking, ...shown };
  });
  const all = panels.flatMap((p) => p.rows);
  const label = (m: Metric) => metricLabel(m, lang);
  const around = panels.some((p) => p.hidden > 0)
    ? [w.aroundNote(data.provinces.find((p) => p.slug === spec.highlight)?.name ?? "", panels.some((p) => p.metric.comparable !== "yes"), AROUND, data.provinces.length)]
    : [];
  const drawn = panels.map((p) => measureRows(spec.id, p.rows, sources, lang));
  // A note about scales only where some panel draws bars: numbers on their own have no scale to explain.
  const barred = drawn.some((d) => d.bars);
  return {
    id: spec.id,
    title: spec.title,
    subtitle: together(lang, panels) ?? panels.map((p) => subtitle(lang, p.ranking, p.metric)).join(" "),
    description: panels.map((p) => describeBars(label(p.metric), p.rows, lang)).join(" "),
    panels: panels.map((p, i) =>
      panel((width) => {
        const { rows } = drawn[i]!;
        return rowChart(rows, { width, label: label(p.metric), description: describeBars(label(p.metric), p.rows, lang), pickLabel: `${label(p.metric)}: ${UI[lang].chartWords.pickBar}` });
      }, many ? label(p.metric) : undefined),
    ),
    notes: [...around, ...(many && barred ? [w.separateScales] : []), ...qualifierNotes(lang, all.map((d) => d.figure))],
    definitions: definitions(spec.metrics, lang),
    sources: sourceIds(all.map((d) => d.figure)),
    table: {
      columns: provenanceColumns(lang),
      cellLangs: quoteLangs(lang),
      rows: all.map((d) => ({
        id: rowId(spec.id, d.key),
        header: many ? `${d.province.name} — ${label(d.metric)}` : d.province.name,
        cells: provenanceCells(lang, d.label, d.figure ? [d.figure] : [], sources),
      })),
    },
    csvRows: rowsOf(all.map((d) => d.figure)),
  };
}

/** The takeaway of one measure: who reported it; where provinces count differently, that the numbers do not compare. */
function subtitle(lang: Lang, rows: readonly Datum[], metric: Metric): string {
  const w = UI[lang].figures;
  const what = metricLabel(metric, lang).toLocaleLowerCase(lang);
  const stated = rows.filter((d) => d.figure);
  const missing = rows.filter((d) => !d.figure).map((d) => d.province.name).join(", ");
  if (stated.length === 0) return w.noneReported(what);
  if (metric.comparable !== "yes" && stated.length > 1) return w.differingSubtitle(stated.map((d) => `${d.province.name}: ${d.label}`).join("; "), missing);
  if (stated.length === 1) return w.onlyReported(stated[0]!.province.name, what);
  return w.someReported(stated.length, rows.length, what, missing);
}

/** "Chỉ Hà Tĩnh nêu đợt phát động và lượt người dự": one sentence when one and the same province alone reported every measure. */
function together(lang: Lang, panels: readonly { ranking: readonly Datum[]; metric: Metric }[]): string | undefined {
  const reporters = panels.map((p) => p.ranking.filter((d) => d.figure).map((d) => d.province.name));
  if (panels.length < 2 || !reporters.every((r) => r.length === 1 && r[0] === reporters[0]![0])) return undefined;
  const w = UI[lang].figures;
  return w.onlyReported(reporters[0]![0]!, panels.map((p) => metricLabel(p.metric, lang).toLocaleLowerCase(lang)).join(w.and));
}
