import { readFileSync } from "node:fs";
import { join } from "node:path";
import { standaloneSvg } from "../charts/standaloneSvg.ts";
import { figureCsv } from "../lib/format/figureCsv.ts";
import { paletteFromCss } from "../lib/format/palette.ts";
import { sourceCitation } from "../lib/format/sourceLabel.ts";
import type { ChartFigure } from "../lib/shape/chartModel.ts";
import type { SiteData } from "./dataset.ts";
import { href } from "./paths.ts";

/** The name of the site, as a credit on downloaded charts and in citations. */
export const SITE_NAME = "Chương trình 09: mười năm nhìn lại";

let palette: Record<string, string> | undefined;
/** The light scheme's colours, read once from the stylesheet, so downloads match the page. */
function lightPalette(): Record<string, string> {
  palette ??= paletteFromCss(readFileSync(join(process.cwd(), "src/styles/global.css"), "utf8"), 0);
  return palette;
}

/** Where a figure's downloads live. */
export const downloadHref = (figure: string, ext: "csv" | "svg") => href(`du-lieu/bieu-do/${figure}.${ext}`);

/** The files a figure offers: its drawn rows as CSV and the chart itself as SVG. */
export function figureDownloads(data: SiteData, figure: ChartFigure): { name: string; body: string; type: string }[] {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const credit = `${figure.sources.length ? `Nguồn: ${figure.sources.map((s) => sourceCitation(sources.get(s)!)).join("; ")}. ` : ""}${SITE_NAME}.`;
  return [
    { name: `${figure.id}.csv`, body: figureCsv(figure), type: "text/csv; charset=utf-8" },
    { name: `${figure.id}.svg`, body: standaloneSvg(figure, lightPalette(), credit), type: "image/svg+xml" },
  ];
}
