import type { Problem } from "../Problem.ts";
import { EN_CLAIMS, VI_CLAIMS } from "./claimWords.ts";

/**
 * Comparative claims written by hand in one text (a paragraph of a story as its syntax tree gives it, computed
 * claims and figures as placeholders, or a frontmatter field), in either language's words (claimWords.ts), each
 * with the component that computes it. `at` places an index of the text in the file.
 */
export function handClaims(text: string, at: (index: number) => { line: number; column: number }, file: string, provinceNames: readonly string[]): Problem[] {
  const names = provinceNames.length ? provinceNames.map(escape).join("|") : "(?!)";
  const taken: [number, number][] = [];
  const problems: Problem[] = [];
  for (const [pattern, hint] of patternsFor(names)) {
    for (const m of text.matchAll(pattern)) {
      const [start, end] = [m.index, m.index + m[0].length];
      // One message per phrase: "cả bốn tỉnh" is not also reported as "bốn tỉnh".
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      problems.push({ file, ...at(start), message: `"${m[0].replace(/\s+/g, " ")}" is a comparison written by hand, which a new province can make false: ${hint}` });
    }
  }
  return problems;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The patterns for one set of province names, built once: a story has dozens of paragraphs, a project few name sets.
const built = new Map<string, ReturnType<(typeof VI_CLAIMS)[number]>[]>();
function patternsFor(names: string): ReturnType<(typeof VI_CLAIMS)[number]>[] {
  let patterns = built.get(names);
  if (!patterns) built.set(names, (patterns = [...VI_CLAIMS, ...EN_CLAIMS].map((make) => make(names))));
  return patterns;
}
