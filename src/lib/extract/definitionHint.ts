import type { Candidate } from "./extractFigures.ts";

/**
 * What an editor reads about a proposed new metric, on one line for the terminal: its id and the row of
 * data/metrics.csv the extractor suggests (group, unit, label_vi, keywords_vi), or undefined for a decided row.
 */
export function definitionHint(candidate: Candidate): string | undefined {
  const d = candidate.definition;
  if (!candidate.proposed || !d) return undefined;
  return `new metric ${candidate.metric}: group ${d.group}, unit ${d.unit}, label_vi “${d.label_vi}”, keywords_vi “${d.keywords_vi}”`;
}
