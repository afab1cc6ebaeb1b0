import { standaloneSvg } from "../charts/standaloneSvg.ts";
import { toPngAsync } from "../charts/toPng.ts";
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

/** A function that makes its value on the first call and returns that same value after. */
const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
};

/** A file a figure offers: its name, its body (made when asked for; the PNG's arrives later), its media type. */
export interface Download {
  name: string;
  body: () => string | Promise<Buffer>;
  type: string;
}

/** The files a figure offers: its drawn rows as CSV, and the chart as SVG and as PNG (2× for sharp screens). */
export function figureDownloads(data: SiteData, figure: ChartFigure, lang: Lang = "vi"): Download[] {
  const t = UI[lang];
  const credit = `${figure.sources.length ? `${t.sources}: ${figure.sources.map((s) => sourceCitation(data.sourceById.get(s)!, lang)).join("; ")}. ` : ""}${t.siteName}.`;
  // Made once for both the .svg file and the PNG drawn from it.
  const svg = once(() => standaloneSvg(figure, lightPalette(), credit));
  // Bodies are made only when asked for: the PNG is the slowest file of the build (drawn in worker threads).
  return [
    { name: `${figure.id}.csv`, body: () => figureCsv(figure), type: "text/csv; charset=utf-8" },
    { name: `${figure.id}.svg`, body: svg, type: "image/svg+xml" },
    { name: `${figure.id}.png`, body: once(() => toPngAsync(svg(), 1344)), type: "image/png" },
  ];
}

/** The routes of an edition's chart downloads, for a `[name].ts` endpoint to export: paths, and the file for each. */
export function chartDownloadRoute(lang: Lang): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => {
      const data = await siteData();
      const files = allFigures(data, lang).flatMap((figure) => figureDownloads(data, figure, lang));
      // A build asks for every path before it writes any: queue every PNG now, so the drawing threads work
      // while the build writes the pages (the dev server draws only what is asked for).
      // A failed drawing fails the build when its route awaits it, not before.
      if (import.meta.env.PROD) for (const file of files) if (file.type === "image/png") Promise.resolve(file.body()).catch(() => undefined);
      return files.map((file) => ({ params: { name: file.name }, props: { file } }));
    },
    GET: async ({ props }) => {
      const file = props.file as Download;
      const body = await file.body();
      return new Response(typeof body === "string" ? body : new Uint8Array(body), { headers: { "Content-Type": file.type } });
    },
  };
}
