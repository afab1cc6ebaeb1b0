import * as Plot from "@observablehq/plot";
import { RECIPIENTS } from "../lib/data/schemas.ts";
import type { AwardLevel, AwardRow } from "../lib/shape/awardData.ts";
import type { DrawnChart } from "../lib/shape/chartModel.ts";
import type { Lang } from "../i18n/lang.ts";
import { CHART_WORDS } from "./chartWords.ts";
import { barFrame, barLabels, barLayout } from "./barLayout.ts";
import { hitLayer, rowHits, type Tip } from "./hitLayer.ts";
import { renderPlot } from "./renderPlot.ts";

/** How to draw one award level: width in px, accessible name and description, each row's link, a shared axis end. */
export interface AwardOptions {
  width: number;
  label: string;
  description: string;
  anchor: (row: AwardRow) => string;
  tip: (row: AwardRow) => Tip;
  max: number;
  /** Language of the words the chart announces; Vietnamese by default. */
  lang?: Lang;
}

/**
 * Stacked bars for one award level: collectives, then individuals, one bar per province. A province whose
 * article says awards were given without a count, or says nothing, gets those words instead of a bar.
 */
export function awardBars(level: AwardLevel, options: AwardOptions): DrawnChart {
  const { width } = options;
  const say = CHART_WORDS[options.lang ?? "vi"];
  const rows = level.rows;
  const segments = rows.flatMap((row) =>
    RECIPIENTS.flatMap((recipient, slot) => {
      const value = row.figures[recipient]?.value;
      return value == null ? [] : [{ province: row.province.name, value, slot, highlight: row.highlight }];
    }),
  );
  const totals = new Map<string, number>();
  for (const s of segments) totals.set(s.province, (totals.get(s.province) ?? 0) + s.value);
  const drawn = rows.filter((r) => totals.has(r.province.name));
  const words = rows.filter((r) => !totals.has(r.province.name));
  const name = (r: AwardRow) => r.province.name;
  const layout = barLayout(width, rows.map(name), drawn.map((r) => r.label));
  type Segment = (typeof segments)[number];

  const chart = renderPlot(
    {
      ...barFrame({ width, layout, names: rows.map(name), max: options.max, label: options.label, description: options.description }),
      marks: [
        Plot.barX(
          segments,
          Plot.stackX({
            x: "value",
            y: "province",
            fill: (s: Segment) => `var(--rec-${s.slot})`,
            // A line of background colour keeps the two segments apart; the page's own province is outlined.
            stroke: (s: Segment) => (s.highlight ? "var(--fg)" : "var(--bg)"),
            strokeWidth: 1.5,
          }),
        ),
        ...barLabels(drawn, words, (r) => totals.get(name(r)), name),
        Plot.ruleX([0], { stroke: "var(--line-strong)" }),
      ],
    },
    layout.fontSize,
  );
  const hits = rowHits(
    chart.y!,
    width,
    rows.map((r) => ({ band: name(r), href: `#${options.anchor(r)}`, label: `${name(r)}: ${r.label}. ${say.seeSource}`, tip: options.tip(r) })),
  );
  return { svg: chart.svg, hits: hitLayer(width, layout.height, `${options.label}: ${say.pickBar}`, hits) };
}
