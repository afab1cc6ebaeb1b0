import type * as Plot from "@observablehq/plot";
import { escapeXml } from "../lib/format/escapeXml.ts";

/** What the tooltip of a mark says: the value as stated, the source's words, and the article. */
export interface Tip {
  value: string;
  quote?: string;
  source?: string;
  /** Language of the quote where it differs from the page's (the sources' Vietnamese on English pages). */
  lang?: string;
}

/** A link area over one mark: where it is (in the chart's SVG units), what it says, and the table row it opens. */
export interface Hit {
  href: string;
  label: string;
  tip: Tip;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Draws the overlay that makes marks reachable: one transparent link per mark, in an <svg> laid over the chart
 * with the same viewBox. It is a sibling of the chart, not inside it, because a role="img" graphic must not
 * contain focusable elements. Without JavaScript each link jumps to the mark's row in the data table; with it,
 * hovering or focusing a link shows its tip (from the data-* attributes, set as text, never as markup).
 */
export function hitLayer(width: number, height: number, label: string, hits: readonly Hit[]): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  const data = (tip: Tip) =>
    Object.entries(tip)
      .filter(([, v]) => v)
      .map(([k, v]) => ` data-${k}="${escapeXml(v)}"`)
      .join("");
  const links = hits
    .map(
      (h) =>
        `<a href="${escapeXml(h.href)}" aria-label="${escapeXml(h.label)}"${data(h.tip)}><rect x="${r(h.x)}" y="${r(h.y)}" width="${r(h.width)}" height="${r(h.height)}"/></a>`,
    )
    .join("");
  return `<svg class="hits" viewBox="0 0 ${width} ${height}" role="group" aria-label="${escapeXml(label)}">${links}</svg>`;
}

/** Link areas spanning the whole width of a band chart's rows, one per band value. */
export function rowHits(
  y: Plot.Scale,
  width: number,
  rows: readonly { band: string; href: string; label: string; tip: Tip }[],
): Hit[] {
  const step = y.step ?? 0;
  const inset = (step - (y.bandwidth ?? 0)) / 2;
  return rows.map((r) => ({ ...r, x: 0, y: (y.apply(r.band) as number) - inset, width, height: step }));
}
