/**
 * At most `size` rows of a ranking, centred on the highlighted one. A province page shows where the province
 * stands among its neighbours in the ranking, not all provinces: the full chart is on the comparison page,
 * and the page stays the same size however many provinces the site holds.
 */
export function aroundHighlight<T extends { highlight?: boolean }>(rows: readonly T[], size: number): { rows: T[]; hidden: number } {
  if (rows.length <= size) return { rows: [...rows], hidden: 0 };
  const at = Math.max(0, rows.findIndex((r) => r.highlight));
  const start = Math.min(Math.max(0, at - Math.floor(size / 2)), rows.length - size);
  return { rows: rows.slice(start, start + size), hidden: rows.length - size };
}
