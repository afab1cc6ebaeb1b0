import * as Plot from "@observablehq/plot";
import type { Metric, Province } from "../lib/data/model.ts";
import type { DrawnChart } from "../lib/shape/chartModel.ts";
import type { Figure } from "../lib/shape/figures.ts";
import type { Lang } from "../i18n/lang.ts";
import { NOT_REPORTED_TEXT } from "../lib/format/formatFigure.ts";
import { metricLabel } from "../lib/format/localText.ts";
import { CHART_WORDS } from "./chartWords.ts";
import { hitLayer, type Tip } from "./hitLayer.ts";
import { renderPlot } from "./renderPlot.ts";
import { textWidth } from "./textWidth.ts";

/** One cell of the matrix: a metric and a province, with the figure if the province reported it. */
export interface MatrixCell {
  metric: Metric;
  province: Province;
  figure?: Figure;
  /** The value in few characters (">366", "có"), or "–" where not reported. */
  text: string;
}

/** How to draw: width in px, accessible name and description, each cell's link and tip. */
export interface MatrixOptions {
  width: number;
  label: string;
  description: string;
  anchor: (cell: MatrixCell) => string;
  tip: (cell: MatrixCell) => Tip;
  /** Language of the words the chart draws; Vietnamese by default. */
  lang?: Lang;
}

/**
 * A metric × province grid: a filled cell where a province gave a number, a dashed one where it said the
 * thing happened without a count, an empty dotted one with "–" where it reported nothing. It shows at a
 * glance how few metrics two provinces share.
 */
export function coverageMatrix(metrics: readonly Metric[], provinces: readonly Province[], cells: readonly MatrixCell[], options: MatrixOptions): DrawnChart {
  const { width, lang = "vi" } = options;
  const words = CHART_WORDS[lang];
  const label = (m: Metric) => metricLabel(m, lang);
  const narrow = width < 480;
  const fontSize = narrow ? 11 : 12;
  const marginLeft = narrow ? 150 : 290;
  // Columns never get narrower than a short value needs; past that the chart grows wider than the page
  // and its frame scrolls sideways (the page itself does not).
  const marginRight = 2;
  const column = Math.max(narrow ? 34 : 46, (width - marginLeft - marginRight) / provinces.length);
  const drawnWidth = Math.max(width, Math.ceil(marginLeft + column * provinces.length + marginRight));
  // Long Vietnamese labels wrap; every row is as tall as the longest label needs.
  const lines = (text: string, room: number) => Math.ceil(textWidth(text, fontSize) / room);
  const labelLines = Math.max(...metrics.map((m) => lines(label(m), marginLeft - 12)));
  const headLines = Math.max(...provinces.map((p) => lines(p.name, column - 4)));
  const row = Math.max(26, labelLines * fontSize * 1.2 + 10);
  const marginTop = headLines * fontSize * 1.2 + 12;
  const height = Math.ceil(marginTop + metrics.length * row + 4);
  const status = (c: MatrixCell) => (!c.figure ? "none" : c.figure.value === null ? "some" : "yes");
  const of = (s: string) => cells.filter((c) => status(c) === s);
  const x = (c: MatrixCell) => c.province.name;
  const y = (c: MatrixCell) => c.metric.id;

  const chart = renderPlot(
    {
      width: drawnWidth,
      height,
      marginLeft,
      marginTop,
      marginRight,
      marginBottom: 4,
      ariaLabel: options.label,
      ariaDescription: options.description,
      x: { axis: null, domain: provinces.map((p) => p.name), padding: 0.06 },
      y: { axis: null, domain: metrics.map((m) => m.id), padding: 0.1 },
      color: { type: "identity" },
      marks: [
        Plot.cell(of("yes"), { x, y, fill: "var(--cov-yes)", stroke: "var(--accent)" }),
        Plot.cell(of("some"), { x, y, fill: "var(--cov-some)", stroke: "var(--cov-some-line)", strokeDasharray: "4,3" }),
        Plot.cell(of("none"), { x, y, fill: "none", stroke: "var(--line-strong)", strokeDasharray: "1,3" }),
        Plot.text(cells.filter((c) => c.figure), { x, y, text: "text", fill: "var(--fg)" }),
        Plot.text(of("none"), { x, y, text: "text", fill: "var(--muted)" }),
        Plot.text(metrics, { y: "id", text: label, frameAnchor: "left", dx: -marginLeft + 4, textAnchor: "start", lineWidth: (marginLeft - 12) / fontSize, lineHeight: 1.2 }),
        Plot.text(provinces, { x: "name", text: "name", frameAnchor: "top", dy: -marginTop + 6, lineAnchor: "top", fontWeight: 600, lineWidth: (column - 4) / fontSize }),
      ],
    },
    fontSize,
  );
  const xs = chart.x!;
  const ys = chart.y!;
  const hits = cells.map((c) => ({
    href: `#${options.anchor(c)}`,
    label: `${label(c.metric)}, ${c.province.name}: ${c.figure ? options.tip(c).value : NOT_REPORTED_TEXT[lang]}`,
    tip: options.tip(c),
    x: xs.apply(x(c)) as number,
    y: ys.apply(y(c)) as number,
    width: xs.bandwidth ?? 0,
    height: ys.bandwidth ?? 0,
  }));
  return { svg: chart.svg, hits: hitLayer(drawnWidth, height, `${options.label}: ${words.pickCell}`, hits), scroll: drawnWidth > width };
}
