import type { Metric, Result } from "../data/model.ts";
import { lineIndex } from "../data/positions.ts";
import { findFigures } from "./findFigures.ts";
import { guessMetric } from "./guessMetric.ts";
import { quoteSpan } from "./quoteSpan.ts";

/** A candidate row for `data/results/<slug>.csv` (the columns of a Result), with where the article states it. */
export interface Candidate extends Pick<Result, "metric" | "value" | "qualifier" | "source" | "quote" | "note" | "note_en"> {
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
  return findFigures(text, phrases).map((f) => {
    const span = quoteSpan(text, f.start, f.end);
    const guess = guessMetric(f.after, f.clause, f.percent, metrics);
    // The note goes in both languages, as the results file requires of every note.
    const [note, note_en] =
      guess.metric === "unknown"
        ? ["Chưa đoán được chỉ số: chọn một id trong data/metrics.csv hoặc bỏ dòng này.", "Measure not guessed: choose an id from data/metrics.csv or drop this row."]
        : guess.proposed
          ? [`Chỉ số mới? Thêm "${guess.metric}" vào data/metrics.csv (hoặc chọn id có sẵn).`, `A new measure? Add "${guess.metric}" to data/metrics.csv (or choose an existing id).`]
          : f.value === null
            ? ["Bài không nêu con số.", "The article gives no number."]
            : ["", ""];
    return { metric: guess.metric, value: f.value, qualifier: f.qualifier, source, quote: text.slice(span.start, span.end), note, note_en, ...at(f.start) };
  });
}
