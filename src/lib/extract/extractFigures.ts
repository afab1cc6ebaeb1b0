import type { Metric, Result } from "../data/model.ts";
import { lineIndex } from "../data/positions.ts";
import { findFigures } from "./findFigures.ts";
import type { Definition } from "./definition.ts";
import { guessMetric, proposalGuess } from "./guessMetric.ts";
import { proposeMetric } from "./proposeMetric.ts";
import { pruneFigures } from "./pruneFigures.ts";
import { quoteSpan } from "./quoteSpan.ts";

/** A candidate row for `data/results/<slug>.csv` (the columns of a Result), with where the article states it. */
export interface Candidate extends Pick<Result, "metric" | "value" | "qualifier" | "source" | "quote" | "note" | "note_en"> {
  /** True when `metric` is a proposed id that data/metrics.csv lacks; "unknown" when none was guessed. */
  proposed: boolean;
  line: number;
  column: number;
  /** For a proposed new metric: what the extractor suggests for its row of data/metrics.csv. */
  definition?: Definition;
}

/**
 * Reads a Vietnamese news article and returns one candidate row for every figure it states, and nothing else.
 * Values come only from the text; each quote is an exact substring of it, the whole figure (see quoteSpan); the
 * metric is a dictionary id whose words and context fit the clause, a proposed new id with the row it would
 * have in data/metrics.csv, or "unknown". The editor checks every row before it goes into the province file.
 */
export function extractFigures(text: string, metrics: readonly Metric[], source = ""): Candidate[] {
  const at = lineIndex(text);
  // What count metrics count; a share's keywords ("cơ quan" of "90% cơ quan") name no counted thing.
  const phrases = metrics.filter((m) => m.unit === "count").flatMap((m) => m.keywords_vi.split("|").map((k) => k.split("@")[0]!).filter(Boolean));
  // Each figure is read in its quote: what it counts is the quote's phrase after the number, what qualifies a bare
  // noun the clause's words before it.
  const found = findFigures(text, phrases).map((f) => {
    const span = quoteSpan(text, f.start, f.end);
    const phrase = text.slice(f.end, span.end);
    const before = f.clause.slice(0, Math.max(0, f.clause.length - f.after.length - (f.end - f.start) - (f.start - span.start)));
    return { ...f, span, phrase, before };
  });
  // What the figure before it in its clause counts: what attendance was at, what members are members of.
  const around = (i: number) => {
    const f = found[i]!;
    const previous = found.slice(0, i).findLast((g) => g.clause === f.clause && g.end <= f.start);
    return { before: f.before, previous: previous?.phrase };
  };
  const guessed = found.map((f, i) => ({ ...f, around: around(i), ...guessMetric(f.phrase, f.clause, f.percent, metrics, around(i), phrases) }));
  // A part of a total gets an id of its own from its words ("mô hình camera an ninh"), never the total's.
  const reguess = (f: (typeof guessed)[number]) => proposalGuess(proposeMetric(f.phrase, f.clause, f.percent, metrics, phrases, f.around), metrics);
  return pruneFigures(guessed, reguess).map((f) => {
    // The note goes in both languages, as the results file requires of every note; an undecided row's hint
    // is in its metric cell (see undecidedCell), not in a note that could be published by mistake.
    const [note, note_en] = f.value === null && f.metric !== "unknown" && !f.proposed ? ["Bài không nêu con số.", "The article gives no number."] : ["", ""];
    const definition = f.proposed ? f.definition : undefined;
    return {
      metric: f.metric,
      proposed: f.proposed,
      value: f.value,
      qualifier: f.qualifier,
      source,
      quote: text.slice(f.span.start, f.span.end),
      note,
      note_en,
      ...at(f.start),
      ...(definition ? { definition } : {}),
    };
  });
}
