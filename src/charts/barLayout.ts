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
