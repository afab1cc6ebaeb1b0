import type { Metric } from "../lib/data/model.ts";
import { metricLabel } from "../lib/format/localText.ts";
import { provinceData } from "../lib/shape/barData.ts";
import type { ChartFigure } from "../lib/shape/chartModel.ts";
import { describeMetrics } from "../lib/shape/describe.ts";
import { rowChart } from "../charts/rowChart.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import type { SiteData } from "../project/dataset.ts";
import { definitions, panel, provenanceCells, provenanceColumns, provenanceTip, qualifierNotes, quoteLangs, rowId, rowsOf, sourceIds } from "./figureParts.ts";

/**
 * One province's own measures of one group (e.g. Hà Nam's results against crime): a list of labelled numbers
 * in dictionary order, each with its unit, never bars on one axis, since each counts something different.
 * Undefined when the province reported none of the given measures.
 */
export function groupFigure(data: SiteData, lang: Lang, slug: string, group: Metric["group"], metrics: readonly Metric[]): ChartFigure | undefined {
  const province = data.provinces.find((p) => p.slug === slug);
  if (!province) return undefined;
  const rows = provinceData(data, data.figures, slug, metrics.map((m) => m.id), lang);
  if (rows.length === 0) return undefined;
  const w = UI[lang].figures;
  const sources = data.sourceById;
  const id = `${slug}-${group}`;
  const title = w.groupTitle(province.name, UI[lang].labels.groups[group]);
  const label = (m: Metric) => metricLabel(m, lang);
  const chartRows = rows.map((d) => ({
    name: label(d.metric),
    swatch: `var(--prov-${d.slot})`,
    items: [d.figure!.value === null ? { label: d.label, kind: "words" as const } : { label: d.label, kind: "number" as const }],
    href: `#${rowId(id, d.key)}`,
    hitLabel: `${label(d.metric)}: ${d.label}. ${UI[lang].chartWords.seeSource}`,
    tip: provenanceTip(lang, `${label(d.metric)}: ${d.label}`, [d.figure!], sources),
  }));
  const description = describeMetrics(title, rows, lang);
  return {
    id,
    title,
    subtitle: rows.length === 1 ? w.groupOne : w.groupSubtitle,
    description,
    panels: [panel((width) => rowChart(chartRows, { width, label: title, description, pickLabel: `${title}: ${UI[lang].chartWords.pickBar}` }))],
    notes: qualifierNotes(lang, rows.map((d) => d.figure)),
    definitions: definitions(rows.map((d) => d.metric), lang),
    sources: sourceIds(rows.map((d) => d.figure)),
    table: {
      columns: provenanceColumns(lang),
      cellLangs: quoteLangs(lang),
      rows: rows.map((d) => ({ id: rowId(id, d.key), header: label(d.metric), cells: provenanceCells(lang, d.label, [d.figure!], sources) })),
    },
    csvRows: rowsOf(rows.map((d) => d.figure)),
  };
}
