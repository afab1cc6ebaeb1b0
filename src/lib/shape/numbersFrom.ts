import type { Province } from "../data/model.ts";
import { figureKey, type Figure } from "./figures.ts";
import { sortProvinces } from "./sortProvinces.ts";

/** The provinces that gave a number for a measure, north to south: two or more, and it can be set side by side. */
export function numbersFrom(provinces: readonly Province[], figures: ReadonlyMap<string, Figure>, metric: string): Province[] {
  return sortProvinces(provinces).filter((p) => figures.get(figureKey(p.slug, metric))?.value != null);
}
