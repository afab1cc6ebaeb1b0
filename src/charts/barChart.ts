import * as Plot from "@observablehq/plot";
import type { Datum, DrawnChart } from "../lib/shape/chartModel.ts";
import type { Lang } from "../i18n/lang.ts";
import { metricLabel } from "../lib/format/localText.ts";
import { CHART_WORDS } from "./chartWords.ts";
import { barFrame, barLabels, barLayout } from "./barLayout.ts";
import { hitLayer, rowHits, type Tip } from "./hitLayer.ts";
import { renderPlot } from "./renderPlot.ts";

/** How to draw: the width in px (the SVG's own units), the accessible name and description, and each mark's link. */
export interface BarOptions {
  width: number;
  /** What names a bar: the province (default) or, for one province's own figures, the metric. */
  band?: "province" | "metric";
  label: string;
  description: string;
  /** Id of the table row a mark links to. */
  anchor: (d: Datum) => string;
  tip: (d: Datum) => Tip;
  /** Upper end of the value axis, to share one scale between panels; defaults to the largest value. */
  max?: number;
  /** Language of the words the chart draws; Vietnamese by default. */
  lang?: Lang;
}

/**
 * Horizontal bars, one per datum, in the given order. A province that reported no number gets no bar:
 * its words ("không báo cáo", or "có, không nêu số lượng") stand where the bar would start, never a zero.
 * The page's own province (highlight) is outlined with a bold label; fading the others would break contrast.
 * Bars named by metric carry their (long) names above the bar, so they wrap instead of eating the width.
 */
export function barChart(data: readonly Datum[], options: BarOptions): DrawnChart {
  const { width, lang = "vi" } = options;
  const words = CHART_WORDS[lang];
  const quantified = data.filter((d) => d.figure?.value != null);
  const empty = data.filter((d) => d.figure?.value == null);
  const above = options.band === "metric";
  const name = (d: Datum) => (above ? metricLabel(d.metric, lang) : d.province.name);
  const names = data.map(name);
  const layout = barLayout(width, above ? [""] : names, quantified.map((d) => d.label), above ? names : undefined);
  const value = (d: Datum) => d.figure!.value!;

  const chart = renderPlot(
    {
      ...barFrame({
        width,
        layout,
        names,
        max: options.max ?? Math.max(...quantified.map((d) => d.figure!.value!)),
        label: options.label,
        description: options.description,
        padding: above ? layout.padding : undefined,
        axis: !above,
      }),
      marks: [
        Plot.barX(quantified, { x: value, y: name, fill: (d: Datum) => `var(--prov-${d.slot})`, stroke: (d: Datum) => (d.highlight ? "var(--fg)" : "none"), strokeWidth: 2 }),
        ...barLabels(quantified, empty, value, name),
        Plot.ruleX([0], { stroke: "var(--line-strong)" }),
        ...(above
          ? [Plot.text(data, { x: 0, y: name, text: name, textAnchor: "start", lineAnchor: "bottom", dy: -layout.barHeight / 2 - 3, lineWidth: layout.lineWidth })]
          : []),
      ],
    },
    layout.fontSize,
  );
  const hits = rowHits(
    chart.y!,
    width,
    data.map((d) => ({ band: name(d), href: `#${options.anchor(d)}`, label: `${name(d)}: ${d.label}. ${words.seeSource}`, tip: options.tip(d) })),
  );
  return { svg: chart.svg, hits: hitLayer(width, layout.height, `${options.label}: ${words.pickBar}`, hits) };
}
