import { standaloneSvg } from "../charts/standaloneSvg.ts";
import { toPng } from "../charts/toPng.ts";
import { figureCsv } from "../lib/format/figureCsv.ts";
import { sourceCitation } from "../lib/format/sourceLabel.ts";
import type { ChartFigure } from "../lib/shape/chartModel.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import type { APIRoute, GetStaticPaths } from "astro";
import { allFigures } from "../figures/catalogue.ts";
import { siteData, type SiteData } from "./dataset.ts";
import { lightPalette } from "./palette.ts";
import { href, ROUTES } from "./paths.ts";

/** Where a figure's downloads live, in the edition whose words the chart is drawn with. */
export const downloadHref = (figure: string, ext: "csv" | "svg" | "png", lang: Lang = "vi") => href(`${ROUTES.charts[lang]}${figure}.${ext}`);

/** The files a figure offers: its drawn rows as CSV, and the chart as SVG and as PNG (2× for sharp screens). */
export function figureDownloads(data: SiteData, figure: ChartFigure, lang: Lang = "vi"): { name: string; body: () => string | Buffer; type: string }[] {
  const t = UI[lang];
  const credit = `${figure.sources.length ? `${t.sources}: ${figure.sources.map((s) => sourceCitation(data.sourceById.get(s)!, lang)).join("; ")}. ` : ""}${t.siteName}.`;
  const svg = () => standaloneSvg(figure, lightPalette(), credit);
  // Bodies are made only when their route is written: the PNG is the slowest file of the build.
  return [
    { name: `${figure.id}.csv`, body: () => figureCsv(figure), type: "text/csv; charset=utf-8" },
    { name: `${figure.id}.svg`, body: svg, type: "image/svg+xml" },
    { name: `${figure.id}.png`, body: () => toPng(svg(), 1344), type: "image/png" },
  ];
}

/** The routes of an edition's chart downloads, for a `[name].ts` endpoint to export: paths, and the file for each. */
export function chartDownloadRoute(lang: Lang): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => {
      const data = await siteData();
      return allFigures(data, lang).flatMap((figure) => figureDownloads(data, figure, lang).map((file) => ({ params: { name: file.name }, props: { file } })));
    },
    GET: ({ props }) => {
      const file = props.file as { body: () => string | Buffer; type: string };
      const body = file.body();
      return new Response(typeof body === "string" ? body : new Uint8Array(body), { headers: { "Content-Type": file.type } });
    },
  };
}
