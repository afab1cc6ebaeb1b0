import type { FoundFigure } from "./findFigures.ts";
import type { Guess } from "./guessMetric.ts";

/** A found figure with the metric guessed for it. */
export type Guessed = FoundFigure & Guess;

// Before a later figure of the same sentence, these words make it a part of an earlier total.
const PART_OF = /(?:^|[^\p{L}])(trong đó|gồm|bao gồm|như|riêng)(?![\p{L}])/iu;

/**
 * Drops what an editor would throw away, so every proposal left is a figure worth reading:
 * - "nhiều …" that names no dictionary measure ("Nhiều người dân …" is a sentence's subject, not a figure);
 * - "many"/"thousands of" a measure the article also counts with a number ("654 mô hình, nhiều mô hình …");
 * - the same figure stated again, and a rounded "hơn 650" beside the exact 654 of the same measure, keeping
 *   the exact or, among equals, the first.
 * Figures of the same dictionary measure listed after its total in one sentence ("1.250 mô hình, trong đó 320
 * mô hình camera") are parts of it: `reguess` gives them their own id, so the total is not counted twice.
 */
export function pruneFigures<T extends Guessed>(figures: readonly T[], reguess: (f: T) => Guess): T[] {
  const parts = figures.map((f, i) => (isPart(figures, i) ? { ...f, ...reguess(f) } : f));
  const kept = parts.filter((f) => !(f.many && (f.proposed || f.metric === "unknown")));
  const counted = new Set(kept.filter((f) => f.value !== null && f.metric !== "unknown").map((f) => f.metric));
  const numbered = kept.filter((f) => f.value !== null || !counted.has(f.metric));
  return numbered.filter((f, i) => !numbered.some((g, j) => j !== i && g.metric === f.metric && f.metric !== "unknown" && outranks(g, j, f, i)));
}

/**
 * Whether figure i is a part of an earlier, larger figure of the same dictionary measure: in the same sentence,
 * or anywhere before when "trong đó" (of which), "gồm" (including) or the like leads up to it, or when it is a kind
 * named in quotes.
 */
function isPart(figures: readonly Guessed[], i: number): boolean {
  const f = figures[i]!;
  // Shares are no totals with parts: "95% … 80% khu dân cư" are two years, not a whole and its part.
  if (f.proposed || f.metric === "unknown" || f.value === null || f.percent) return false;
  const listed = PART_OF.test(f.clause.slice(0, f.clause.length - f.after.length));
  // A kind named in quotes ("320 mô hình “Camera an ninh”") is a part of any larger count before it.
  const named = /^\s*\p{L}+(?:\s+\p{L}+)?\s*[“"]/u.test(f.after);
  return figures.slice(0, i).some((g) => g.metric === f.metric && g.value !== null && g.value > f.value! && (listed || named || g.clause === f.clause));
}

/** Whether g makes f redundant: the same value (or no value) said again earlier, or an exact value that f rounds. */
function outranks(g: Guessed, j: number, f: Guessed, i: number): boolean {
  // "Hàng nghìn vụ" said twice is one row: the results file keeps one row per metric and source.
  if (g.value === null && f.value === null) return j < i;
  if (g.value === null || f.value === null) return false;
  if (g.value === f.value && g.qualifier === f.qualifier) return j < i;
  if (g.qualifier !== "exact" || f.qualifier === "exact") return false;
  // "hơn 650" rounds 654 down, "gần 660" (or "dưới 660") rounds it up, "khoảng 650" either way: within a tenth of it.
  const near = Math.abs(g.value - f.value) <= g.value * 0.1;
  const below = f.qualifier === "nearly" || f.qualifier === "at_most";
  const direction = f.qualifier === "over" || f.qualifier === "at_least" ? f.value <= g.value : below ? f.value >= g.value : true;
  return near && direction;
}
