import type { Comparison } from "../lib/data/figureIds.ts";
import { GROUPS } from "../lib/data/schemas.ts";
import type { ChartFigure } from "../lib/shape/chartModel.ts";
import { comparisonMetrics } from "../lib/shape/coverage.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import type { SiteData } from "../project/dataset.ts";
import { compareHref, homeHref, provinceHref } from "../project/paths.ts";
import { awardsFigure } from "./awardsFigure.ts";
import { COVERAGE_ID, coverageFigure } from "./coverageFigure.ts";
import { groupFigure } from "./groupFigure.ts";
import { MAP_ID, mapFigure } from "./mapFigure.ts";
import { measuresFigure } from "./measuresFigure.ts";
import { sideBySideFigure, type SideView } from "./sideBySideFigure.ts";

// Each figure is drawn once per build, though pages, embeds and downloads all ask for it.
const drawn = new WeakMap<SiteData, Map<string, unknown>>();
function once<T>(data: SiteData, key: string, make: () => T): T {
  let cache = drawn.get(data);
  if (!cache) drawn.set(data, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** The anchor of each cross-province comparison, after the "bd-" (comparison page) or "<slug>-" (province page) prefix. */
const SUFFIX: Record<"models" | "campaigns" | "awards", string> = { models: "mo-hinh", campaigns: "phat-dong", awards: "khen-thuong" };

/** Everything the comparison page charts (models, campaigns, awards, the map), in one language; the coverage matrix is the home page's. */
export function compareFigures(data: SiteData, lang: Lang = "vi", highlight?: string): ChartFigure[] {
  return once(data, `${lang}/compare/${highlight ?? ""}`, () => {
    const w = UI[lang].figures;
    const prefix = highlight ? `${highlight}-` : "bd-";
    const measures = (c: "models" | "campaigns", title: string) =>
      measuresFigure(data, lang, { id: `${prefix}${SUFFIX[c]}`, title, metrics: comparisonMetrics(data.metrics, c), highlight });
    const figures = [measures("models", w.modelsTitle), measures("campaigns", w.campaignsTitle), awardsFigure(data, lang, `${prefix}${SUFFIX.awards}`, highlight)].filter(
      (f): f is ChartFigure => f !== undefined,
    );
    // A province page shows only the comparisons the province takes part in.
    return highlight ? figures.filter((f) => f.csvRows.some((r) => r.province === highlight)) : [...figures, mapFigure(data, lang)];
  });
}

/** The home page's overview: the coverage matrix, "what each province reported". */
export function homeFigure(data: SiteData, lang: Lang = "vi"): ChartFigure {
  return once(data, `${lang}/coverage`, () => coverageFigure(data, lang));
}

/** The side-by-side view of models, campaigns and awards, for every province (home and comparison pages). */
export function sideFigure(data: SiteData, lang: Lang = "vi"): SideView {
  return once(data, `${lang}/side`, () => sideBySideFigure(data, lang));
}

/** A province page's charts, in one language: its own measures, group by group, then the comparisons it takes part in. */
export function provinceCharts(data: SiteData, slug: string, lang: Lang = "vi"): ChartFigure[] {
  return once(data, `${lang}/province/${slug}`, () => {
    const comparisons = compareFigures(data, lang, slug);
    // A measure already in one of the province's comparisons is not listed again among its own.
    const compared = new Set(comparisons.flatMap((f) => f.csvRows.map((r) => r.metric)));
    const own = GROUPS.flatMap((group) => {
      const figure = groupFigure(data, lang, slug, group, data.metrics.filter((m) => m.group === group && !compared.has(m.id)));
      return figure ? [figure] : [];
    });
    return [...own, ...comparisons];
  });
}

/**
 * The figure a story places inline: `compare` one of the comparisons (highlighting the story's province), or
 * `group` the province's own measures of one group (or, when the group's measures are all in a comparison,
 * that comparison). The same figure, with the same id, as on the province's page of charts.
 */
export function storyFigure(data: SiteData, place: { compare?: string; group?: string }, slug: string, lang: Lang = "vi"): ChartFigure | undefined {
  const compare = place.compare as Comparison | undefined;
  if (compare === "coverage") return homeFigure(data, lang);
  if (compare === "map") return compareFigures(data, lang).find((f) => f.id === MAP_ID);
  const charts = provinceCharts(data, slug, lang);
  if (compare) return charts.find((f) => f.id === `${slug}-${SUFFIX[compare]}`);
  if (!place.group) return undefined;
  const ids = new Set(data.metrics.filter((m) => m.group === place.group).map((m) => m.id));
  return charts.find((f) => f.id === `${slug}-${place.group}`) ?? charts.find((f) => f.csvRows.some((r) => r.province === slug && ids.has(r.metric)));
}

/** Every figure of one edition of the site, once each, with the page it appears on: what downloads and embeds are made from. */
export function figurePages(data: SiteData, lang: Lang = "vi"): { figure: ChartFigure; page: string }[] {
  return [
    { figure: homeFigure(data, lang), page: homeHref(lang) },
    ...compareFigures(data, lang).map((figure) => ({ figure, page: compareHref(lang) })),
    ...data.provinces.flatMap((p) => provinceCharts(data, p.slug, lang).map((figure) => ({ figure, page: provinceHref(p.slug, lang) }))),
  ];
}

/** The static paths of an edition's embed pages: one per figure, with the page it appears on. */
export function embedPaths(data: SiteData, lang: Lang) {
  return figurePages(data, lang).map(({ figure, page }) => ({ params: { figure: figure.id }, props: { figure, page } }));
}

/** Every figure of one edition of the site, once each. */
export function allFigures(data: SiteData, lang: Lang = "vi"): ChartFigure[] {
  return figurePages(data, lang).map((f) => f.figure);
}

export { COVERAGE_ID, MAP_ID };
