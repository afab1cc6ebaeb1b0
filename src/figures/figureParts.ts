import type { Metric, Result, Source } from "../lib/data/model.ts";
import { NOT_REPORTED_TEXT, QUALIFIER_MEANINGS } from "../lib/format/formatFigure.ts";
import type { ChartRow } from "../charts/rowChart.ts";
import { metricLabel, quoteLang } from "../lib/format/localText.ts";
import { sourceCitation } from "../lib/format/sourceLabel.ts";
import type { ChartPanel, DataTable, DrawnChart } from "../lib/shape/chartModel.ts";
import type { Figure } from "../lib/shape/figures.ts";
import type { Tip } from "../charts/hitLayer.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";

/**
 * The two widths every chart is drawn at, in px: phones (shown at 288–416 px, so 13 px text renders at 12 px
 * or more), and the story column (shown at 540 px or more, so 14 px text stays above 12 px).
 */
export const WIDTHS = { narrow: 300, wide: 600, widest: 1024 } as const;

/** How many provinces a province page's comparison shows at most: the province and its neighbours in rank. */
export const AROUND = 12;

/** Id of a figure's table row for one mark. */
export const rowId = (figure: string, key: string) => `${figure}--${key}`;

/** Draws a panel at both widths. */
export function panel(draw: (width: number) => DrawnChart, label?: string): ChartPanel {
  return { label, narrow: draw(WIDTHS.narrow), wide: draw(WIDTHS.wide) };
}

/** Draws a panel at three widths, the third for the page's wide measure (the coverage matrix sets two blocks there). */
export function widePanel(draw: (width: number) => DrawnChart, label?: string): ChartPanel {
  return { ...panel(draw, label), widest: draw(WIDTHS.widest) };
}

/** "“trên”: the source writes …" for each qualifier other than exact that the figures use: it changes how to read them. */
export function qualifierNotes(lang: Lang, figures: readonly (Figure | undefined)[]): string[] {
  const used = new Set(figures.flatMap((f) => (f && f.qualifier !== "exact" && f.qualifier !== "unquantified" ? [f.qualifier] : [])));
  const meanings = QUALIFIER_MEANINGS[lang];
  return [...used].map((q) => `“${meanings[q].label}”: ${meanings[q].meaning}`);
}

/** The measures of a figure, for links to their definitions. */
export function definitions(metrics: readonly Metric[], lang: Lang): { id: string; label: string }[] {
  return unique(metrics).map((m) => ({ id: m.id, label: metricLabel(m, lang) }));
}

/** The quote column of a provenance table is always the sources' Vietnamese, whatever the page's language. */
export function quoteLangs(lang: Lang): DataTable["cellLangs"] {
  return quoteLang(lang) && [undefined, quoteLang(lang), undefined];
}

/** Value, the sources' words and the articles for one or more figures drawn as one mark. */
export function provenanceCells(lang: Lang, label: string, figures: readonly Figure[], sources: ReadonlyMap<string, Source>): string[] {
  const rows = figures.flatMap((f) => f.rows);
  return [label, unique(rows.map((r) => `“${r.quote}”`)).join(" / "), unique(rows.map((r) => sourceCitation(sources.get(r.source)!, lang))).join(" / ")];
}

/** The tip of a mark: its value as stated, then the sources' words and the article (the same as its table row). */
export function provenanceTip(lang: Lang, value: string, figures: readonly Figure[], sources: ReadonlyMap<string, Source>): Tip {
  const [, quote, source] = provenanceCells(lang, value, figures, sources);
  return { value, quote: quote || undefined, source: source || undefined, lang: quote ? quoteLang(lang) : undefined };
}

/** The table's column headings for provenance tables. */
export const provenanceColumns = (lang: Lang) => UI[lang].figures.tableColumns;

/** The editor's rows behind the figures, one per article. */
export function rowsOf(figures: readonly (Figure | undefined)[]): Result[] {
  return figures.flatMap((f) => f?.rows ?? []);
}

/** The articles the figures draw on, once each. */
export function sourceIds(figures: readonly (Figure | undefined)[]): string[] {
  return unique(rowsOf(figures).map((r) => r.source));
}

/** Items once each, in first-seen order. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * Rows of provinces that did not report a measure, merged into one line that names them together, so a chart
 * is not padded with "không báo cáo" (their rows stay in the figure's table, each with its own anchor).
 */
export function mergeMissing(rows: readonly ChartRow[], missing: readonly number[], names: readonly string[], lang: Lang): ChartRow[] {
  if (missing.length < 2) return [...rows];
  const first = rows[missing[0]!]!;
  const who = names.join(", ");
  const merged: ChartRow = { ...first, name: who, swatch: "var(--line-strong)", hitLabel: `${who}: ${NOT_REPORTED_TEXT[lang]}. ${UI[lang].chartWords.seeSource}`, tip: { ...first.tip, value: `${who}: ${NOT_REPORTED_TEXT[lang]}` } };
  return [...rows.filter((_, i) => !missing.includes(i)), merged];
}
