import type { Province } from "../data/model.ts";
import { sortProvinces } from "./sortProvinces.ts";

/** How many distinct province colours the palette has; further provinces reuse them in order. */
export const PALETTE_SIZE = 6;

/** Gives each province a colour slot by its north-to-south order, so it has the same colour on every chart. */
export function colourSlots(provinces: readonly Province[]): Map<string, number> {
  return new Map(sortProvinces(provinces).map((p, i) => [p.slug, i % PALETTE_SIZE]));
}
