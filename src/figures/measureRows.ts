import type { Source } from "../lib/data/model.ts";
import { countedText, noteText } from "../lib/format/localText.ts";
import type { Datum } from "../lib/shape/chartModel.ts";
import type { ChartRow } from "../charts/rowChart.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import { mergeMissing, provenanceTip, rowId } from "./figureParts.ts";

/**
 * Chart rows for one measure's values, one per province that reported it and one line for those that did not:
 * bars on one scale when the provinces count the same thing and two or more gave numbers; otherwise each number
 * on its own, with what the province counted under it.
 */
export function measureRows(figureId: string, data: readonly Datum[], sources: ReadonlyMap<string, Source>, lang: Lang): { rows: ChartRow[]; bars: boolean } {
  const numbers = data.filter((d) => d.figure?.value != null);
  const bars = data[0]?.metric.comparable === "yes" && numbers.length >= 2;
  const rows = data.map((d): ChartRow => {
    const value = d.figure?.value;
    const item = value == null ? { label: d.label, kind: "words" as const } : bars ? { value, label: d.label, fill: `var(--prov-${d.slot})` } : { label: d.label, kind: "number" as const };
    // Where provinces count differently, each number says what it counts: the story's few words, else the row's note.
    const counted = countedText(d.province, lang)[d.metric.id];
    const note = !bars && d.metric.comparable !== "yes" && d.figure ? (counted ?? d.figure.rows.map((r) => noteText(r, lang)).find(Boolean)) : undefined;
    return {
      name: d.province.name,
      strong: d.highlight,
      swatch: `var(--prov-${d.slot})`,
      items: [item],
      note,
      href: `#${rowId(figureId, d.key)}`,
      hitLabel: `${d.province.name}: ${d.label}. ${UI[lang].chartWords.seeSource}`,
      tip: provenanceTip(lang, `${d.province.name}: ${d.label}`, d.figure ? [d.figure] : [], sources),
    };
  });
  const missing = data.flatMap((d, i) => (d.figure || d.highlight ? [] : [i]));
  return { rows: mergeMissing(rows, missing, missing.map((i) => data[i]!.province.name), lang), bars };
}
