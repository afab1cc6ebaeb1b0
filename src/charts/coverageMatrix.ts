import * as Plot from "@observablehq/plot";
import type { DrawnChart } from "../lib/shape/chartModel.ts";
import type { CoverageStatus } from "../lib/shape/coverage.ts";
import { hitLayer, type Tip } from "./hitLayer.ts";
import { renderPlot } from "./renderPlot.ts";
import { fontSizeFor } from "./rowChart.ts";
import { textWidth, wrapToWidth } from "./textWidth.ts";

/** One line of the matrix: a group heading, or a measure with one cell per column. */
export type MatrixRow =
  | { kind: "group"; label: string }
  | { kind: "measure"; label: string; cells: MatrixCell[]; /** An annotation under the label, for the rows the finding is about. */ note?: string };

/** One cell: what the province did about the measure, its value in few characters, its link and tip. */
export interface MatrixCell {
  status: CoverageStatus;
  /** ">366", "có", or "–". */
  text: string;
  href: string;
  hitLabel: string;
  tip: Tip;
}

/** How to draw: width in px, the column names (provinces, north to south), accessible name and description. */
export interface MatrixOptions {
  width: number;
  columns: readonly string[];
  label: string;
  pickLabel: string;
  description: string;
}

/**
 * Measures × provinces, grouped by the dictionary's groups: a filled cell where a province gave a number, a
 * dashed one where it said the thing happened without a count, a dash where it reported nothing; every cell
 * writes its value. Wide drawings put each measure's label beside its cells. Phone drawings put the label on a
 * line of its own above the cells, so the cells keep room for their values, and repeat the provinces' names at
 * each group, so a reader scrolling down never loses which column is which. Too many provinces for the width
 * make the drawing wider than the page, and its frame scrolls.
 */
export function coverageMatrix(rows: readonly MatrixRow[], options: MatrixOptions): DrawnChart {
  // The drawing for the wide measure (about 1,000 px, shown at about its own size) has room for every label on
  // one line: its rows can be tight and its text 13 px, so the whole matrix stays about one screen tall.
  const dense = options.width >= 900;
  const f = dense ? 13 : fontSizeFor(options.width);
  const n = options.columns.length;
  const line = Math.round(f * 1.3);
  const values = rows.flatMap((r) => (r.kind === "measure" ? r.cells.map((c) => c.text) : []));
  const valueColumn = Math.ceil(Math.max(...values.map((v) => textWidth(v, f))) + 12);
  // Labels beside the cells need room; on phones, or with too many provinces for that, they go above them.
  const stacked = options.width < 480 || 200 + n * Math.max(64, valueColumn) > options.width;
  const column = stacked ? Math.max(valueColumn, Math.floor(options.width / n)) : Math.max(64, valueColumn);
  const labelWidth = stacked ? 0 : Math.max(200, options.width - n * column);
  const width = Math.max(options.width, labelWidth + n * column);
  const x0 = width - n * column;
  const heads = options.columns.map((c) => wrapToWidth(c, column - 6, f, true));
  const headHeight = Math.max(...heads.map((h) => h.length)) * line + 6;

  const labels: { x: number; y: number; text: string; bold: boolean }[] = [];
  const notes: { x: number; y: number; text: string }[] = [];
  const cells: { x: number; y: number; w: number; h: number; status: CoverageStatus; text: string }[] = [];
  const names: { x: number; y: number; t: string }[] = [];
  const rules: { y: number }[] = [];
  const hits: { href: string; label: string; tip: Tip; x: number; y: number; width: number; height: number }[] = [];
  // The provinces' names over the columns: once at the top when labels stand beside the cells, at every group when above.
  const header = (y: number) => {
    heads.forEach((h, i) => h.forEach((t, j) => names.push({ x: x0 + i * column + column / 2, y: y + (headHeight - h.length * line) + j * line + line / 2 - 4, t })));
    return y + headHeight;
  };
  let y = stacked ? 0 : header(0);
  for (const row of rows) {
    if (row.kind === "group") {
      y += dense ? 4 : 8;
      rules.push({ y });
      const wrapped = wrapToWidth(row.label, width - 4, f, true);
      wrapped.forEach((t, i) => labels.push({ x: 0, y: y + 4 + i * line, text: t, bold: true }));
      y += wrapped.length * line + (dense ? 2 : 6);
      if (stacked) y = header(y);
      continue;
    }
    const wrapped = wrapToWidth(row.label, (stacked ? width : x0) - 8, f);
    const noted = row.note ? wrapToWidth(row.note, (stacked ? width : x0) - 8, f) : [];
    const lines = wrapped.length + noted.length;
    const cellHeight = line + (dense ? 3 : 8);
    const labelTop = stacked ? y + 2 : y + (Math.max(cellHeight, lines * line + 4) - lines * line) / 2;
    wrapped.forEach((t, i) => labels.push({ x: 0, y: labelTop + i * line, text: t, bold: false }));
    noted.forEach((t, i) => notes.push({ x: 0, y: labelTop + (wrapped.length + i) * line, text: t }));
    const cellTop = stacked ? y + lines * line + 4 : y;
    const height = stacked ? lines * line + 4 + cellHeight : Math.max(cellHeight, lines * line + 4);
    row.cells.forEach((c, i) => {
      const x = x0 + i * column;
      cells.push({ x: x + 2, y: cellTop + 2, w: column - 4, h: cellHeight - 4, status: c.status, text: c.text });
      hits.push({ href: c.href, label: c.hitLabel, tip: c.tip, x, y, width: column, height });
    });
    y += height + (stacked ? 4 : 0);
  }
  const height = Math.ceil(y + 4);
  const of = (s: CoverageStatus) => cells.filter((c) => c.status === s);
  const middle = (c: (typeof cells)[number]) => ({ x: c.x + c.w / 2, y: c.y + c.h / 2 });

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
        Plot.ruleY(rules, { y: "y", x1: 0, x2: width, stroke: "var(--line-strong)" }),
        Plot.rect(of("number"), { x1: "x", x2: (c) => c.x + c.w, y1: "y", y2: (c) => c.y + c.h, fill: "var(--cov-yes)", stroke: "var(--accent)" }),
        Plot.rect(of("unquantified"), { x1: "x", x2: (c) => c.x + c.w, y1: "y", y2: (c) => c.y + c.h, fill: "var(--cov-some)", stroke: "var(--cov-some-line)", strokeDasharray: "4,3" }),
        Plot.text(cells.filter((c) => c.status !== "none"), { x: (c) => middle(c).x, y: (c) => middle(c).y, text: "text", fill: "var(--fg)" }),
        Plot.text(of("none"), { x: (c) => middle(c).x, y: (c) => middle(c).y, text: "text", fill: "var(--muted)" }),
        ...[false, true].map((bold) =>
          Plot.text(labels.filter((l) => l.bold === bold), { x: "x", y: (l) => l.y + line / 2, text: "text", textAnchor: "start", fill: "var(--fg)", fontWeight: bold ? 700 : 400 }),
        ),
        Plot.text(notes, { x: "x", y: (l) => l.y + line / 2, text: "text", textAnchor: "start", fill: "var(--accent)", fontStyle: "italic" }),
        Plot.text(names, { x: "x", y: "y", text: "t", fontWeight: 600, fill: "var(--fg)" }),
      ],
    },
    f,
  );
  return { svg: chart.svg, hits: hitLayer(width, height, options.pickLabel, hits), scroll: width > options.width };
}
