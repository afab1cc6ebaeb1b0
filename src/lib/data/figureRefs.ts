import { lineIndex } from "./positions.ts";
import type { Problem } from "./Problem.ts";

/** A `<Fig metric="…" province="…" />` written in a story, with where it was written. */
export interface FigureRef {
  metric: string;
  /** Province slug when the story cites another province; the story's own otherwise. */
  province?: string;
  line: number;
  column: number;
}

const ATTRIBUTES = ["metric", "province"];

/** Finds every `<Fig …/>` in a story so the build can check each one refers to a reported figure. */
export function figureRefs(text: string, file: string, from = 0): { refs: FigureRef[]; problems: Problem[] } {
  const at = lineIndex(text);
  const refs: FigureRef[] = [];
  const problems: Problem[] = [];
  const tag = /<Fig\b([^>]*)>/g;
  tag.lastIndex = from;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const where = at(m.index);
    const attrs = new Map<string, string>();
    const body = m[1]!.replace(/\/\s*$/, "");
    const rest = body.replace(/\s*([A-Za-z_]+)="([^"]*)"/g, (_, name: string, value: string) => {
      if (!ATTRIBUTES.includes(name)) {
        problems.push({ file, ...where, message: `<Fig> has no attribute "${name}": write <Fig metric="…" /> and, for another province, province="…"` });
      }
      attrs.set(name, value);
      return "";
    });
    if (rest.trim() !== "") {
      problems.push({ file, ...where, message: `<Fig${m[1]}> cannot be checked: write its attributes as plain text in double quotes, e.g. <Fig metric="models" />` });
      continue;
    }
    const metric = attrs.get("metric");
    if (!metric) {
      problems.push({ file, ...where, message: '<Fig> needs a metric: write <Fig metric="…" /> with an id from data/metrics.csv' });
      continue;
    }
    refs.push({ metric, province: attrs.get("province"), ...where });
  }
  return { refs, problems };
}
