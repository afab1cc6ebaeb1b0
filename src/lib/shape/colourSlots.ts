import type { Province } from "../data/model.ts";
import { sortProvinces } from "./sortProvinces.ts";

/** How many distinct province colours the palette has; further provinces reuse them in order. */
export const PALETTE_SIZE = 6;

/** Gives each province a colour slot by its north-to-south order, so it has the same colour on every chart. */
export function colourSlots(provinces: readonly Province[]): Map<string, number> {
  let slots = computed.get(provinces);
  if (!slots) computed.set(provinces, (slots = new Map(sortProvinces(provinces).map((p, i) => [p.slug, i % PALETTE_SIZE]))));
  return slots;
}

// Every chart asks; sorting the provinces once per build is enough.
const computed = new WeakMap<readonly Province[], Map<string, number>>();
