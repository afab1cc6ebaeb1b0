import { escapeXml } from "../lib/format/escapeXml.ts";
import { wrapText } from "../lib/format/wrapText.ts";

/** What a link preview shows: the site's name, a title, a line under it, and optionally one figure with its label. */
export interface Card {
  /** The site's name, in the card's language. */
  site: string;
  title: string;
  subtitle: string;
  figure?: { value: string; label: string };
}

/** Social image size (Open Graph and Twitter "summary_large_image"), in px. */
export const CARD = { width: 1200, height: 630 } as const;

/**
 * Draws a link-preview image as SVG, 1200×630, in the site's identity: the accent band along the top, the site's
 * name as an upper-case kicker in the accent, a bold headline, a muted line under it, one figure in the first
 * province colour; Be Vietnam Pro throughout, as on the pages. Rasterised with toPng.
 */
export function socialCard(card: Card, palette: Readonly<Record<string, string>>): string {
  const c = (name: string, fallback: string) => palette[name] ?? fallback;
  // A long headline (the home page's finding) gets a smaller size and a third line rather than being cut.
  const long = card.title.length > 52;
  const size = long ? 56 : 72;
  const lines = wrapText(card.title, long ? 36 : 26).slice(0, 3);
  const sub = wrapText(card.subtitle, 62).slice(0, card.figure ? 2 : 3);
  const lead = size * 1.14;
  const subTop = 176 + lines.length * lead + 12;
  const text = (x: number, y: number, size: number, weight: number, fill: string, body: string, extra = "") =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}"${extra}>${escapeXml(body)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="Be Vietnam Pro">
<rect width="${CARD.width}" height="${CARD.height}" fill="${c("--bg", "#fff")}"/>
<rect width="${CARD.width}" height="16" fill="${c("--accent", "#0b5cad")}"/>
${text(72, 100, 28, 700, c("--accent", "#0b5cad"), card.site.toLocaleUpperCase("vi"), ' letter-spacing="1.2"')}
${lines.map((l, i) => text(72, 176 + i * lead, size, 700, c("--fg", "#111"), l, ' letter-spacing="-1"')).join("\n")}
${sub.map((l, i) => text(72, subTop + i * 44, 32, 400, c("--muted", "#555"), l)).join("\n")}
${card.figure ? `<rect x="72" y="478" width="64" height="6" fill="${c("--fg", "#111")}"/>\n${text(72, 556, 72, 700, c("--prov-0", "#0072b2"), card.figure.value)}\n${text(72, 598, 28, 400, c("--muted", "#555"), card.figure.label)}` : ""}
</svg>`;
}
