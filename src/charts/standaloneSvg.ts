import type { ChartFigure } from "../lib/shape/chartModel.ts";
import { escapeXml } from "../lib/format/escapeXml.ts";
import { wrapText } from "../lib/format/wrapText.ts";

const WIDTH = 640; // px: the wide drawing
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/**
 * One chart figure as a file readers can download and reuse: its title, every panel (wide drawing) one under
 * another, and its source line, with the page's CSS colours resolved to the light scheme's values so any
 * program draws it the same, on a white background.
 */
export function standaloneSvg(figure: ChartFigure, palette: Readonly<Record<string, string>>, credit: string): string {
  const resolve = (svg: string) => svg.replace(/var\((--[\w-]+)\)/g, (all, name: string) => palette[name] ?? all);
  let y = 40;
  const parts = [`<text x="0" y="24" font-size="18" font-weight="700">${escapeXml(figure.title)}</text>`];
  if (figure.legend) {
    // The swatches the page shows above the chart, in one row: colour, then its meaning.
    let x = 0;
    for (const item of figure.legend) {
      parts.push(`<rect x="${x}" y="${y - 8}" width="12" height="12" fill="${resolve(item.colour)}" stroke="${palette["--line-strong"] ?? "#666"}"/>`);
      parts.push(`<text x="${x + 18}" y="${y + 2}" font-size="13">${escapeXml(item.label)}</text>`);
      x += 18 + item.label.length * 7.5 + 24;
    }
    y += 16;
  }
  for (const panel of figure.panels) {
    if (panel.label) {
      y += 22;
      parts.push(`<text x="0" y="${y}" font-size="14" font-weight="600">${escapeXml(panel.label)}</text>`);
      y += 8;
    }
    // The drawing keeps its own width and height; a nested <svg> only needs its place.
    const height = Number(/height="([\d.]+)"/.exec(panel.wide.svg)?.[1] ?? 0);
    parts.push(resolve(panel.wide.svg).replace(/^<svg /, `<svg x="0" y="${y}" `));
    y += height + 8;
  }
  // The credit wraps at about 95 characters (12 px text in 640 px), breaking after "; " where it can.
  for (const line of wrapText(credit, 95)) {
    y += 16;
    parts.push(`<text x="0" y="${y}" font-size="12" fill="${palette["--muted"] ?? "#555"}">${escapeXml(line)}</text>`);
  }
  const height = y + 12;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="-16 -8 ${WIDTH + 32} ${height + 16}" width="${WIDTH + 32}" height="${height + 16}" font-family="${FONT}" fill="${palette["--fg"] ?? "#000"}" role="img" aria-label="${escapeXml(figure.title)}">
<title>${escapeXml(figure.title)}</title>
<desc>${escapeXml(figure.description)}</desc>
<rect x="-16" y="-8" width="${WIDTH + 32}" height="${height + 16}" fill="${palette["--bg"] ?? "#fff"}"/>
${parts.join("\n")}
</svg>
`;
}

