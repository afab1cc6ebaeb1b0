/** A box in px: left, top, width, height. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label goes: its box, and whether its text runs rightwards from the box's left edge or ends at its right. */
export interface Placed extends Box {
  anchor: "start" | "end";
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Places labels beside their points without overlapping one another, the obstacles or the edges: each tries
 * right of its point, then left, then the same a line higher or lower, and so on, and takes the first place
 * that is free (or, failing all, the one inside the bounds nearest its point). Greedy, in the order given.
 */
export function placeLabels(
  points: readonly { x: number; y: number; gap: number; width: number; height: number }[],
  bounds: { width: number; height: number },
  obstacles: readonly Box[] = [],
  step = 14,
): Placed[] {
  const taken: Box[] = [...obstacles];
  return points.map((p) => {
    const candidates: Placed[] = [];
    for (let k = 0; k <= 8; k++) {
      for (const shift of k === 0 ? [0] : [-k * step, k * step]) {
        for (const anchor of ["start", "end"] as const) {
          const x = anchor === "start" ? p.x + p.gap : p.x - p.gap - p.width;
          candidates.push({ x, y: p.y - p.height / 2 + shift, width: p.width, height: p.height, anchor });
        }
      }
    }
    const inside = candidates.filter((c) => c.x >= 0 && c.y >= 0 && c.x + c.width <= bounds.width && c.y + c.height <= bounds.height);
    const chosen = inside.find((c) => !taken.some((t) => overlaps(c, t))) ?? inside[0] ?? candidates[0]!;
    taken.push(chosen);
    return chosen;
  });
}
