import * as Plot from "@observablehq/plot";
import { textWidth } from "./textWidth.ts";

/** Height of one bar's row, in px. */
export const ROW = 34;
const BAR = ROW * (1 - 0.32); // bar thickness with the default band padding

/**
 * Sizes a horizontal bar chart: a font readable at the given width, a left margin that fits the longest
 * row name, a right margin for the longest value label past a bar's end, and, when names sit above the
 * bars, rows tall enough for the most lines a name wraps to.
 */
export function barLayout(width: number, names: readonly string[], endLabels: readonly string[], namesAbove?: readonly string[]) {
  const fontSize = width < 480 ? 13 : 14;
  const marginLeft = Math.ceil(Math.max(...names.map((n) => textWidth(n, fontSize)))) + 14;
  const marginRight = Math.ceil(Math.max(0, ...endLabels.map((l) => textWidth(l, fontSize)))) + 12;
  const room = width - 20;
  const lines = namesAbove ? Math.max(1, ...namesAbove.map((n) => Math.ceil(textWidth(n, fontSize) / room))) : 0;
  const row = ROW + lines * fontSize * 1.25;
  const rows = Math.max(namesAbove?.length ?? 0, names.length);
  return {
    fontSize,
    marginLeft,
    marginRight,
    height: Math.ceil(rows * row + 12),
    /** Band padding that keeps bars as thick as in a chart without names above them. */
    padding: 1 - BAR / row,
    barHeight: BAR,
    /** Wrap width for names above bars, in ems (Plot measures each character's width itself). */
    lineWidth: room / fontSize,
  };
}

/** What both bar charts need besides their marks: the size, the accessible name and description, the names in order. */
export interface BarFrame {
  width: number;
  layout: ReturnType<typeof barLayout>;
  names: readonly string[];
  /** Upper end of the value axis. */
  max: number;
  label: string;
  description: string;
  /** Band padding and whether names are drawn as a y axis (not when they sit above the bars). */
  padding?: number;
  axis?: boolean;
}

/** The Plot options every horizontal bar chart shares: size, margins, an unlabelled value scale, names as bands. */
export function barFrame(frame: BarFrame): Plot.PlotOptions {
  return {
    width: frame.width,
    height: frame.layout.height,
    marginLeft: frame.layout.marginLeft,
    marginRight: frame.layout.marginRight,
    marginTop: 6,
    marginBottom: 6,
    ariaLabel: frame.label,
    ariaDescription: frame.description,
    // Values are written on the bars, so an axis would only repeat them less precisely.
    x: { axis: null, domain: [0, Math.max(1, frame.max)] },
    y: { domain: [...frame.names], label: null, tickSize: 0, padding: frame.padding ?? 0.32, axis: frame.axis === false ? null : undefined },
    color: { type: "identity" },
  };
}

/**
 * Value labels at the end of drawn bars, and words ("không báo cáo"…) in italics where no bar is drawn;
 * bold for the page's own province. Plot sets font weight per mark, so there is one mark per weight.
 */
export function barLabels<T extends { label: string; highlight?: boolean }>(
  drawn: readonly T[],
  words: readonly T[],
  x: (t: T) => number | undefined,
  y: (t: T) => string,
): Plot.Markish[] {
  return [false, true].flatMap((bold) => [
    Plot.text(drawn.filter((t) => Boolean(t.highlight) === bold), { x, y, text: "label", dx: 6, textAnchor: "start", fontWeight: bold ? 700 : 400 }),
    Plot.text(words.filter((t) => Boolean(t.highlight) === bold), { x: 0, y, text: "label", dx: 6, textAnchor: "start", fontStyle: "italic", fontWeight: bold ? 700 : 400, fill: "var(--muted)" }),
  ]);
}
