import type { Metric, Province, Result, Source } from "../lib/data/model.ts";
import { RECIPIENTS } from "../lib/data/schemas.ts";
import { formatFigure, formatCompact, NOT_REPORTED_TEXT, QUALIFIER_MEANINGS } from "../lib/format/formatFigure.ts";
import { formatNumber } from "../lib/format/formatNumber.ts";
import { aroundHighlight } from "../lib/shape/aroundHighlight.ts";
import { awardData, type AwardLevel } from "../lib/shape/awardData.ts";
import { barData, provinceData } from "../lib/shape/barData.ts";
import type { ChartFigure, DataTable, Datum } from "../lib/shape/chartModel.ts";
import { colourSlots } from "../lib/shape/colourSlots.ts";
import { describeBars, describeMetrics } from "../lib/shape/describe.ts";
import { figureKey, type Figure } from "../lib/shape/figures.ts";
import { sortProvinces } from "../lib/shape/sortProvinces.ts";
import { sourceCitation } from "../lib/format/sourceLabel.ts";
import { tipFor } from "../lib/shape/tipFor.ts";
import { awardBars } from "../charts/awardBars.ts";
import { barChart } from "../charts/barChart.ts";
import { coverageMatrix, type MatrixCell } from "../charts/coverageMatrix.ts";
import { locatorMap } from "../charts/locatorMap.ts";
import { FIGURE_WORDS } from "../i18n/figureWords.ts";
import { AWARD_LEVEL_LABELS, GROUP_LABELS, RECIPIENT_LABELS } from "../i18n/labels.ts";
import type { Lang } from "../i18n/lang.ts";
import { metricDefinition, metricLabel, noteText, quoteLang } from "../lib/format/localText.ts";
import type { SiteData } from "./dataset.ts";
import { compareHref, provinceHref } from "./paths.ts";

/** The two widths every chart is drawn at, in px: phones, and the story column. */
export const WIDTHS = { narrow: 360, wide: 640 } as const;

/** How many provinces a province page's comparison shows at most: the province and its neighbours in rank. */
export const AROUND = 12;

// Each figure is drawn once per build, though pages and their CSV downloads both ask for it.
const drawn = new WeakMap<SiteData, Map<string, ChartFigure[]>>();
function once(data: SiteData, key: string, make: () => ChartFigure[]): ChartFigure[] {
  let cache = drawn.get(data);
  if (!cache) drawn.set(data, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key)!;
}

/** Everything the comparison page charts (models, campaigns, awards, the coverage matrix, the map), in one language. */
export function compareFigures(data: SiteData, lang: Lang = "vi", highlight?: string): ChartFigure[] {
  return once(data, `${lang}/compare/${highlight ?? ""}`, () => drawCompareFigures(data, lang, highlight));
}

function drawCompareFigures(data: SiteData, lang: Lang, highlight?: string): ChartFigure[] {
  const w = FIGURE_WORDS[lang];
  const prefix = highlight ? `${highlight}-` : "bd-";
  const figures = [
    metricFigure(data, lang, {
      id: `${prefix}mo-hinh`,
      title: w.modelsTitle,
      metricIds: ["models"],
      notes: modelNotes(data, lang),
      highlight,
    }),
    metricFigure(data, lang, {
      id: `${prefix}phat-dong`,
      title: w.campaignsTitle,
      metricIds: ["campaign_launches", "campaign_participant_turns"],
      notes: [],
      highlight,
    }),
    awardFigure(data, lang, `${prefix}khen-thuong`, highlight),
  ];
  return highlight ? figures.filter((f) => f.csvRows.some((r) => r.province === highlight)) : [...figures, matrixFigure(data, lang), mapFigure(data, lang)];
}

/** A province page's charts, in one language: its own figures, group by group, then the comparisons it takes part in. */
export function provinceCharts(data: SiteData, slug: string, lang: Lang = "vi"): ChartFigure[] {
  return once(data, `${lang}/province/${slug}`, () => drawProvinceCharts(data, slug, lang));
}

function drawProvinceCharts(data: SiteData, slug: string, lang: Lang): ChartFigure[] {
  const province = data.provinces.find((p) => p.slug === slug)!;
  const comparisons = compareFigures(data, lang, slug);
  // A group whose figures all appear in a comparison already needs no chart of its own.
  const compared = new Set(comparisons.flatMap((f) => f.csvRows.map((r) => r.metric)));
  const own = [...new Set(data.metrics.map((m) => m.group))].flatMap((group) =>
    (["count", "percent"] as const).flatMap((unit) => {
      const ids = data.metrics.filter((m) => m.group === group && m.unit === unit).map((m) => m.id);
      const all = provinceData(data, data.figures, slug, ids, lang);
      const rows = all.filter((d) => d.figure!.value !== null);
      if (rows.length < 2 || rows.every((d) => compared.has(d.metric.id))) return [];
      // A figure given without a number has no bar; the notes say so rather than leave it out silently.
      const unstated = all.filter((d) => d.figure!.value === null).map((d) => FIGURE_WORDS[lang].noBar(metricLabel(d.metric, lang), d.label));
      return [ownFigure(data, lang, province, `${slug}-${group}-${unit}`, `${province.name}: ${GROUP_LABELS[lang][group].toLowerCase()}`, rows, unstated)];
    }),
  );
  return [...own, ...comparisons];
}

/** Every figure of one edition of the site, once each, with the page it appears on: what downloads and embeds are made from. */
export function figurePages(data: SiteData, lang: Lang = "vi"): { figure: ChartFigure; page: string }[] {
  return [
    ...compareFigures(data, lang).map((figure) => ({ figure, page: compareHref(lang) })),
    ...data.provinces.flatMap((p) => provinceCharts(data, p.slug, lang).map((figure) => ({ figure, page: provinceHref(p.slug, lang) }))),
  ];
}

/** The static paths of an edition's embed pages: one per figure, with the page it appears on. */
export function embedPaths(data: SiteData, lang: Lang) {
  return figurePages(data, lang).map(({ figure, page }) => ({ params: { figure: figure.id }, props: { figure, page } }));
}

/** Every figure of one edition of the site, once each. */
export function allFigures(data: SiteData, lang: Lang = "vi"): ChartFigure[] {
  return figurePages(data, lang).map((f) => f.figure);
}

/** Id of a figure's table row for one mark. */
export const rowId = (figure: string, key: string) => `${figure}--${key}`;

function metricFigure(
  data: SiteData,
  lang: Lang,
  spec: { id: string; title: string; metricIds: string[]; notes: string[]; highlight?: string },
): ChartFigure {
  const sources = data.sourceById;
  const label = (m: Metric) => metricLabel(m, lang);
  const panels = spec.metricIds.map((id) => {
    const ranking = barData(data, data.figures, id, spec.highlight, lang);
    const shown = spec.highlight ? aroundHighlight(ranking, AROUND) : { rows: ranking, hidden: 0 };
    return { metric: metricOf(data, id), ranking, ...shown };
  });
  const all = panels.flatMap((p) => p.rows);
  const windowed = panels.filter((p) => p.hidden > 0).map((p) => aroundNote(data, lang, spec.highlight!, p.metric.comparable === "caution"));
  const many = panels.length > 1;
  const draw = (rows: Datum[], metric: Metric, width: number) =>
    barChart(rows, {
      width,
      lang,
      label: label(metric),
      description: describeBars(label(metric), rows, lang),
      anchor: (d) => rowId(spec.id, d.key),
      tip: (d) => tipFor(`${d.province.name}: ${d.label}`, d.figure, sources, lang),
    });
  return {
    id: spec.id,
    title: spec.title,
    subtitle: panels.map((p) => whoReported(lang, p.ranking, label(p.metric).toLowerCase())).join(" "),
    description: panels.map((p) => describeBars(label(p.metric), p.rows, lang)).join(" "),
    panels: panels.map((p) => ({ label: many ? label(p.metric) : undefined, narrow: draw(p.rows, p.metric, WIDTHS.narrow), wide: draw(p.rows, p.metric, WIDTHS.wide) })),
    notes: [...windowed, ...panels.map((p) => `${label(p.metric)}: ${metricDefinition(p.metric, lang)}`), ...spec.notes, ...qualifierNotes(lang, all.map((d) => d.figure))],
    sources: sourceIds(all.map((d) => d.figure)),
    table: barTable(lang, spec.id, all, sources, many),
    csvRows: rowsOf(all.map((d) => d.figure)),
  };
}

function ownFigure(data: SiteData, lang: Lang, province: Province, id: string, title: string, rows: Datum[], unstated: string[]): ChartFigure {
  const sources = data.sourceById;
  const label = (m: Metric) => metricLabel(m, lang);
  const draw = (width: number) =>
    barChart(rows, {
      width,
      lang,
      band: "metric",
      label: title,
      description: describeMetrics(title, rows, lang),
      anchor: (d) => rowId(id, d.key),
      tip: (d) => tipFor(`${label(d.metric)}: ${d.label}`, d.figure, sources, lang),
      max: rows[0]!.metric.unit === "percent" ? 100 : undefined,
    });
  return {
    id,
    title,
    subtitle: FIGURE_WORDS[lang].ownSubtitle(rows.length, province.name),
    description: describeMetrics(title, rows, lang),
    panels: [{ narrow: draw(WIDTHS.narrow), wide: draw(WIDTHS.wide) }],
    notes: [...unstated, ...rows.map((d) => `${label(d.metric)}: ${metricDefinition(d.metric, lang)}`), ...qualifierNotes(lang, rows.map((d) => d.figure))],
    sources: sourceIds(rows.map((d) => d.figure)),
    table: {
      columns: FIGURE_WORDS[lang].tableColumns,
      cellLangs: quoteLangs(lang),
      rows: rows.map((d) => ({ id: rowId(id, d.key), header: label(d.metric), cells: provenanceCells(lang, d.label, d.figure, sources) })),
    },
    csvRows: rowsOf(rows.map((d) => d.figure)),
  };
}

function awardFigure(data: SiteData, lang: Lang, id: string, highlight?: string): ChartFigure {
  const w = FIGURE_WORDS[lang];
  const sources = data.sourceById;
  const total = (r: AwardLevel["rows"][number]) => RECIPIENTS.reduce((n, k) => n + (r.figures[k]?.value ?? 0), 0);
  const all = awardData(data, data.figures, highlight, lang);
  // On a province page, each level shows the province among its neighbours by number of awards.
  const levels = highlight
    ? all.map((l) => ({ ...l, rows: aroundHighlight([...l.rows].sort((a, b) => total(b) - total(a) || Object.keys(b.figures).length - Object.keys(a.figures).length), AROUND).rows }))
    : all;
  const windowed = levels.some((l, i) => l.rows.length < all[i]!.rows.length) ? [aroundNote(data, lang, highlight!, false)] : [];
  const figures = levels.flatMap((l) => l.rows.flatMap((r) => Object.values(r.figures)));
  const max = Math.max(1, ...levels.flatMap((l) => l.rows.map(total)));
  const levelLabel = (l: AwardLevel) => AWARD_LEVEL_LABELS[lang][l.level];
  const describe = (l: AwardLevel) => `${levelLabel(l)}: ${l.rows.map((r) => `${r.province.name} ${r.label}`).join("; ")}.`;
  const draw = (l: AwardLevel, width: number) =>
    awardBars(l, {
      width,
      lang,
      max,
      label: levelLabel(l),
      description: describe(l),
      anchor: (r) => rowId(id, r.key),
      tip: (r) => {
        const [, quote, source] = awardCells(lang, r.label, Object.values(r.figures), sources);
        return { value: `${r.province.name}: ${r.label}`, quote, source, lang: quote ? quoteLang(lang) : undefined };
      },
    });
  const stated = new Set(all.flatMap((l) => l.rows.flatMap((r) => Object.values(r.figures).map((f) => f.province))));
  return {
    id,
    title: w.awardsTitle,
    subtitle: w.awardsSubtitle(stated.size, data.provinces.length) + (figures.some((f) => f.value === null) ? w.someUnquantified : ""),
    description: levels.map(describe).join(" "),
    panels: levels.map((l) => ({ label: levelLabel(l), narrow: draw(l, WIDTHS.narrow), wide: draw(l, WIDTHS.wide) })),
    legend: RECIPIENTS.map((r, i) => ({ label: RECIPIENT_LABELS[lang][r], colour: `var(--rec-${i})` })),
    notes: [...windowed, w.awardLevelsNote, ...qualifierNotes(lang, figures)],
    sources: sourceIds(figures),
    table: {
      columns: w.tableColumns,
      cellLangs: quoteLangs(lang),
      rows: levels.flatMap((l) =>
        l.rows.map((r) => ({ id: rowId(id, r.key), header: `${r.province.name} — ${levelLabel(l)}`, cells: awardCells(lang, r.label, Object.values(r.figures), sources) })),
      ),
    },
    csvRows: rowsOf(figures),
  };
}

function matrixFigure(data: SiteData, lang: Lang): ChartFigure {
  const w = FIGURE_WORDS[lang];
  const id = "bd-bao-cao-gi";
  const sources = data.sourceById;
  const provinces = sortProvinces(data.provinces);
  const metrics = data.metrics;
  const cells: MatrixCell[] = metrics.flatMap((metric) =>
    provinces.map((province) => {
      const figure = data.figures.get(figureKey(province.slug, metric.id));
      return { metric, province, figure, text: figure ? formatCompact(figure, metric.unit, lang) : "–" };
    }),
  );
  const label = (c: MatrixCell) => (c.figure ? formatFigure(c.figure, c.metric.unit, lang) : NOT_REPORTED_TEXT[lang]);
  const shared = metrics.filter((m) => cells.filter((c) => c.metric === m && c.figure).length >= 2).length;
  const reported = metrics.filter((m) => cells.some((c) => c.metric === m && c.figure)).length;
  const summary = provinces.map((p) => w.matrixPart(p.name, cells.filter((c) => c.province === p && c.figure).length, metrics.length)).join("; ") + w.matrixShared(shared);
  const draw = (width: number) =>
    coverageMatrix(metrics, provinces, cells, {
      width,
      lang,
      label: w.matrixTitle,
      description: summary,
      anchor: (c) => rowId(id, c.metric.id),
      tip: (c) => ({ ...tipFor(label(c), c.figure, sources, lang), value: `${c.province.name}: ${label(c)}` }),
    });
  const figures = cells.flatMap((c) => (c.figure ? [c.figure] : []));
  return {
    id,
    title: w.matrixTitle,
    subtitle: w.matrixSubtitle(reported, shared),
    description: summary,
    panels: [{ narrow: draw(WIDTHS.narrow), wide: draw(WIDTHS.wide) }],
    legend: [
      { label: w.matrixLegend[0], colour: "var(--cov-yes)" },
      { label: w.matrixLegend[1], colour: "var(--cov-some)" },
      { label: w.matrixLegend[2], colour: "transparent" },
    ],
    notes: [w.matrixNote],
    sources: sourceIds(figures),
    table: {
      columns: provinces.map((p) => p.name),
      rows: metrics.map((m) => ({ id: rowId(id, m.id), header: metricLabel(m, lang), cells: provinces.map((p) => label(cells.find((c) => c.metric === m && c.province === p)!)) })),
    },
    csvRows: rowsOf(figures),
  };
}

function mapFigure(data: SiteData, lang: Lang): ChartFigure {
  const w = FIGURE_WORDS[lang];
  const id = "bd-ban-do";
  const slots = colourSlots(data.provinces);
  const provinces = sortProvinces(data.provinces);
  const coords = (p: Province) => w.coordinates(formatNumber(p.coordinates.lat, lang), formatNumber(p.coordinates.lon, lang));
  const after = (p: Province) => (p.after_2025.merged_with.length ? w.mergedInto(p.after_2025.province) : w.unchanged);
  const places = provinces.map((p) => ({
    name: p.name,
    lat: p.coordinates.lat,
    lon: p.coordinates.lon,
    slot: slots.get(p.slug),
    href: `#${rowId(id, p.slug)}`,
    tip: { value: p.name, quote: w.capital(p.capital, coords(p)), source: w.after2025(after(p)) },
  }));
  const description = w.mapDescription(provinces.length, provinces.map((p) => `${p.name} (${coords(p)})`).join(", "));
  const draw = (width: number) => locatorMap(places, { width, lang, label: w.mapLabel, description });
  return {
    id,
    title: w.mapTitle,
    subtitle: w.mapSubtitle(provinces.length, provinces[0]!.name, provinces.at(-1)!.name),
    description,
    panels: [{ narrow: draw(WIDTHS.narrow), wide: draw(480) }],
    notes: [...w.mapNotes],
    sources: [],
    table: {
      columns: w.mapColumns,
      rows: provinces.map((p) => ({ id: rowId(id, p.slug), header: p.name, href: provinceHref(p.slug, lang), cells: [p.capital, coords(p), after(p)] })),
    },
    csvRows: [],
  };
}

/** The note of a province page's comparison that shows only the province's neighbours (in rank, or on the map). */
function aroundNote(data: SiteData, lang: Lang, slug: string, byPlace: boolean): string {
  const name = data.provinces.find((p) => p.slug === slug)?.name ?? slug;
  return FIGURE_WORDS[lang].aroundNote(name, byPlace, AROUND, data.provinces.length);
}

/** "Chỉ Hà Tĩnh nêu …", "3 trong 4 tỉnh nêu …; Hà Tĩnh không báo cáo." — the takeaway of a bar chart. */
function whoReported(lang: Lang, rows: readonly Datum[], what: string): string {
  const w = FIGURE_WORDS[lang];
  const stated = rows.filter((d) => d.figure).map((d) => d.province.name);
  const missing = rows.filter((d) => !d.figure).map((d) => d.province.name);
  if (stated.length === 0) return w.noneReported(what);
  if (stated.length === 1) return w.onlyReported(stated[0]!, what);
  return w.someReported(stated.length, rows.length, what, missing.join(", "));
}

function modelNotes(data: SiteData, lang: Lang): string[] {
  const notes = sortProvinces(data.provinces).flatMap((p) => {
    const row = data.figures.get(figureKey(p.slug, "models"))?.rows.find((r) => r.note);
    return row ? [`${p.name}: ${noteText(row, lang)}`] : [];
  });
  return [FIGURE_WORDS[lang].modelsNotComparable, ...notes];
}

function qualifierNotes(lang: Lang, figures: readonly (Figure | undefined)[]): string[] {
  const used = new Set(figures.flatMap((f) => (f && f.qualifier !== "exact" ? [f.qualifier] : [])));
  const meanings = QUALIFIER_MEANINGS[lang];
  return [...used].map((q) => `“${meanings[q].label}”: ${meanings[q].meaning}`);
}

function barTable(lang: Lang, id: string, rows: readonly Datum[], sources: ReadonlyMap<string, Source>, withMetric: boolean): DataTable {
  return {
    columns: FIGURE_WORDS[lang].tableColumns,
    cellLangs: quoteLangs(lang),
    rows: rows.map((d) => ({
      id: rowId(id, d.key),
      header: withMetric ? `${d.province.name} — ${metricLabel(d.metric, lang)}` : d.province.name,
      cells: provenanceCells(lang, d.label, d.figure, sources),
    })),
  };
}

/** The quote column of a provenance table is always the sources' Vietnamese, whatever the page's language. */
function quoteLangs(lang: Lang): DataTable["cellLangs"] {
  return quoteLang(lang) && [undefined, quoteLang(lang), undefined];
}

function provenanceCells(lang: Lang, label: string, figure: Figure | undefined, sources: ReadonlyMap<string, Source>): string[] {
  return awardCells(lang, label, figure ? [figure] : [], sources);
}

/** Value, the sources' words and the articles for one or more figures drawn as one mark (a stacked award bar). */
function awardCells(lang: Lang, label: string, figures: readonly Figure[], sources: ReadonlyMap<string, Source>): string[] {
  const rows = figures.flatMap((f) => f.rows);
  return [label, unique(rows.map((r) => `“${r.quote}”`)).join(" / "), unique(rows.map((r) => sourceCitation(sources.get(r.source)!, lang))).join(" / ")];
}

function rowsOf(figures: readonly (Figure | undefined)[]): Result[] {
  return figures.flatMap((f) => f?.rows ?? []);
}

function sourceIds(figures: readonly (Figure | undefined)[]): string[] {
  return unique(rowsOf(figures).map((r) => r.source));
}

function metricOf(data: SiteData, id: string): Metric {
  const metric = data.metrics.find((m) => m.id === id);
  if (!metric) throw new Error(`no metric "${id}" in data/metrics.csv`);
  return metric;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
