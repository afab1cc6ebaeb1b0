import { standaloneSvg } from "../charts/standaloneSvg.ts";
import { figureCsv } from "../lib/format/figureCsv.ts";
import { sourceCitation } from "../lib/format/sourceLabel.ts";
import type { ChartFigure } from "../lib/shape/chartModel.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import type { APIRoute, GetStaticPaths } from "astro";
import { allFigures } from "../figures/catalogue.ts";
import { siteData, type SiteData } from "../project/dataset.ts";
import { lightPalette } from "./palette.ts";
import { href, ROUTES } from "../project/paths.ts";

/** Where a figure's downloads live, in the edition whose words the chart is drawn with. */
export const downloadHref = (figure: string, ext: "csv" | "svg", lang: Lang = "vi") => href(`${ROUTES.charts[lang]}${figure}.${ext}`);

/** A file a figure offers: its name, its body (made when the build asks for it), its media type. */
interface Download {
  name: string;
  body: () => string;
  type: string;
}

/**
 * The files a figure offers: its drawn rows as CSV, and the chart as SVG. The PNG is drawn from that SVG in the
 * reader's browser, when asked for (src/scripts/chartPng.ts): drawn here, it was three quarters of a build.
 */
function figureDownloads(data: SiteData, figure: ChartFigure, lang: Lang = "vi"): Download[] {
  const t = UI[lang];
  const credit = `${figure.sources.length ? `${t.sources}: ${figure.sources.map((s) => sourceCitation(data.sourceById.get(s)!, lang)).join("; ")}. ` : ""}${t.siteName}.`;
  return [
    { name: `${figure.id}.csv`, body: () => figureCsv(figure), type: "text/csv; charset=utf-8" },
    { name: `${figure.id}.svg`, body: () => standaloneSvg(figure, lightPalette(), credit), type: "image/svg+xml" },
  ];
}

/** The routes of an edition's chart downloads, for a `[name].ts` endpoint to export: paths, and the file for each. */
export function chartDownloadRoute(lang: Lang): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => {
      const data = await siteData();
      return allFigures(data, lang)
        .flatMap((figure) => figureDownloads(data, figure, lang))
        .map((file) => ({ params: { name: file.name }, props: { file } }));
    },
    GET: ({ props }) => {
      const file = props.file as Download;
      return new Response(file.body(), { headers: { "Content-Type": file.type } });
    },
  };
}
