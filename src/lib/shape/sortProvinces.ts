import type { Province } from "../data/model.ts";

/** Orders provinces north to south, the way Vietnamese readers picture the country. */
export function sortProvinces(provinces: readonly Province[]): Province[] {
  return [...provinces].sort((a, b) => b.coordinates.lat - a.coordinates.lat || a.slug.localeCompare(b.slug));
}
