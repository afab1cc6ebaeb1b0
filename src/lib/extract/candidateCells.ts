import { undecidedCell } from "../data/undecided.ts";
import type { Candidate } from "./extractFigures.ts";

/**
 * The cells of a candidate as a row of `data/results/<slug>.csv`, in the given column order. A row whose
 * metric needs an editor's decision gets a TODO metric cell (see undecidedCell), which check and the build refuse.
 */
export function candidateCells(candidate: Candidate, columns: readonly string[]): string[] {
  const metric = candidate.metric === "unknown" ? undecidedCell() : candidate.proposed ? undecidedCell(candidate.metric) : candidate.metric;
  const cells: Record<string, string> = {
    metric,
    value: candidate.value === null ? "" : String(candidate.value),
    qualifier: candidate.qualifier,
    source: candidate.source,
    quote: candidate.quote,
    note: candidate.note,
    note_en: candidate.note_en,
  };
  return columns.map((c) => cells[c] ?? "");
}
