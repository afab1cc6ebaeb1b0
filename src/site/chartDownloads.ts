import { standaloneSvg } from "../charts/standaloneSvg.ts";
import { toPng } from "../charts/toPng.ts";
import { figureCsv } from "../lib/format/figureCsv.ts";
import { sourceCitation } from "../lib/format/sourceLabel.ts";
import type { ChartFigure } from "../lib/shape/chartModel.ts";
import type { SiteData } from "./dataset.ts";
import { lightPalette } from "./palette.ts";
import { href } from "./paths.ts";

/** The name of the site, as a credit on downloaded charts and in citations. */
export const SITE_NAME = "Chương trình 09: mười năm nhìn lại";

/** Where a figure's downloads live. */
export const downloadHref = (figure: string, ext: "csv" | "svg" | "png") => href(`du-lieu/bieu-do/${figure}.${ext}`);

/** The files a figure offers: its drawn rows as CSV, and the chart as SVG and as PNG (2× for sharp screens). */
export function figureDownloads(data: SiteData, figure: ChartFigure): { name: string; body: () => string | Buffer; type: string }[] {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const credit = `${figure.sources.length ? `Nguồn: ${figure.sources.map((s) => sourceCitation(sources.get(s)!)).join("; ")}. ` : ""}${SITE_NAME}.`;
  const svg = () => standaloneSvg(figure, lightPalette(), credit);
  // Bodies are made only when their route is written: the PNG is the slowest file of the build.
  return [
    { name: `${figure.id}.csv`, body: () => figureCsv(figure), type: "text/csv; charset=utf-8" },
    { name: `${figure.id}.svg`, body: svg, type: "image/svg+xml" },
    { name: `${figure.id}.png`, body: () => toPng(svg(), 1344), type: "image/png" },
  ];
}
