import { figureKey, type Figure } from "./figures.ts";

/** How many numbers a province reported: figures with a count or a share, not mentions without one ("có, không nêu số lượng"). */
export function numbersReported(figures: ReadonlyMap<string, Figure>, slug: string): number {
  let n = 0;
  for (const [key, f] of figures) if (key.startsWith(figureKey(slug, "")) && f.value !== null) n += 1;
  return n;
}
