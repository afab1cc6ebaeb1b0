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

/** Draws a link-preview image as SVG, 1200×630, in the light palette; rasterised with toPng. */
export function socialCard(card: Card, palette: Readonly<Record<string, string>>): string {
  const c = (name: string, fallback: string) => palette[name] ?? fallback;
  const lines = wrapText(card.title, 26).slice(0, 2);
  const sub = wrapText(card.subtitle, 60).slice(0, 2);
  const text = (x: number, y: number, size: number, weight: number, fill: string, body: string) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(body)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="Be Vietnam Pro">
<rect width="${CARD.width}" height="${CARD.height}" fill="${c("--bg", "#fff")}"/>
<rect width="${CARD.width}" height="16" fill="${c("--accent", "#0b5cad")}"/>
${text(72, 96, 30, 600, c("--accent", "#0b5cad"), card.site)}
${lines.map((l, i) => text(72, 200 + i * 84, 72, 700, c("--fg", "#111"), l)).join("\n")}
${sub.map((l, i) => text(72, 200 + lines.length * 84 + 8 + i * 44, 32, 400, c("--muted", "#555"), l)).join("\n")}
${card.figure ? `${text(72, 540, 88, 700, c("--prov-0", "#0072b2"), card.figure.value)}\n${text(72, 590, 28, 400, c("--muted", "#555"), card.figure.label)}` : ""}
</svg>`;
}

