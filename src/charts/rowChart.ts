import * as Plot from "@observablehq/plot";
import type { DrawnChart } from "../lib/shape/chartModel.ts";
import { hitLayer, type Tip } from "./hitLayer.ts";
import { renderPlot } from "./renderPlot.ts";
import { textWidth, wrapToWidth } from "./textWidth.ts";

/** One line of a row: a bar with its value written after it, a number on its own, or words in place of a number. */
export interface RowItem {
  /** The length of the bar; none for words or a number drawn without a bar. */
  value?: number;
  /** The value as readers see it: "trên 366", "20 tập thể", "không báo cáo". */
  label: string;
  /** "bar" (default when there is a value), "number" (large, no bar) or "words" (italic, muted: no count). */
  kind?: "bar" | "number" | "words";
  /** Bar colour, a CSS colour or variable. */
  fill?: string;
}

/** One row: a name written above its lines, an optional note under them, and the link over the whole row. */
export interface ChartRow {
  name: string;
  /** The page's own province: a bold name and an outlined bar. */
  strong?: boolean;
  /** The colour of the strip at the row's left edge (the province's colour slot). */
  swatch?: string;
  items: RowItem[];
  /** What this row counts, in a few words (for measures that differ by province). */
  note?: string;
  href: string;
  /** What a screen reader hears on the row's link. */
  hitLabel: string;
  tip: Tip;
}

/** How to draw: width in px (draw it at the width it is shown), the accessible name and description. */
export interface RowChartOptions {
  width: number;
  label: string;
  /** Accessible name of the layer of links. */
  pickLabel: string;
  description: string;
  /** Upper end of the bars' scale; defaults to the largest value. One chart, one scale. */
  max?: number;
  /** Every bar's value label in the figure, when its panels must share one scale: each leaves room for the longest. */
  scaleLabels?: readonly string[];
}

/** Font size in px for a drawing of this width: phone drawings are shown at about their own width, so 13 px stays ≥ 12 px. */
export const fontSizeFor = (width: number) => (width < 480 ? 13 : 14);

interface Line {
  x: number;
  y: number;
  text: string;
  style: "name" | "strong" | "value" | "number" | "words" | "note";
}

/**
 * Rows of names with their values beneath, laid out in pixels so that nothing overlaps or leaves the drawing
 * at any width: names and notes wrap to the width, bars leave room for the longest value label, and a label
 * that still does not fit goes under its bar. The same layout draws comparable values as bars on one scale,
 * and values that must not share a scale (different measures, differently counted) as plain numbers.
 */
export function rowChart(rows: readonly ChartRow[], options: RowChartOptions): DrawnChart {
  const { width } = options;
  const f = fontSizeFor(width);
  const line = Math.round(f * 1.35);
  const big = Math.round(f * 1.45);
  const left = 12;
  const room = width - left - 2;
  const values = rows.flatMap((r) => r.items.flatMap((i) => (i.value !== undefined && (i.kind ?? "bar") === "bar" ? [i] : [])));
  const max = Math.max(1e-9, options.max ?? Math.max(0, ...values.map((i) => i.value!)));
  const longest = Math.max(0, ...(options.scaleLabels ?? values.map((i) => i.label)).map((label) => textWidth(label, f, true)));
  // Bars take what the longest value label leaves, but never less than 40% of the row.
  const barRoom = Math.max(room * 0.4, room - longest - 8);
  const barHeight = Math.round(f * 1.3);

  const lines: Line[] = [];
  const bars: { x1: number; x2: number; y1: number; y2: number; fill: string; strong: boolean }[] = [];
  const strips: { y1: number; y2: number; fill: string }[] = [];
  const hits: { href: string; label: string; tip: Tip; x: number; y: number; width: number; height: number }[] = [];
  const write = (text: string, style: Line["style"], x: number, y: number, size: number, bold = false) => {
    const wrapped = wrapToWidth(text, width - x - 2, size, bold);
    wrapped.forEach((t, i) => lines.push({ x, y: y + i * line, text: t, style }));
    return wrapped.length;
  };
  let y = 4;
  for (const row of rows) {
    const top = y;
    y += write(row.name, row.strong ? "strong" : "name", left, y, f, true) * line;
    for (const item of row.items) {
      const kind = item.kind ?? (item.value !== undefined ? "bar" : "words");
      if (kind === "number") {
        lines.push({ x: left, y: y + (big + 6 - line) / 2, text: item.label, style: "number" });
        y += big + 6;
      } else if (kind === "words") {
        y += write(item.label, "words", left, y, f) * line;
      } else {
        const length = Math.max(1, (item.value! / max) * barRoom);
        bars.push({ x1: left, x2: left + length, y1: y + 2, y2: y + 2 + barHeight, fill: item.fill ?? "var(--accent)", strong: Boolean(row.strong) });
        const after = left + length + 6;
        if (after + textWidth(item.label, f, true) <= width - 2) {
          lines.push({ x: after, y: y + 2 + (barHeight - line) / 2, text: item.label, style: "value" });
          y += barHeight + 6;
        } else {
          y += barHeight + 4;
          y += write(item.label, "value", left, y, f, true) * line;
        }
      }
    }
    if (row.note) y += write(row.note, "note", left, y, f) * line;
    strips.push({ y1: top + 2, y2: y - 2, fill: row.swatch ?? "var(--line-strong)" });
    hits.push({ href: row.href, label: row.hitLabel, tip: row.tip, x: 0, y: top - 4, width, height: y - top + 8 });
    y += Math.round(f * 0.9);
  }
  const height = Math.ceil(y);

  const styles: Record<Line["style"], Partial<Plot.TextOptions>> = {
    name: { fontWeight: 600 },
    strong: { fontWeight: 800 },
    value: { fontWeight: 600 },
    number: { fontWeight: 700, fontSize: big },
    words: { fontStyle: "italic", fill: "var(--muted)" },
    note: { fill: "var(--muted)" },
  };
  const chart = renderPlot(
    {
      width,
      height,
      margin: 0,
      ariaLabel: options.label,
      ariaDescription: options.description,
      x: { type: "identity", axis: null },
      y: { type: "identity", axis: null },
      color: { type: "identity" },
      marks: [
        Plot.rect(strips, { className: "strips", x1: 0, x2: 4, y1: "y1", y2: "y2", fill: "fill" }),
        Plot.rect(bars, { className: "bars", x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: "fill", stroke: (b) => (b.strong ? "var(--fg)" : "none"), strokeWidth: 2 }),
        ...Object.entries(styles).map(([style, options]) =>
          Plot.text(
            lines.filter((l) => l.style === style),
            { x: "x", y: (l: Line) => l.y + line / 2, text: "text", textAnchor: "start", fill: "var(--fg)", ...options },
          ),
        ),
      ],
    },
    f,
  );
  return { svg: chart.svg, hits: hitLayer(width, height, options.pickLabel, hits) };
}
