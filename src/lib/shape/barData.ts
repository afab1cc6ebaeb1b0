import type { Lang } from "../../i18n/lang.ts";
import type { Dataset } from "../data/model.ts";
import { formatFigure, NOT_REPORTED_TEXT } from "../format/formatFigure.ts";
import { byValue, type Datum } from "./chartModel.ts";
import { colourSlots } from "./colourSlots.ts";
import { sortProvinces } from "./sortProvinces.ts";
import { figureKey, type Figure } from "./figures.ts";

/**
 * Every province's value for one metric: largest first, with not-reported provinces last (never as zero).
 * A metric whose definition differs by province (comparable: caution) is not ranked: north to south instead.
 */
export function barData(
  dataset: Dataset,
  figures: ReadonlyMap<string, Figure>,
  metricId: string,
  highlight?: string,
  lang: Lang = "vi",
): Datum[] {
  const metric = dataset.metrics.find((m) => m.id === metricId);
  if (!metric) throw new Error(`barData: no metric "${metricId}" in data/metrics.csv`);
  const slots = colourSlots(dataset.provinces);
  const rows = sortProvinces(dataset.provinces)
    .map((province): Datum => {
      const figure = figures.get(figureKey(province.slug, metricId));
      return {
        key: `${province.slug}-${metricId}`,
        province,
        slot: slots.get(province.slug)!,
        metric,
        figure,
        label: figure ? formatFigure(figure, metric.unit, lang) : NOT_REPORTED_TEXT[lang],
        highlight: highlight === undefined ? undefined : province.slug === highlight,
      };
    });
  return metric.comparable === "caution" ? rows : rows.sort(byValue);
}

/** One province's own figures for the given metrics, in dictionary order, leaving out those it did not report. */
export function provinceData(
  dataset: Dataset,
  figures: ReadonlyMap<string, Figure>,
  province: string,
  metricIds: readonly string[],
  lang: Lang = "vi",
): Datum[] {
  const slots = colourSlots(dataset.provinces);
  const p = dataset.provinces.find((x) => x.slug === province);
  if (!p) throw new Error(`provinceData: no province "${province}"`);
  return dataset.metrics
    .filter((m) => metricIds.includes(m.id))
    .flatMap((metric): Datum[] => {
      const figure = figures.get(figureKey(province, metric.id));
      if (!figure) return [];
      return [{ key: `${province}-${metric.id}`, province: p, slot: slots.get(province)!, metric, figure, label: formatFigure(figure, metric.unit, lang) }];
    });
}
