import type { Province } from "../lib/data/model.ts";
import { formatNumber } from "../lib/format/formatNumber.ts";
import type { ChartFigure } from "../lib/shape/chartModel.ts";
import { colourSlots } from "../lib/shape/colourSlots.ts";
import { sortProvinces } from "../lib/shape/sortProvinces.ts";
import { locatorMap } from "../charts/locatorMap.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import type { SiteData } from "../project/dataset.ts";
import { provinceHref } from "../project/paths.ts";
import { panel, rowId } from "./figureParts.ts";

/** The id of the map on the comparison page. */
export const MAP_ID = "bd-ban-do";

/**
 * The provinces the site covers on a map of Vietnam, each dot at its capital and linked to its page. The dots
 * encode location only: sizing them by what a province reported would measure how long its articles were.
 */
export function mapFigure(data: SiteData, lang: Lang): ChartFigure {
  const w = UI[lang].figures;
  const id = MAP_ID;
  const slots = colourSlots(data.provinces);
  const provinces = sortProvinces(data.provinces);
  const coords = (p: Province) => w.coordinates(formatNumber(p.coordinates.lat, lang), formatNumber(p.coordinates.lon, lang));
  const after = (p: Province) => (p.after_2025.merged_with.length ? w.mergedInto(p.after_2025.province) : w.unchanged);
  const places = provinces.map((p) => ({
    name: p.name,
    text: p.name,
    lat: p.coordinates.lat,
    lon: p.coordinates.lon,
    slot: slots.get(p.slug),
    href: provinceHref(p.slug, lang),
    tip: { value: p.name, quote: w.capital(p.capital, coords(p)), source: w.after2025(after(p)) },
  }));
  const description = w.mapDescription(places.length, provinces.map((p) => p.name).join(", "));
  return {
    id,
    title: w.mapTitle,
    subtitle: w.mapSubtitle(places.length, provinces[0]?.name ?? "", provinces.at(-1)?.name ?? ""),
    description,
    panels: [panel((width) => locatorMap(places, { width: Math.min(width, 480), lang, label: w.mapTitle, description }))],
    notes: [w.mapNote],
    definitions: [],
    sources: [],
    table: {
      columns: w.mapColumns,
      rows: provinces.map((p) => ({
        id: rowId(id, p.slug),
        header: p.name,
        href: provinceHref(p.slug, lang),
        cells: [p.capital, coords(p), after(p)],
      })),
    },
    csvRows: [],
  };
}
