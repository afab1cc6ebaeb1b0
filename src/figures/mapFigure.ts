import type { Province } from "../lib/data/model.ts";
import { formatNumber } from "../lib/format/formatNumber.ts";
import type { ChartFigure } from "../lib/shape/chartModel.ts";
import { colourSlots } from "../lib/shape/colourSlots.ts";
import { coverageSummary } from "../lib/shape/coverageSummary.ts";
import { locatorMap } from "../charts/locatorMap.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import type { SiteData } from "../project/dataset.ts";
import { provinceHref } from "../project/paths.ts";
import { panel, rowId } from "./figureParts.ts";

/** The id of the map on the comparison page. */
export const MAP_ID = "bd-ban-do";

/**
 * The provinces the site covers on a map of Vietnam, each dot sized by how many measures the province reported
 * and linked to its page. The subtitle names who reported the most and the fewest, counted from the data.
 */
export function mapFigure(data: SiteData, lang: Lang): ChartFigure {
  const w = UI[lang].figures;
  const id = MAP_ID;
  const slots = colourSlots(data.provinces);
  const { perProvince } = coverageSummary(data);
  const coords = (p: Province) => w.coordinates(formatNumber(p.coordinates.lat, lang), formatNumber(p.coordinates.lon, lang));
  const after = (p: Province) => (p.after_2025.merged_with.length ? w.mergedInto(p.after_2025.province) : w.unchanged);
  const places = perProvince.map(({ province: p, reported }) => ({
    name: p.name,
    text: `${p.name} (${formatNumber(reported, lang)})`,
    lat: p.coordinates.lat,
    lon: p.coordinates.lon,
    slot: slots.get(p.slug),
    count: reported,
    href: provinceHref(p.slug, lang),
    tip: { value: `${p.name}: ${w.measuresReported(reported)}`, quote: w.capital(p.capital, coords(p)), source: w.after2025(after(p)) },
  }));
  const description = w.mapDescription(places.length, perProvince.map(({ province: p, reported }) => `${p.name} (${w.measuresReported(reported)})`).join(", "));
  const counts = perProvince.map((p) => p.reported);
  // Ties are named together: "Thái Nguyên, Hà Tĩnh".
  const named = (n: number) => perProvince.filter((p) => p.reported === n).map((p) => p.province.name).join(", ");
  const [most, least] = [Math.max(...counts), Math.min(...counts)];
  return {
    id,
    title: w.mapTitle,
    subtitle: w.mapSubtitle(places.length, named(most), most, named(least), least),
    description,
    panels: [panel((width) => locatorMap(places, { width: Math.min(width, 480), lang, label: w.mapTitle, description }))],
    notes: [w.mapNote],
    definitions: [],
    sources: [],
    table: {
      columns: w.mapColumns,
      rows: perProvince.map(({ province: p, reported }) => ({
        id: rowId(id, p.slug),
        header: p.name,
        href: provinceHref(p.slug, lang),
        cells: [formatNumber(reported, lang), p.capital, coords(p), after(p)],
      })),
    },
    csvRows: [],
  };
}
