import { GROUPS } from "../lib/data/schemas.ts";
import { formatCompact, formatFigure, NOT_REPORTED_TEXT } from "../lib/format/formatFigure.ts";
import { metricLabel } from "../lib/format/localText.ts";
import type { ChartFigure } from "../lib/shape/chartModel.ts";
import { coverageCells, type CoverageCell } from "../lib/shape/coverage.ts";
import { coverageSummary } from "../lib/shape/coverageSummary.ts";
import { sortProvinces } from "../lib/shape/sortProvinces.ts";
import { coverageMatrix, type MatrixRow } from "../charts/coverageMatrix.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import type { SiteData } from "../project/dataset.ts";
import { definitions, widePanel, provenanceTip, rowId, rowsOf, sourceIds } from "./figureParts.ts";

/** The id of the coverage matrix, on the comparison page and the home page. */
export const COVERAGE_ID = "bd-bao-cao-gi";

/**
 * "What each province reported": every measure × every province, grouped as the dictionary groups them. Its
 * subtitle counts the finding: how many measures have numbers from more than one province, and whether those
 * few are counted alike.
 */
export function coverageFigure(data: SiteData, lang: Lang): ChartFigure {
  const w = UI[lang].figures;
  const id = COVERAGE_ID;
  const sources = data.sourceById;
  const provinces = sortProvinces(data.provinces);
  const cells = coverageCells(data, data.figures);
  const summary = coverageSummary(data);
  const value = (c: CoverageCell) => (c.figure ? formatFigure(c.figure, c.metric.unit, lang) : NOT_REPORTED_TEXT[lang]);
  const rows: MatrixRow[] = GROUPS.flatMap((group): MatrixRow[] => {
    const metrics = data.metrics.filter((m) => m.group === group);
    if (metrics.length === 0) return [];
    return [
      { kind: "group", label: UI[lang].labels.groups[group] },
      ...metrics.map((m): MatrixRow => ({
        kind: "measure",
        label: metricLabel(m, lang),
        // The finding, written where it is: the few measures more than one province gave numbers for.
        note: summary.shared.includes(m) ? w.matrixSharedNote(summary.shared.length, m.comparable !== "yes") : undefined,
        cells: cells
          .filter((c) => c.metric === m)
          .map((c) => ({
            status: c.status,
            text: c.figure ? formatCompact(c.figure, m.unit, lang) : "–",
            href: `#${rowId(id, m.id)}`,
            hitLabel: `${metricLabel(m, lang)}, ${c.province.name}: ${value(c)}`,
            tip: provenanceTip(lang, `${c.province.name} — ${metricLabel(m, lang)}: ${value(c)}`, c.figure ? [c.figure] : [], sources),
          })),
      })),
    ];
  });
  const description = w.matrixDescription(
    summary.perProvince.map((p) => w.matrixPart(p.province.name, p.reported, summary.measures)).join("; "),
    summary.shared.map((m) => metricLabel(m, lang)).join(", ") || "0",
  );
  const figures = cells.flatMap((c) => (c.figure ? [c.figure] : []));
  return {
    id,
    title: w.matrixTitle,
    subtitle: w.matrixSubtitle(summary.measures, summary.shared.length, summary.sharedDiffering.length),
    description,
    panels: [widePanel((width) => coverageMatrix(rows, { width, columns: provinces.map((p) => p.name), label: w.matrixTitle, description, pickLabel: `${w.matrixTitle}: ${UI[lang].chartWords.pickCell}` }))],
    legend: [
      { label: w.matrixLegend[0], colour: "var(--cov-yes)" },
      { label: w.matrixLegend[1], colour: "var(--cov-some)" },
      { label: `– ${w.matrixLegend[2]}`, colour: "transparent" },
    ],
    notes: [w.matrixNote],
    definitions: definitions(data.metrics, lang),
    sources: sourceIds(figures),
    table: {
      columns: provinces.map((p) => p.name),
      rows: data.metrics.map((m) => ({ id: rowId(id, m.id), header: metricLabel(m, lang), cells: provinces.map((p) => value(cells.find((c) => c.metric === m && c.province === p)!)) })),
    },
    csvRows: rowsOf(figures),
  };
}
