import { figureKey, type Figure } from "./figures.ts";

/** A province's figures that are numbers: a count or a share, not a mention without one ("có, không nêu số lượng"). */
export function numberFigures(figures: ReadonlyMap<string, Figure>, slug: string): Figure[] {
  return [...figures].filter(([key, f]) => key.startsWith(figureKey(slug, "")) && f.value !== null).map(([, f]) => f);
}

/** How many numbers a province reported: figures with a count or a share, not mentions without one ("có, không nêu số lượng"). */
export function numbersReported(figures: ReadonlyMap<string, Figure>, slug: string): number {
  return numberFigures(figures, slug).length;
}
