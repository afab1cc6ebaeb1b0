/** A `<Fig metric="…" province="…" />` written in a story, with where it was written. */
export interface FigureRef {
  metric: string;
  /** Province slug when the story cites another province; the story's own otherwise. */
  province?: string;
  line: number;
  column: number;
}

const ATTRIBUTES = ["metric", "province"];

/**
 * Reads one `<Fig>` from its literal attributes (as the story's syntax tree holds them; a bare flag has the
 * value ""), giving the figure it cites or what is wrong with how it is written.
 */
export function figureRef(attrs: ReadonlyMap<string, string>, where: { line: number; column: number }): { ref: FigureRef } | { problem: string } {
  const unknown = [...attrs.keys()].find((name) => !ATTRIBUTES.includes(name));
  if (unknown) return { problem: `<Fig> has no attribute "${unknown}": write <Fig metric="…" /> and, for another province, province="…"` };
  const metric = attrs.get("metric");
  if (!metric) return { problem: '<Fig> needs a metric: write <Fig metric="…" /> with an id from data/metrics.csv' };
  const province = attrs.get("province");
  if (province === "") return { problem: '<Fig province> needs a slug: write province="…" with the slug of a story, or leave province out for this story\'s own figure' };
  return { ref: { metric, province, ...where } };
}
