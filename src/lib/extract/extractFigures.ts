import type { Metric, Result } from "../data/model.ts";
import { lineIndex } from "../data/positions.ts";
import { countedNoun } from "./countedNoun.ts";
import { findFigures } from "./findFigures.ts";
import { guessMetric } from "./guessMetric.ts";
import { proposeId } from "./proposeId.ts";
import { pruneFigures } from "./pruneFigures.ts";
import { quoteSpan } from "./quoteSpan.ts";

/** A candidate row for `data/results/<slug>.csv` (the columns of a Result), with where the article states it. */
export interface Candidate extends Pick<Result, "metric" | "value" | "qualifier" | "source" | "quote" | "note" | "note_en"> {
  /** True when `metric` is a proposed id that data/metrics.csv lacks; "unknown" when none was guessed. */
  proposed: boolean;
  line: number;
  column: number;
}

/**
 * Reads a Vietnamese news article and returns one candidate row for every figure it states, and nothing else.
 * Values come only from the text; each quote is an exact substring of it; the metric is a dictionary id,
 * a proposed new id, or "unknown". The editor checks every row before it goes into the province file.
 */
export function extractFigures(text: string, metrics: readonly Metric[], source = ""): Candidate[] {
  const at = lineIndex(text);
  // What count metrics count; a share's keywords ("cơ quan" of "90% cơ quan") name no counted thing.
  const phrases = metrics.filter((m) => m.unit === "count").flatMap((m) => m.keywords_vi.split("|").map((k) => k.split("@")[0]!).filter(Boolean));
  const guessed = findFigures(text, phrases).map((f) => ({ ...f, ...guessMetric(f.after, f.clause, f.percent, metrics) }));
  // A part of a total gets an id of its own from its words ("mô hình camera an ninh"), never the total's.
  const reguess = (f: (typeof guessed)[number]) => {
    const head = f.after.trimStart().toLowerCase();
    const id = proposeId(head, countedNoun(head, phrases.map((p) => p.toLowerCase())) ?? "");
    return { metric: id || "unknown", proposed: !!id && !metrics.some((m) => m.id === id) };
  };
  return pruneFigures(guessed, reguess).map((f) => {
    const span = quoteSpan(text, f.start, f.end);
    // The note goes in both languages, as the results file requires of every note; an undecided row's hint
    // is in its metric cell (see undecidedCell), not in a note that could be published by mistake.
    const [note, note_en] = f.value === null && f.metric !== "unknown" && !f.proposed ? ["Bài không nêu con số.", "The article gives no number."] : ["", ""];
    return { metric: f.metric, proposed: f.proposed, value: f.value, qualifier: f.qualifier, source, quote: text.slice(span.start, span.end), note, note_en, ...at(f.start) };
  });
}
