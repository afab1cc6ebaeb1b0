import { RECIPIENTS } from "../lib/data/schemas.ts";
import { formatFigure, NOT_REPORTED_TEXT, UNQUANTIFIED_TEXT } from "../lib/format/formatFigure.ts";
import { aroundHighlight } from "../lib/shape/aroundHighlight.ts";
import { awardData, type AwardLevel, type AwardRow } from "../lib/shape/awardData.ts";
import type { ChartFigure } from "../lib/shape/chartModel.ts";
import { colourSlots } from "../lib/shape/colourSlots.ts";
import { comparisonMetrics } from "../lib/shape/coverage.ts";
import { rowChart, type ChartRow, type RowItem } from "../charts/rowChart.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import type { SiteData } from "../project/dataset.ts";
import { AROUND, definitions, mergeMissing, panel, provenanceCells, provenanceColumns, provenanceTip, qualifierNotes, quoteLangs, rowId, rowsOf, sourceIds } from "./figureParts.ts";

/**
 * Awards, one panel per level (who gave them), all on one scale, so a longer bar always means more awards: a
 * province's collectives and
 * individuals are two bars side by side, never stacked, since the sources do not say they add up. A kind
 * given without a count reads "có, không nêu số lượng" where its bar would be; a province that said nothing
 * reads "không báo cáo".
 */
export function awardsFigure(data: SiteData, lang: Lang, id: string, highlight?: string): ChartFigure {
  const w = UI[lang].figures;
  const sources = data.sourceById;
  const slots = colourSlots(data.provinces);
  const all = awardData(data, data.figures, highlight, lang);
  const total = (r: AwardRow) => RECIPIENTS.reduce((n, k) => Math.max(n, r.figures[k]?.value ?? 0), 0);
  // On a province page, each level shows the province among its neighbours by number of awards.
  const levels = highlight
    ? all.map((l) => ({ ...l, rows: aroundHighlight([...l.rows].sort((a, b) => total(b) - total(a) || Object.keys(b.figures).length - Object.keys(a.figures).length), AROUND).rows }))
    : all;
  const windowed = levels.some((l, i) => l.rows.length < all[i]!.rows.length);
  const figures = levels.flatMap((l) => l.rows.flatMap((r) => Object.values(r.figures)));
  const levelLabel = (l: AwardLevel) => UI[lang].labels.awardLevels[l.level];
  const describe = (l: AwardLevel) => `${levelLabel(l)}: ${l.rows.map((r) => `${r.province.name} ${r.label}`).join("; ")}.`;
  const items = (r: AwardRow): RowItem[] => {
    const given = RECIPIENTS.flatMap((kind, slot): RowItem[] => {
      const f = r.figures[kind];
      const noun = UI[lang].labels.recipients[kind].toLocaleLowerCase(lang);
      if (!f) return [];
      if (f.value === null) return [{ label: `${noun}: ${UNQUANTIFIED_TEXT[lang]}`, kind: "words" }];
      return [{ value: f.value, label: `${formatFigure(f, "count", lang)} ${noun}`, fill: `var(--rec-${slot})` }];
    });
    return given.length ? given : [{ label: NOT_REPORTED_TEXT[lang], kind: "words" }];
  };
  // One scale across the panels: the largest count of any level, and room for the longest value label of any.
  const bars = levels.flatMap((l) => l.rows.flatMap((r) => items(r).filter((i) => i.value !== undefined)));
  const max = Math.max(0, ...bars.map((i) => i.value!));
  const scaleLabels = bars.map((i) => i.label);
  // A level's provinces that reported none of its awards share one line.
  const missing = (l: AwardLevel) => l.rows.flatMap((r, i) => (Object.keys(r.figures).length === 0 && !r.highlight ? [i] : []));
  const rows = (l: AwardLevel): ChartRow[] => mergeMissing(l.rows.map((r) => ({
      name: r.province.name,
      strong: r.highlight,
      swatch: `var(--prov-${slots.get(r.province.slug)})`,
      items: items(r),
      href: `#${rowId(id, r.key)}`,
      hitLabel: `${r.province.name}: ${r.label}. ${UI[lang].chartWords.seeSource}`,
      tip: provenanceTip(lang, `${r.province.name}: ${r.label}`, Object.values(r.figures), sources),
    })), missing(l), missing(l).map((i) => l.rows[i]!.province.name), lang);
  const stated = new Set(all.flatMap((l) => l.rows.filter((r) => Object.keys(r.figures).length).map((r) => r.province.slug)));
  const counted = new Set(all.flatMap((l) => l.rows.filter((r) => Object.values(r.figures).some((f) => f.value !== null)).map((r) => r.province.slug)));
  const name = data.provinces.find((p) => p.slug === highlight)?.name ?? "";
  return {
    id,
    title: w.awardsTitle,
    subtitle: w.awardsSubtitle(stated.size, data.provinces.length, counted.size),
    description: levels.map(describe).join(" "),
    panels: levels.map((l) =>
      panel((width) => rowChart(rows(l), { width, max, scaleLabels, label: levelLabel(l), description: describe(l), pickLabel: `${levelLabel(l)}: ${UI[lang].chartWords.pickBar}` }), levelLabel(l)),
    ),
    notes: [...(windowed ? [w.aroundNote(name, false, AROUND, data.provinces.length)] : []), ...(levels.length > 1 ? [w.awardLevelsNote] : []), ...qualifierNotes(lang, figures)],
    definitions: definitions(comparisonMetrics(data.metrics, "awards"), lang),
    sources: sourceIds(figures),
    table: {
      columns: provenanceColumns(lang),
      cellLangs: quoteLangs(lang),
      rows: levels.flatMap((l) =>
        l.rows.map((r) => ({ id: rowId(id, r.key), header: `${r.province.name} — ${levelLabel(l)}`, cells: provenanceCells(lang, r.label, Object.values(r.figures), sources) })),
      ),
    },
    csvRows: rowsOf(figures),
  };
}

